// The search index: Pagefind, one bundle per year at /pagefind/AAAA/, merged
// by the search page with Pagefind's mergeIndex. A new dispatch re-indexes
// its year only, and no indexing run ever holds the whole archive (Pagefind
// on 100,000 pages peaks near 9 GB). Each bundle is French (forceLanguage):
// French stemming for French copy, and one place for the few dispatches in
// other languages, which the language filter separates.
import * as pagefind from 'pagefind';
import path from 'node:path';

export async function indexYear(siteDir: string, year: string): Promise<number> {
  // Pagefind reads only the article (the element it indexes) as its document:
  // parsing the rest of each page (head, navigation, related dispatches,
  // JSON-LD) was a third of its time, and the bundle is the same byte for byte.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', rootSelector: '[data-pagefind-body]' });
  if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
  try {
    // The year's folder holds its dispatches (and its listings, which carry no
    // data-pagefind-body and are left out of the index). Pagefind reads that
    // folder only (given the whole site and a pattern, it walked every file:
    // 13 s of a 100,000-dispatch rebuild for one new page), so its URLs are
    // relative to the year: the search page merges each bundle with the
    // year as its base URL.
    const added = await index.addDirectory({ path: path.join(siteDir, year), glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind', year) });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    // Pagefind's process stays for the next year; the year's index leaves its memory.
    await index.deleteIndex();
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
  #busySince = 0;
  indexed = 0;
  /** How long Pagefind was at work, whether or not the build was rendering meanwhile. */
  seconds = 0;

  constructor(siteDir: string, readonly concurrency = 2) {
    this.#siteDir = siteDir;
  }

  add(year: string): void {
    this.#waiting.push(year);
    this.#pump();
  }

  #pump(): void {
    while (this.#running.size < this.concurrency && this.#waiting.length > 0 && !this.#failure) {
      const year = this.#waiting.shift()!;
      if (this.#running.size === 0) this.#busySince = performance.now();
      const run: Promise<void> = indexYear(this.#siteDir, year).then(
        () => {
          this.indexed++;
        },
        (e: unknown) => {
          this.#failure ??= e;
        },
      ).finally(() => {
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
    } finally {
      await pagefind.close();
    }
    if (this.#failure) throw this.#failure;
  }
}

/**
 * On Ctrl-C or SIGTERM: stop Pagefind's process now (close kills it), so that
 * it writes no more into an output the build is about to remove.
 */
export function stopSearchIndexing(): void {
  void pagefind.close();
}
