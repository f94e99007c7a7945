// The search index: Pagefind, one bundle per year at /pagefind/AAAA/, merged
// by the search page with Pagefind's mergeIndex. A new dispatch re-indexes
// its year only, and no indexing run ever holds the whole archive (Pagefind
// on 100,000 pages peaks near 9 GB). Each bundle is French (forceLanguage):
// French stemming for French copy, and one place for the few dispatches in
// other languages, which the language filter separates.
import * as pagefind from 'pagefind';
import path from 'node:path';

export async function indexYear(siteDir: string, year: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
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
    await pagefind.close();
  }
}

/**
 * Years handed to Pagefind in the background, one run at a time (its service
 * is shared), while the build goes on rendering. A failure is kept and thrown
 * by `finish`, so the build stops with it once its pages are done.
 */
export class SearchIndexing {
  readonly #siteDir: string;
  #queue: Promise<void> = Promise.resolve();
  #failure: unknown = null;
  indexed = 0;
  /** Pagefind's time, whether or not the build was rendering meanwhile. */
  seconds = 0;

  constructor(siteDir: string) {
    this.#siteDir = siteDir;
  }

  add(year: string): void {
    this.#queue = this.#queue.then(async () => {
      if (this.#failure) return;
      const started = performance.now();
      try {
        await indexYear(this.#siteDir, year);
        this.indexed++;
      } catch (e) {
        this.#failure = e;
      }
      this.seconds += (performance.now() - started) / 1000;
    });
  }

  async finish(): Promise<void> {
    await this.#queue;
    if (this.#failure) throw this.#failure;
  }
}
