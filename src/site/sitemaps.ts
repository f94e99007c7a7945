// The sitemaps: one file per year (its dispatches, months and year page),
// one for the names' pages and one for the rest, each cut into numbered files
// of at most 50,000 addresses (the protocol's limit), and an index at
// /sitemap.xml that robots.txt names. At 100,000 dispatches the archive has
// over 400,000 addresses: one file could not hold them.
import { absoluteUrl, type SiteConfig } from './config.ts';
import { sitemapUrl } from './urls.ts';

/** The most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** AAAA-MM-JJ, or "" when unknown. */
  lastmod: string;
}

export interface Sitemap {
  /** The file's address in the site, e.g. /sitemaps/2021.xml. */
  url: string;
  /** The same, absolute, for the index. */
  loc: string;
  /** The newest of its entries' dates. */
  lastmod: string;
  entries: SitemapEntry[];
}

/** The site's pages, each with the sitemap it belongs in (a year, `noms`, `pages`), as sitemap files. */
export function sitemaps(site: SiteConfig, pages: { url: string; lastmod: string; group: string }[], limit = SITEMAP_LIMIT): Sitemap[] {
  const groups = new Map<string, SitemapEntry[]>();
  for (const p of pages) {
    let group = groups.get(p.group);
    if (!group) groups.set(p.group, (group = []));
    group.push({ loc: absoluteUrl(site, p.url), lastmod: p.lastmod });
  }
  return sitemapFiles(groups, (url) => absoluteUrl(site, url), limit);
}

/**
 * `groups` in the order they are given, each cut into files of at most
 * `limit` entries: `/sitemaps/NAME.xml`, or `NAME-1.xml`, `NAME-2.xml`…
 * when one file cannot hold them. Empty groups make no file.
 */
export function sitemapFiles(groups: Map<string, SitemapEntry[]>, absolute: (url: string) => string, limit = SITEMAP_LIMIT): Sitemap[] {
  const files: Sitemap[] = [];
  for (const [name, entries] of groups) {
    const parts = Math.ceil(entries.length / limit);
    for (let k = 0; k < parts; k++) {
      const slice = entries.slice(k * limit, (k + 1) * limit);
      const url = sitemapUrl(parts === 1 ? name : `${name}-${k + 1}`);
      files.push({
        url,
        loc: absolute(url),
        lastmod: newestOf(slice),
        entries: slice,
      });
    }
  }
  return files;
}

/** The newest date of `entries` (dates compare as strings: AAAA-MM-JJ). */
function newestOf(entries: SitemapEntry[]): string {
  let newest = '';
  for (const e of entries) if (e.lastmod > newest) newest = e.lastmod;
  return newest;
}
