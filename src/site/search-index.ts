// The search index: Pagefind, one bundle per year at /pagefind/AAAA/, merged
// by the search page with Pagefind's mergeIndex. A new dispatch re-indexes
// its year only, and no indexing run ever holds the whole archive (Pagefind
// on 100,000 pages peaks near 9 GB). Each bundle is French (forceLanguage):
// French stemming for French copy, and one place for the few dispatches in
// other languages, which the language filter separates.
import * as pagefind from 'pagefind';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BuildFailure } from './failure.ts';

/**
 * Pagefind's process, as its service starts it. Pagefind's API neither gives
 * the process nor notices its death (killed, out of memory, a full disk): its
 * requests were then never answered, the build waited on nothing, and Node
 * ended it with exit 13, no message, and its temporary folder left behind; or
 * a write to the dead process failed and Pagefind printed "Service stopped"
 * with a stack trace. So its service class (the module pagefind's own index
 * imports, reached by its file: the package exports only its index) is
 * wrapped: the first request of each process hands us the process, whose exit
 * we watch, and a broken pipe closes the service without Pagefind's stack
 * trace; the build says what happened, in French.
 */
interface Service {
  backend: ChildProcess | null;
  sendMessage(this: Service, ...args: unknown[]): unknown;
  close(this: Service, error: Error | null): void;
}
const { PagefindService } = (await import(new URL('./service.js', import.meta.resolve('pagefind')).href)) as { PagefindService: { prototype: Service } };
const send = PagefindService.prototype.sendMessage;
PagefindService.prototype.sendMessage = function (...args) {
  if (this.backend && this.backend !== backend) watch(this.backend);
  return send.apply(this, args);
};
const closeService = PagefindService.prototype.close;
PagefindService.prototype.close = function () {
  closeService.call(this, null);
};

let backend: ChildProcess | null = null;
let death: BuildFailure | null = null;
/** Processes closed on purpose: their exit is not a failure. */
const closing = new WeakSet<ChildProcess>();

function watch(child: ChildProcess): void {
  backend = child;
  child.once('exit', (code, signal) => {
    if (backend === child) backend = null;
    if (closing.has(child)) return;
    const how = signal ? `tué (${signal})` : `arrêté (code ${code})`;
    death = new BuildFailure(
      `le processus de Pagefind, qui fait l'index de recherche, s'est ${how} : mémoire ou disque plein ? Vérifier la place libre (df -h) et la mémoire, puis relancer`,
    );
    // Answers every waiting request with an error, and lets the next request start a new process.
    void pagefind.close();
  });
}

function closePagefind(): Promise<unknown> {
  if (backend) closing.add(backend);
  return pagefind.close();
}

/** Errors Pagefind reported for a year: its process is alive. */
class Reported extends Error {}

/** What went wrong, said in French: Pagefind's death, or the errors it reported for a year. */
function failure(year: string, error: unknown): unknown {
  if (death) return death;
  if (error instanceof BuildFailure) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new BuildFailure(
    `l'index de recherche de ${year} n'a pas pu être fait (Pagefind : ${detail}) : vérifier la place libre et les droits du dossier de sortie, puis relancer`,
  );
}

export async function indexYear(siteDir: string, year: string): Promise<number> {
  // Pagefind reads only the article (the element it indexes) as its document:
  // parsing the rest of each page (head, navigation, related dispatches,
  // JSON-LD) was a third of its time, and the bundle is the same byte for byte.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', rootSelector: '[data-pagefind-body]' });
  if (!index) throw new Reported(errors.join('; '));
  try {
    // The year's folder holds its dispatches (and its listings, which carry no
    // data-pagefind-body and are left out of the index). Pagefind reads that
    // folder only (given the whole site and a pattern, it walked every file:
    // 13 s of a 100,000-dispatch rebuild for one new page), so its URLs are
    // relative to the year: the search page merges each bundle with the
    // year as its base URL.
    const added = await index.addDirectory({ path: path.join(siteDir, year), glob: '**/*.html' });
    if (added.errors.length > 0) throw new Reported(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind', year) });
    if (written.errors.length > 0) throw new Reported(written.errors.join('; '));
    return added.page_count;
  } finally {
    // Pagefind's process stays for the next year; the year's index leaves its memory.
    // (A dead process has nothing to free: asking would start another.)
    if (!death) await index.deleteIndex();
  }
}

/** Editors' pages (site paths such as /a-propos/) into their own bundle, `pagefind/NAME/`; Pagefind's death or errors are said as for a year. */
export async function indexPageFiles(siteDir: string, urls: string[], bundle: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', rootSelector: '[data-pagefind-body]' });
    if (!index) throw new Reported(errors.join('; '));
    try {
      for (const url of urls) {
        // Relative to the site's root, as the search page gives this bundle the site's base.
        const added = await index.addHTMLFile({ url: url.replace(/^\//, ''), content: readFileSync(path.join(siteDir, url, 'index.html'), 'utf8') });
        if (added.errors.length > 0) throw new Reported(added.errors.join('; '));
      }
      const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind', bundle) });
      if (written.errors.length > 0) throw new Reported(written.errors.join('; '));
      return urls.length;
    } finally {
      if (!death) await index.deleteIndex();
    }
  } catch (error) {
    throw failure('des pages', error);
  }
}

/**
 * Years handed to Pagefind in the background, while the build goes on
 * rendering: two at a time (Pagefind's process takes requests for several
 * indexes; one index keeps about one and a half cores busy, and the last
 * years are indexed once rendering is over, with both cores free). A failure
 * is kept and thrown by `finish`, so the build stops with it once its pages
 * are done.
 */
export class SearchIndexing {
  readonly #siteDir: string;
  readonly #waiting: string[] = [];
  readonly #running = new Set<Promise<void>>();
  #failure: unknown = null;
  #failureCause: unknown = null;
  #busySince = 0;
  indexed = 0;
  /** How long Pagefind was at work, whether or not the build was rendering meanwhile. */
  seconds = 0;

  constructor(
    siteDir: string,
    readonly concurrency = 2,
  ) {
    this.#siteDir = siteDir;
    // A new build: an earlier build's dead Pagefind (npm start) was closed, the next request starts another.
    death = null;
  }

  add(year: string): void {
    this.#waiting.push(year);
    this.#pump();
  }

  #pump(): void {
    while (this.#running.size < this.concurrency && this.#waiting.length > 0 && !this.#failure) {
      const year = this.#waiting.shift()!;
      if (this.#running.size === 0) this.#busySince = performance.now();
      const run: Promise<void> = indexYear(this.#siteDir, year)
        .then(
          () => {
            this.indexed++;
          },
          (e: unknown) => {
            this.#failureCause ??= e;
            this.#failure ??= failure(year, e);
          },
        )
        .finally(() => {
          this.#running.delete(run);
          if (this.#running.size === 0) this.seconds += (performance.now() - this.#busySince) / 1000;
          this.#pump();
        });
      this.#running.add(run);
    }
  }

  async finish(): Promise<void> {
    try {
      while (this.#running.size > 0) await Promise.all(this.#running);
      // A request that failed without an answer from Pagefind: its process is
      // gone or going (the service killed it). Its exit says which it was.
      const child = backend;
      if (this.#failure && !(this.#failureCause instanceof Reported) && child && child.exitCode === null && child.signalCode === null)
        await once(child, 'exit');
    } finally {
      await closePagefind();
    }
    if (this.#failure) throw death ?? this.#failure;
  }
}

/**
 * On Ctrl-C or SIGTERM: stop Pagefind's process now (close kills it), so that
 * it writes no more into an output the build is about to remove.
 */
export function stopSearchIndexing(): void {
  void closePagefind();
}
