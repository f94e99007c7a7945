// Reading content/ as a whole: every file decoded and parsed on its own (one
// bad file never stops the others), then the checks that need all of them:
// the same dispatch dropped twice, two dispatches wanting the same URL.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Diagnostic } from '../dispatch/article.ts';
import { decodeDispatch } from '../dispatch/decode.ts';
import { parseDispatch } from '../dispatch/parse.ts';

export interface FileReport {
  /** As editors see it: content/NAME.txt */
  file: string;
  diagnostics: Diagnostic[];
  /** The parsed dispatch; absent when the file could not be read as text. */
  article?: Article;
  /** Same dispatch as another file: not published twice. */
  duplicateOf?: string;
}

export interface ContentReport {
  files: FileReport[];
  /** Dispatches without errors, one per distinct text, URLs unique. */
  publishable: Article[];
  rejected: FileReport[];
}

export type Progress = (done: number, total: number) => void;

export async function listDispatches(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  // Hidden files and editors' lock or backup files are not dispatches.
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt') && !e.name.startsWith('.') && !e.name.startsWith('~'))
    .map((e) => e.name)
    .sort();
}

export async function readDispatchFile(contentDir: string, name: string): Promise<FileReport> {
  const label = `${path.basename(path.resolve(contentDir))}/${name}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(contentDir, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file: label, diagnostics: [{ severity: 'error', message: `fichier illisible (${code}) : vérifier ses droits d'accès`, rule: 'file-unreadable' }] };
  }
  const decoded = decodeDispatch(bytes);
  if (decoded.binary) {
    return {
      file: label,
      diagnostics: [{ severity: 'error', message: "ce fichier n'est pas du texte (image, PDF, document Word ?) : enregistrer la dépêche en texte brut (.txt)", line: 1, column: 1, rule: 'file-binary' }],
    };
  }
  const article = parseDispatch(decoded.text, label, { sha256: decoded.sha256, encoding: decoded.encoding });
  return { file: label, diagnostics: article.diagnostics, article };
}

const hasError = (r: FileReport) => r.diagnostics.some((d) => d.severity === 'error');

/** The same text under two names is one dispatch: the first name keeps it. */
function markDuplicates(files: FileReport[]): void {
  const byId = new Map<string, FileReport>();
  for (const r of files) {
    if (!r.article || hasError(r)) continue;
    const first = byId.get(r.article.id);
    if (!first) {
      byId.set(r.article.id, r);
      continue;
    }
    r.duplicateOf = first.file;
    const d: Diagnostic = { severity: 'warning', message: `même dépêche que ${first.file} : ${r.file} n'est pas publiée une seconde fois`, line: 1, column: 1, rule: 'duplicate' };
    r.diagnostics.push(d);
    r.article.diagnostics.push(d);
  }
}

/**
 * Two dispatches may derive the same URL. The earlier one (by date, then
 * id) keeps it; the other gets a suffix from its id. Both orders are
 * properties of the dispatches themselves, so a URL does not move when
 * unrelated files are added.
 */
function uniqueUrls(articles: Article[]): void {
  const seen = new Map<string, Article>();
  const ordered = [...articles].sort((a, b) => (a.date.value === b.date.value ? (a.id < b.id ? -1 : 1) : a.date.value < b.date.value ? -1 : 1));
  for (const a of ordered) {
    const first = seen.get(a.url);
    if (first) {
      a.slug = `${a.slug}-${a.id.slice(0, 6)}`;
      a.url = a.url.replace(/[^/]+\/$/, `${a.slug}/`);
      a.diagnostics.push({ severity: 'warning', message: `même titre que ${first.source.file} : publiée à ${a.url}`, rule: 'slug-collision' });
    }
    seen.set(a.url, a);
  }
}

export async function readContent(contentDir: string, progress?: Progress): Promise<ContentReport> {
  const names = await listDispatches(contentDir);
  const files: FileReport[] = new Array(names.length);
  let done = 0;
  // Reads overlap; parsing is synchronous, so this stays on one core.
  const queue = names.map((name, i) => ({ name, i }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      files[next.i] = await readDispatchFile(contentDir, next.name);
      progress?.(++done, names.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, names.length) }, worker));
  markDuplicates(files);
  const publishable = files.filter((r) => r.article && !hasError(r) && !r.duplicateOf).map((r) => r.article!);
  uniqueUrls(publishable);
  for (const r of files) if (r.article) r.diagnostics = r.article.diagnostics;
  return { files, publishable, rejected: files.filter(hasError) };
}
