// Reading content/ as a whole: every file decoded and parsed on its own (one
// bad file never stops the others), then the checks that need all of them:
// the same dispatch dropped twice, two dispatches wanting the same URL.
import { withSlug } from './urls.ts';
import { hash } from 'node:crypto';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, Diagnostic } from '../dispatch/article.ts';
import { fileDiagnostic } from '../dispatch/messages.ts';
import { readDispatch, reviewFutureDate } from '../dispatch/read.ts';
import { readEditorPages, type EditorPage } from './editor-pages.ts';
import { listContent, readDispatchFile } from './content-files.ts';
import { BuildFailure, shownPath, systemFailure } from './failure.ts';
import { ParseCache } from './parse-cache.ts';
import { startPool, type Pool } from './threads.ts';

export interface ParseJob {
  bytes: Uint8Array;
  label: string;
}

export interface FileReport {
  /** As editors see it: content/NAME.txt */
  file: string;
  diagnostics: Diagnostic[];
  /** The parsed dispatch; absent when the file could not be read as text. */
  article?: Article;
  /** Same dispatch as another file: not published twice. */
  duplicateOf?: string;
  /**
   * Not a dispatch read: a message about the content folder (a link skipped),
   * the parse cache or the archive as a whole, printed with the dispatches'.
   */
  notice?: boolean;
}

export interface ContentReport {
  files: FileReport[];
  /** Dispatches without errors, one per distinct text, URLs unique. */
  publishable: Article[];
  rejected: FileReport[];
  /** Pages editors write (content/pages/*.md) without errors; their files are in `files` too, after the dispatches. */
  pages: EditorPage[];
  /** How many of `files` are such pages, not dispatches. */
  pagesRead: number;
  /**
   * The parse cache written to disk. It is written while the build goes on
   * (34 MB at 10,000 dispatches: a fifth of a second of one added
   * dispatch's build); await it before the process ends. Never rejects: a
   * cache that could not be saved gives a warning to print.
   */
  saved: Promise<FileReport | null>;
}

export type Progress = (done: number, total: number) => void;

/**
 * The content folder must be there: a mistyped --content used to end in a
 * stack trace, and read as an empty archive it would have replaced the site.
 */
function checkContentFolder(contentDir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(contentDir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BuildFailure(
        `dossier des dépêches introuvable : ${contentDir} n'existe pas ; vérifier --content (par défaut content/, dans le dossier où la commande est lancée)`,
      );
    throw new BuildFailure(`dossier des dépêches illisible : ${systemFailure(error) ?? String(error)} ; vérifier --content`);
  }
  if (!isFolder) throw new BuildFailure(`${contentDir} n'est pas un dossier : --content attend le dossier des dépêches`);
}

/** As editors see a file: the content folder's name, then its path inside it (content/2014/x.txt). */
const labelOf = (contentDir: string, rel: string) => `${path.basename(path.resolve(contentDir))}/${rel}`;

function unreadable(file: string, error: unknown): FileReport {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return { file, diagnostics: [fileDiagnostic(file, 'error', `fichier illisible (${code}) : vérifier ses droits d'accès`, 'file-unreadable')] };
}

/** Decode and parse one file's bytes: no I/O, so it runs in a worker as well. */
export function parseDispatchBytes(bytes: Uint8Array, label: string): FileReport {
  return { file: label, ...readDispatch(bytes, label) };
}

const notice = (file: string, severity: Diagnostic['severity'], message: string, rule: string): FileReport => ({
  file,
  diagnostics: [{ severity, message, rule }],
  notice: true,
});

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
    r.article.diagnostics.push(
      fileDiagnostic(
        r.file,
        'warning',
        `même dépêche que ${first.file} : ${r.file} n'est pas publiée une seconde fois`,
        'duplicate',
        { cause: first.file },
        true,
      ),
    );
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
      a.url = withSlug(a.url, a.slug);
      a.diagnostics.push(
        fileDiagnostic(a.source.file, 'warning', `même titre que ${first.source.file} : publiée à ${a.url}`, 'slug-collision', { cause: first.source.file }),
      );
    }
    seen.set(a.url, a);
  }
}

export interface ReadOptions {
  progress?: Progress;
  /** Where parsed dispatches are kept between builds; none: parse everything. */
  cacheDir?: string;
  /** Parser threads; default: one per core. */
  threads?: number;
  /** Folders never read as content (the site's output, should it lie inside content/). */
  exclude?: string[];
}

// Below this many dispatches to parse, starting threads costs more than it saves.
const THREADS_FROM = 200;

// Dispatches go to the threads in small batches: one message per dispatch
// kept the threads waiting on this one.
const PER_MESSAGE = 32;

export async function readContent(contentDir: string, options: ReadOptions = {}): Promise<ContentReport> {
  checkContentFolder(contentDir);
  const listing = listContent(contentDir, (rel) => labelOf(contentDir, rel), options.exclude);
  const names = listing.files;
  const files: FileReport[] = new Array(names.length);
  let done = 0;
  const tick = () => options.progress?.(++done, names.length);
  const cache = options.cacheDir ? await ParseCache.open(options.cacheDir) : null;
  const threads = options.threads ?? availableParallelism();

  // Read every file and take what the cache knows; parse the rest on every
  // core when there are many. The threads start as soon as enough files miss
  // the cache, and get their batches while reading goes on: a thread takes
  // half a second to load the parser, and reading 10,000 files about one.
  // (Reads are synchronous: for thousands of small files they cost a third
  // of what promises cost.)
  const misses: { i: number; bytes: Uint8Array; label: string }[] = [];
  let pool: Pool<ParseJob[], FileReport[]> | null = null;
  const parsing: Promise<void>[] = [];
  let sent = 0;
  const send = (upTo: number) => {
    while (sent < upTo) {
      const batch = misses.slice(sent, Math.min(upTo, sent + PER_MESSAGE));
      sent += batch.length;
      const parsed = pool!.run(batch.map(({ bytes, label }) => ({ bytes, label }))).then((reports) => {
        reports.forEach((r, k) => {
          files[batch[k]!.i] = r;
          tick();
        });
      });
      // A thread's failure is thrown by the wait below, not as an unhandled rejection while reading goes on.
      parsed.catch(() => {});
      parsing.push(parsed);
    }
  };
  try {
    for (let i = 0; i < names.length; i++) {
      const label = labelOf(contentDir, names[i]!.rel);
      let bytes: Buffer;
      try {
        bytes = readDispatchFile(names[i]!.read);
      } catch (error) {
        files[i] = unreadable(label, error);
        tick();
        continue;
      }
      const cached = cache?.get(hash('sha256', bytes, 'hex'), label);
      if (cached) {
        files[i] = { file: label, diagnostics: cached.diagnostics, article: cached };
        tick();
        continue;
      }
      misses.push({ i, bytes, label });
      if (!pool && misses.length >= THREADS_FROM && threads > 1) pool = startPool(new URL('./parse-worker.ts', import.meta.url), threads);
      if (pool && misses.length - sent >= PER_MESSAGE) {
        send(misses.length);
        // The threads' answers are taken in between, so that each gets its next batch.
        await nextTurn();
      }
    }
    if (pool) {
      send(misses.length);
      await Promise.all(parsing);
    } else {
      for (const m of misses) {
        files[m.i] = parseDispatchBytes(m.bytes, m.label);
        tick();
      }
    }
  } finally {
    await pool?.close();
  }
  for (const m of misses) if (files[m.i]!.article) cache?.set(files[m.i]!.article!);
  const cacheLabel = options.cacheDir ? `${shownPath(options.cacheDir)}/` : '';
  const saved = cache ? cache.save().then((problem) => (problem ? notice(cacheLabel, 'warning', problem, 'cache-unsaved') : null)) : Promise.resolve(null);
  // Entries altered on disk or of another shape were parsed again: said, for whoever looks (--verbose).
  if (cache && cache.rejected > 0)
    files.push(
      notice(
        cacheLabel,
        'info',
        `${cache.rejected} dépêche(s) du cache altérée(s) ou illisible(s) : analysée(s) de nouveau (si cela se répète, vérifier le disque)`,
        'cache-invalid',
      ),
    );
  markDuplicates(files);
  const publishable = files.filter((r) => r.article && !hasError(r) && !r.duplicateOf).map((r) => r.article!);
  uniqueUrls(publishable);
  const now = Date.now();
  for (const r of files) {
    if (!r.article) continue;
    reviewFutureDate(r.article, now);
    r.diagnostics = r.article.diagnostics;
  }
  files.push(...listing.notices);
  // Editors' pages (content/pages/, Markdown) are not dispatches: only .txt files are read as dispatches.
  const editorPages = await readEditorPages(contentDir);
  files.push(...editorPages.files);
  return { files, publishable, rejected: files.filter(hasError), pages: editorPages.pages, pagesRead: editorPages.files.length, saved };
}
