// Every address of the site, in one place: where a page is published and
// how other pages link to it. Paths are the site's own (`/2021/11/slug/`);
// the path prefix and the absolute URL are added where pages are written
// (config.ts `absoluteUrl`, Eleventy's HTML base transform).
//
//   /                              home                 HOME_URL
//   /AAAA/ /AAAA/MM/               a year, a month      yearUrl, monthUrl
//   /AAAA/MM/slug/                 a dispatch           articleUrl
//   /AAAA/slug/  /sans-date/slug/  dated by the year only, or not at all
//   …/page/N/                      a listing's Nth page from the oldest (pages.ts)
//   /archives/                     every year           ARCHIVES_URL
//   /lieux/ /personnes/ …          a kind's A–Z index   kindIndexUrl
//   /lieux/nom/ …                  a name's page        entityUrl (entities.ts: the slug)
//   /ce-jour-la/ /ce-jour-la/MM-JJ/  "ce jour-là"       THIS_DAY_URL, thisDayUrl
//   /recherche/                    search               SEARCH_URL
//   /NAME/                         a page editors write editorPageUrl
//   /sitemap.xml /sitemaps/N.xml   sitemap index, files SITEMAP_INDEX_URL, sitemapUrl
//   /flux.xml /rss.xml /flux.json  feeds (templates/flux-*.njk)
import type { ArticleDate } from '../dispatch/article.ts';
import { dateParts } from '../dispatch/dates.ts';

export const HOME_URL = '/';
export const ARCHIVES_URL = '/archives/';
export const SEARCH_URL = '/recherche/';
export const THIS_DAY_URL = '/ce-jour-la/';
export const SITEMAP_INDEX_URL = '/sitemap.xml';
export const JSON_FEED_URL = '/flux.json';

const two = (n: number) => String(n).padStart(2, '0');

export const yearUrl = (year: number | string) => `/${year}/`;
export const monthUrl = (year: number | string, month: number | string) => `/${year}/${two(Number(month))}/`;

/** A dispatch's address: under its month, its year when it has no month, `/sans-date/` when it has no date. */
export function articleUrl(date: ArticleDate | undefined, slug: string): string {
  if (!date) return `/sans-date/${slug}/`;
  const { year, month } = dateParts(date);
  return month === undefined ? `${yearUrl(year)}${slug}/` : `${monthUrl(year, month)}${slug}/`;
}

/** The same dispatch under another slug (a same-title collision, content.ts). */
export const withSlug = (url: string, slug: string) => url.replace(/[^/]+\/$/, `${slug}/`);

/** The numbered page `number` of the listing at `base`, counted from the oldest; the newest page is `base` itself (pages.ts). */
export const pageUrl = (base: string, number: number) => `${base}page/${number}/`;

/** A kind's A–Z index: `/lieux/`, `/personnes/`… */
export const kindIndexUrl = (path: string) => `/${path}/`;
/** A name's page, from its kind's path and its slug (entities.ts makes both). */
export const namePageUrl = (path: string, slug: string) => `/${path}/${slug}/`;

/** A day of "ce jour-là", `MM-JJ`. */
export const thisDayUrl = (key: string) => `${THIS_DAY_URL}${key}/`;
export const editorPageUrl = (name: string) => `/${name}/`;
/** A sitemap file listed by the index at /sitemap.xml. */
export const sitemapUrl = (name: string) => `/sitemaps/${name}.xml`;
