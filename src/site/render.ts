// Rendering the whole archive into the temporary output, touching only what
// changed since the last build:
// - article pages come in batches; a page whose data (and templates, and
//   site settings) are the same as in the published site is not rendered
//   again but hard-linked from it, so it is neither re-rendered nor rewritten;
// - listing pages (home, months, names, feeds, sitemap) are rendered every
//   time: they are the pages a new dispatch changes;
// - the search index is one Pagefind bundle per year; a year whose pages did
//   not change keeps its bundle, the search page merges them (mergeIndex).
// What was built is recorded in a manifest inside the site, so it moves with
// the site when the new output is swapped in.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { articleKey, articleViews, type Archive } from './archive.ts';
import type { SiteConfig } from './config.ts';
import { PUBLIC, renderRun, TEMPLATES } from './eleventy.ts';
import { indexYear } from './search-index.ts';

export const MANIFEST = '.depeches-manifest.json';
const BATCH = 1000;

export interface Manifest {
  /** Templates, static files and settings the pages were made with. */
  renderVersion: string;
  /** Article URL → hash of what its page is made from. */
  pages: Record<string, string>;
  /** Year → hash of its article pages, for the search bundles. */
  years: Record<string, string>;
}

export interface RenderReport {
  rendered: number;
  reused: number;
  yearsIndexed: number;
  yearsReused: number;
  seconds: { articles: number; listings: number; search: number };
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

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

/** A hash of everything besides the data that shapes a page. */
export function renderVersion(site: SiteConfig): string {
  const hash = createHash('sha1');
  for (const file of [...filesUnder(TEMPLATES), ...filesUnder(PUBLIC)].sort()) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  hash.update(JSON.stringify(site));
  return hash.digest('hex');
}

export function readManifest(siteDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(path.join(siteDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Hard-link `rel` from the published site into the new output; false when it is not there. */
function reuse(previousDir: string, outDir: string, rel: string): boolean {
  const from = path.join(previousDir, rel);
  if (!existsSync(from)) return false;
  const to = path.join(outDir, rel);
  mkdirSync(path.dirname(to), { recursive: true });
  linkSync(from, to);
  return true;
}

const pageFile = (url: string) => path.join(url, 'index.html');

// Each Eleventy run leaves its pages behind for the garbage collector; a full
// collection between batches keeps the peak to one batch (V8 would otherwise
// let several pile up before collecting).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export async function renderArchive(archive: Archive, site: SiteConfig, outDir: string, previousDir: string): Promise<RenderReport> {
  const version = renderVersion(site);
  const previous = readManifest(previousDir);
  const usable = previous && previous.renderVersion === version ? previous : null;
  const manifest: Manifest = { renderVersion: version, pages: {}, years: {} };
  const report: RenderReport = { rendered: 0, reused: 0, yearsIndexed: 0, yearsReused: 0, seconds: { articles: 0, listings: 0, search: 0 } };

  let started = performance.now();
  // Pages whose inputs are unchanged are linked from the published site;
  // the others are made and rendered a batch at a time.
  const changed: number[] = [];
  archive.sources.forEach((a, i) => {
    const hash = sha1(articleKey(archive, i));
    manifest.pages[a.url] = hash;
    const same = usable?.pages[a.url] === hash;
    if (same && reuse(previousDir, outDir, pageFile(a.url)) && reuse(previousDir, outDir, path.join(a.url, 'ninjs.json'))) report.reused++;
    else changed.push(i);
  });
  for (let from = 0; from < changed.length; from += BATCH) {
    const views = changed.slice(from, from + BATCH).flatMap((i) => articleViews(archive, site, i, i + 1));
    await renderRun({ kind: 'articles', articles: views }, site, outDir);
    // ninjs is JSON, not a page: written directly, beside the page.
    await Promise.all(views.map(async (v) => {
      await mkdir(path.join(outDir, v.url), { recursive: true });
      await writeFile(path.join(outDir, v.url, 'ninjs.json'), v.ninjs + '\n');
    }));
    report.rendered += views.length;
    collect();
  }
  report.seconds.articles = (performance.now() - started) / 1000;

  started = performance.now();
  await renderRun({ kind: 'listings', archive }, site, outDir);
  for (let from = 0; from < archive.months.length; from += BATCH) {
    await renderRun({ kind: 'listing-pages', months: archive.months.slice(from, from + BATCH), entityPages: [] }, site, outDir);
    collect();
  }
  for (let from = 0; from < archive.entityPages.length; from += BATCH) {
    await renderRun({ kind: 'listing-pages', months: [], entityPages: archive.entityPages.slice(from, from + BATCH) }, site, outDir);
    collect();
  }
  report.seconds.listings = (performance.now() - started) / 1000;

  // Search: one bundle per year, kept when none of the year's pages changed.
  started = performance.now();
  const byYear = new Map<string, string[]>();
  for (const a of archive.sources) {
    const year = a.date.value.slice(0, 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(`${a.url} ${manifest.pages[a.url]}`);
  }
  for (const [year, pages] of byYear) {
    const hash = sha1(pages.sort().join('\n'));
    manifest.years[year] = hash;
    const bundle = path.join('pagefind', year);
    const kept = usable?.years[year] === hash && existsSync(path.join(previousDir, bundle, 'pagefind.js'));
    if (kept) {
      for (const file of filesUnder(path.join(previousDir, bundle))) reuse(previousDir, outDir, path.relative(previousDir, file));
      report.yearsReused++;
    } else {
      await indexYear(outDir, year);
      report.yearsIndexed++;
    }
  }
  report.seconds.search = (performance.now() - started) / 1000;
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest));
  return report;
}
