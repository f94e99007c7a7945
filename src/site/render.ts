// Rendering the whole archive into the temporary output, touching only what
// changed since the last build:
// - article pages come in batches; a page whose inputs (its dispatch, what it
//   shows of others, and the templates, page code and settings) are the same
//   as in the published site is not rendered again but hard-linked from it;
// - month and name pages likewise; the pages that list every dispatch (home,
//   archives, years, indexes, feeds, sitemap) are rendered every time;
// - the search index is one Pagefind bundle per year, indexed while the next
//   years render; a year whose articles did not change keeps its bundle, and
//   the search page merges them (mergeIndex).
// What was built is recorded in a manifest inside the site, so it moves with
// the site when the new output is swapped in.
import { createHash, hash as digest } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../dispatch/article.ts';
import { articlePageInput, shownDispatches, type Archive, type ArticlePageInput, type ListingPage } from './archive.ts';
import type { SiteConfig } from './config.ts';
import { pageHead, renderListings } from './eleventy.ts';
import { currentTheme, prepareTheme } from './theme.ts';
import { SearchIndexing } from './search-index.ts';
import { indexEditorPages } from './page-search.ts';
import { codeFiles, hashFiles } from './files-hash.ts';
import { articleCard, articleSpeakers } from './view.ts';
import { parserVersion } from './parse-cache.ts';
import { writeArticlePages } from './article-pages.ts';
import { templatePages } from './template-pages.ts';
import { garbageBudget } from './memory.ts';
import { MANIFEST_FILE } from './output.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';

export const MANIFEST = MANIFEST_FILE;
// Article pages are written a few at a time, so that a year goes to Pagefind soon after its last page.
const ARTICLE_BATCH = 200;
// How far the heap may grow between full collections while pages are rendered (memory.ts).
const GARBAGE_BUDGET = 384 * 2 ** 20;

export interface Manifest {
  /** Templates, static files, page code and settings the pages were made with. */
  renderVersion: string;
  /** Article URL → hash of what its page is made from. */
  pages: Record<string, string>;
  /** Year → hash of its articles as search reads them, for the search bundles. */
  years: Record<string, string>;
  /** Month and name page URL → hash of its data. */
  listings: Record<string, string>;
}

export interface RenderReport {
  rendered: number;
  reused: number;
  /** Month and name pages. */
  listingsRendered: number;
  listingsReused: number;
  yearsIndexed: number;
  yearsReused: number;
  seconds: {
    articles: number;
    listings: number;
    /** Pagefind's time, most of it while pages were being rendered. */
    search: number;
    /** Waiting for Pagefind once every page was rendered. */
    searchWait: number;
  };
}

const sha1 = (s: string) => digest('sha1', s, 'hex');

/**
 * What an article is made from: its bytes, its file and the parser
 * (parseDispatch is pure), and the URL content.ts may change (a same-title
 * collision moves slug and url). Hashing the article's JSON instead took a
 * second of every build at 10,000 dispatches.
 */
function articleKey(a: Article): string {
  return sha1([parserVersion(), a.source.file, a.source.sha256, a.source.encoding, a.slug, a.url].join('\0'));
}

/**
 * What an article's page is made from, as keys: the article's own, those of
 * the dispatches its context shows (previous, next, related: what a page shows
 * of another is a function of that article, and of the settings and code that
 * renderVersion covers), and where its speakers' words link. The same as
 * hashing its context (`articlePageInput`, which reads the same
 * `shownDispatches`), without making and serialising the context of every
 * page at every build.
 */
function contextKey(archive: Archive, keys: string[], i: number): string {
  const { previous, next, related } = shownDispatches(archive, i);
  const speakers = articleSpeakers(archive.sources[i]!, archive.index);
  return [keys[i], keys[previous] ?? '', keys[next] ?? '', related.map((j) => keys[j]).join(' '), JSON.stringify(speakers)].join('\0');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/**
 * A hash of everything besides the data that shapes a page: templates, static
 * files, settings, and the code that makes pages from dispatches (an upgraded
 * Dépêches must not reuse pages its previous version made).
 */
export function renderVersion(site: SiteConfig): string {
  const theme = currentTheme();
  const hash = hashFiles(createHash('sha1'), [theme.templates, theme.public, ...codeFiles('site')]);
  hash.update(JSON.stringify(site));
  return hash.digest('hex');
}

/**
 * The published site's manifest, or null. Checked, not trusted: a manifest of
 * another shape (`{}`, a hand's edit) crashed every build until _site/ was
 * deleted; it now counts as none (everything is rendered again).
 */
export function readManifest(siteDir: string): Manifest | null {
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(path.join(siteDir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  const hashes = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((h) => typeof h === 'string');
  if (typeof m !== 'object' || m === null) return null;
  const { renderVersion, pages, years, listings } = m as Record<string, unknown>;
  return typeof renderVersion === 'string' && hashes(pages) && hashes(years) && hashes(listings) ? (m as Manifest) : null;
}

// Folders made in the new output: thousands of pages share a few parents.
const made = new Set<string>();
function folder(dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/** Hard-link `rel` from the published site into the new output; false when it is not there. */
function reuse(previousDir: string, outDir: string, rel: string): boolean {
  const to = path.join(outDir, rel);
  folder(path.dirname(to));
  try {
    linkSync(path.join(previousDir, rel), to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

const pageFile = (url: string) => path.join(url, 'index.html');

/** `previous` is the published site's manifest, when the caller has read it already. */
export async function renderArchive(
  archive: Archive,
  site: SiteConfig,
  outDir: string,
  previousDir: string,
  previous = readManifest(previousDir),
): Promise<RenderReport> {
  made.clear();
  // The archive's templates and static files over the shipped ones, made again for each build (`start` rebuilds when one changes).
  prepareTheme();
  // The mode new folders get (the umask, as mkdir applied it to the output):
  // reused pages are hard links and keep the mode they were written with, so
  // a site built once under umask 077 kept its pages from other users after
  // the umask was set right. Another mode is another rendering.
  const version = sha1(`${renderVersion(site)} ${(statSync(outDir).mode & 0o777).toString(8)}`);
  const usable = previous && previous.renderVersion === version ? previous : null;
  const manifest: Manifest = { renderVersion: version, pages: {}, years: {}, listings: {} };
  const report: RenderReport = {
    rendered: 0,
    reused: 0,
    listingsRendered: 0,
    listingsReused: 0,
    yearsIndexed: 0,
    yearsReused: 0,
    seconds: { articles: 0, listings: 0, search: 0, searchWait: 0 },
  };

  let started = performance.now();
  // Pages whose inputs (the dispatch, and what its page shows of others: its
  // context) are unchanged are linked from the published site; the others
  // are rendered a batch at a time.
  const changed: ArticlePageInput[] = [];
  // Search: one bundle per year. What it indexes is the article itself
  // (data-pagefind-body holds no links to other dispatches), so a year keeps
  // its bundle while its articles are unchanged, even if a page's neighbour
  // links moved. Pagefind runs in its own process: a year is indexed as soon
  // as its last page is written, while this thread renders the next years and
  // the listings.
  const yearOf = (a: Article) => a.date.value.slice(0, 4);
  const byYear = new Map<string, string[]>();
  const keys = archive.sources.map(articleKey);
  archive.sources.forEach((a, i) => {
    const own = keys[i]!;
    const hash = sha1(contextKey(archive, keys, i));
    manifest.pages[a.url] = hash;
    const same = usable?.pages[a.url] === hash;
    if (same && reuse(previousDir, outDir, pageFile(a.url)) && reuse(previousDir, outDir, path.join(a.url, 'ninjs.json'))) report.reused++;
    else changed.push(articlePageInput(archive, site, i));
    const year = yearOf(a);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(`${a.url} ${own}`);
  });
  const lastChanged = new Map<string, number>();
  for (const [k, p] of changed.entries()) lastChanged.set(yearOf(p.article), k);
  const toIndex: string[] = [];
  for (const [year, pages] of byYear) {
    const hash = sha1(pages.sort().join('\n'));
    manifest.years[year] = hash;
    const bundle = path.join('pagefind', year);
    if (usable?.years[year] === hash && existsSync(path.join(previousDir, bundle, 'pagefind.js'))) {
      for (const file of filesUnder(path.join(previousDir, bundle))) reuse(previousDir, outDir, path.relative(previousDir, file));
      report.yearsReused++;
    } else toIndex.push(year);
  }
  const indexing = new SearchIndexing(outDir);
  const startReadyYears = (rendered: number) => {
    for (let k = toIndex.length - 1; k >= 0; k--) {
      const last = lastChanged.get(toIndex[k]!);
      if (last === undefined || last < rendered) indexing.add(toIndex.splice(k, 1)[0]!);
    }
  };

  // Pagefind writes into the output: if rendering fails, it must be done
  // before the build removes the output.
  try {
    startReadyYears(0);
    const pages = await templatePages(site, outDir);
    const collectOnGrowth = garbageBudget(GARBAGE_BUDGET);
    for (let from = 0; from < changed.length; from += ARTICLE_BATCH) {
      report.rendered += await writeArticlePages(changed.slice(from, from + ARTICLE_BATCH), site, pages);
      startReadyYears(from + ARTICLE_BATCH);
      collectOnGrowth();
      // Let Pagefind's requests and replies through between batches.
      await nextTurn();
    }
    report.seconds.articles = (performance.now() - started) / 1000;

    // Listing pages carry no data-pagefind-body: Pagefind leaves them out, so
    // writing them while a year is indexed does not change its bundle.
    started = performance.now();
    // Home, archives, years, indexes, feeds and sitemap change with any new
    // dispatch: always rendered. Month and name pages are many, and a new
    // dispatch changes only its own: the others are linked as they were.
    await renderListings(archive, site, outDir);
    await indexEditorPages(
      outDir,
      archive.editorPages.map((p) => p.url),
    );
    // A listing's data with each card given as its dispatch's key (a card is
    // made from its dispatch alone): serialising every card of 2,000 pages
    // was 60 MB of JSON and 0.7 s of every build at 10,000 dispatches.
    const cardKeys = new Map<unknown, string>();
    for (const [i, a] of archive.sources.entries()) cardKeys.set(articleCard(a, site), keys[i]!);
    const changedListing = (page: ListingPage) => {
      const hash = sha1(JSON.stringify(page, (_, value: unknown) => cardKeys.get(value) ?? value));
      manifest.listings[page.url] = hash;
      const same = usable?.listings?.[page.url] === hash && reuse(previousDir, outDir, pageFile(page.url));
      if (same) report.listingsReused++;
      return !same;
    };
    const months = archive.months.filter(changedListing);
    const entityPages = archive.entityPages.filter(changedListing);
    report.listingsRendered = months.length + entityPages.length;
    const head = pageHead(site);
    const listings = [...months.map((item) => ['month.njk', item] as const), ...entityPages.map((item) => ['entity.njk', item] as const)];
    for (const [k, [template, item]] of listings.entries()) {
      await pages.write(template, { item, head: head({ item, page: { url: item.url } }) }, item.url);
      if (k % ARTICLE_BATCH === 0) collectOnGrowth();
    }
    report.seconds.listings = (performance.now() - started) / 1000;
  } catch (error) {
    await indexing.finish().catch(() => undefined);
    throw error;
  }

  started = performance.now();
  await indexing.finish();
  report.seconds.searchWait = (performance.now() - started) / 1000;
  report.seconds.search = indexing.seconds;
  report.yearsIndexed = indexing.indexed;
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest));
  return report;
}
