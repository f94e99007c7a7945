// Pages editors write (content/pages/*.md: "À propos", the charter, how to
// cite a dispatch): each file's front matter (title, optional date and
// description) and Markdown body, checked as dispatches are. A problem is a
// diagnostic at its file, line and column; a page with an error is not
// published, and, as for dispatches, stops the build unless --keep-going.
// Its address is its file name, slugged: /a-propos/ for a-propos.md.
import { editorPageUrl } from './urls.ts';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Diagnostic } from '../dispatch/article.ts';
import { makeDate } from '../dispatch/dates.ts';
import { slugify } from '../dispatch/slug.ts';
import { KINDS } from './entities.ts';
import { frenchDate } from './french-date.ts';
import { renderMarkdown } from './markdown-page.ts';
import { HOME, trail, type Crumb } from './pages.ts';
import { typeset } from './typography.ts';

export const PAGES_FOLDER = 'pages';

export interface EditorPage {
  url: string;
  title: string;
  description: string;
  /** ISO date (AAAA-MM-JJ) and its French text, when the front matter gives one. */
  dateValue: string | null;
  dateText: string | null;
  html: string;
  breadcrumbs: Crumb[];
}

export interface PageReport {
  file: string;
  diagnostics: Diagnostic[];
}

export interface EditorPages {
  files: PageReport[];
  pages: EditorPage[];
}

/**
 * First segments of the site's own addresses: a page named after one would
 * take its place (or be taken by it). Years are refused by their shape.
 */
export const RESERVED = new Set([
  'archives',
  'recherche',
  'fils',
  'ce-jour-la',
  'pagefind',
  'page',
  'flux',
  'rss',
  'sitemap',
  'sitemaps',
  'robots',
  '404',
  'index',
  'style',
  'favicon',
  ...Object.values(KINDS).map((k) => k.path),
]);

const KEYS = new Set(['title', 'date', 'description']);

const error = (message: string, rule: string, line = 1, column = 1): Diagnostic => ({ severity: 'error', message, line, column, rule });

/** Where the bytes stop being UTF-8, or -1 when they all are. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i;
    i += extra + 1;
  }
  return -1;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] !== 10) continue;
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

interface Parsed {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body (the front matter and its fences). */
  offset: number;
}

/** Splits `---` front matter from the body and reads it as YAML (js-yaml: plain data, no code). */
function frontMatter(text: string, diagnostics: Diagnostic[]): Parsed | null {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    diagnostics.push(error('pas d’en-tête : la page doit commencer par « --- », une ligne « title: Son titre », puis « --- »', 'page-title-missing'));
    return null;
  }
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (end < 0) {
    diagnostics.push(error('en-tête jamais fermé : ajouter une ligne « --- » après le titre', 'page-front-matter'));
    return null;
  }
  let data: unknown;
  try {
    data = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? String(e);
    diagnostics.push(
      error(`en-tête illisible (${reason}) : écrire une ligne « clé: valeur » par champ`, 'page-front-matter', (mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1),
    );
    return null;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(error('en-tête illisible : écrire une ligne « clé: valeur » par champ', 'page-front-matter', 2));
    return null;
  }
  return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), offset: end + 1 };
}

/** The line of the front matter that sets `key`, for diagnostics. */
const keyLine = (text: string, key: string) => {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
};

/** One page file's bytes to its page, or to the errors that keep it out. */
export function readEditorPage(bytes: Uint8Array, name: string, file: string, lang = 'fr'): { report: PageReport; page: EditorPage | null } {
  const diagnostics: Diagnostic[] = [];
  const report = { file, diagnostics };
  const refuse = (d: Diagnostic) => {
    diagnostics.push(d);
    return { report, page: null };
  };
  const slug = slugify(name.replace(/\.md$/i, ''));
  if (!slug) return refuse(error('nom de fichier sans lettres ni chiffres : la page n’aurait pas d’adresse', 'page-name-reserved'));
  if (RESERVED.has(slug) || /^\d+$/.test(slug)) {
    return refuse(
      error(`le nom « ${slug} » est une adresse du site (/${slug}/) : renommer le fichier (par exemple ${slug}-redaction.md)`, 'page-name-reserved'),
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return refuse(
      error(
        'ce fichier n’est pas du texte : enregistrer la page en Markdown (texte UTF-8)',
        'file-binary',
        lineAndColumn(bytes, nul).line,
        lineAndColumn(bytes, nul).column,
      ),
    );
  const bad = firstBadByte(bytes);
  if (bad >= 0) {
    const at = lineAndColumn(bytes, bad);
    return refuse(error('octets qui ne sont pas de l’UTF-8 : enregistrer la page en UTF-8', 'file-encoding', at.line, at.column));
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  const parsed = frontMatter(text, diagnostics);
  if (!parsed) return { report, page: null };
  const { data } = parsed;
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key))
      diagnostics.push({
        severity: 'warning',
        message: `champ « ${key} » inconnu, ignoré : seuls title, date et description sont lus`,
        line: keyLine(text, key),
        column: 1,
        rule: 'page-field-unknown',
      });
  }
  const title = typeof data.title === 'string' || typeof data.title === 'number' ? String(data.title).trim() : '';
  if (!title) return refuse(error('pas de titre : ajouter « title: Son titre » dans l’en-tête', 'page-title-missing', keyLine(text, 'title')));
  let dateValue: string | null = null;
  if (data.date !== undefined && data.date !== null) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(data.date).trim());
    const made = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (!made?.ok) return refuse(error(`date « ${String(data.date)} » illisible ou impossible : l’écrire AAAA-MM-JJ`, 'page-date', keyLine(text, 'date')));
    dateValue = made.date.value;
  }
  const body = renderMarkdown(parsed.body, parsed.offset, lang);
  diagnostics.push(...body.diagnostics);
  if (!body.html.trim())
    diagnostics.push({ severity: 'warning', message: 'page sans texte après l’en-tête', line: parsed.offset + 1, column: 1, rule: 'page-body-empty' });
  const shownTitle = typeset(title, lang);
  const description =
    typeof data.description === 'string' && data.description.trim() ? typeset(data.description.trim(), lang) : body.lede.slice(0, 200) || shownTitle;
  return {
    report,
    page: {
      url: editorPageUrl(slug),
      title: shownTitle,
      description,
      dateValue,
      dateText: dateValue ? frenchDate({ value: dateValue, precision: 'day' }) : null,
      html: body.html,
      breadcrumbs: trail(HOME, { href: null, text: shownTitle }),
    },
  };
}

/** content/pages/*.md, in name order; none when the folder does not exist. */
export async function readEditorPages(contentDir: string, lang = 'fr'): Promise<EditorPages> {
  const dir = path.join(contentDir, PAGES_FOLDER);
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && /\.md$/i.test(e.name) && !e.name.startsWith('.') && !e.name.startsWith('~'))
      .map((e) => e.name)
      .sort();
  } catch {
    return { files: [], pages: [] };
  }
  const label = `${path.basename(path.resolve(contentDir))}/${PAGES_FOLDER}`;
  const result: EditorPages = { files: [], pages: [] };
  const taken = new Map<string, string>();
  for (const name of names) {
    const file = `${label}/${name}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(dir, name));
    } catch (e) {
      result.files.push({
        file,
        diagnostics: [error(`fichier illisible (${(e as NodeJS.ErrnoException).code ?? String(e)}) : vérifier ses droits d'accès`, 'file-unreadable')],
      });
      continue;
    }
    const { report, page } = readEditorPage(bytes, name, file, lang);
    result.files.push(report);
    if (!page) continue;
    const first = taken.get(page.url);
    if (first) {
      report.diagnostics.push(error(`même adresse ${page.url} que ${first} : renommer l’un des deux fichiers`, 'page-name-collision'));
      continue;
    }
    taken.set(page.url, file);
    result.pages.push(page);
  }
  return result;
}
