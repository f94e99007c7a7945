// Pagination and breadcrumbs: the navigation every listing page shares.
//
// Listing pages are numbered from the oldest dispatch, in fixed blocks of
// `size`: page 1 holds the oldest `size`, page 2 the next, and the listing's
// own URL (its newest page) holds the remainder. A page's URL therefore
// always shows the same dispatches (readers' bookmarks and search engines
// keep them), and a new dispatch changes only the newest page of each
// listing it is in, until that page is full and becomes the next numbered
// one. Counted from the newest, as before, one new dispatch moved every page
// of every name it mentions.
import { ARCHIVES_URL, HOME_URL, pageUrl } from './urls.ts';

export interface Crumb {
  href: string | null;
  text: string;
}

export interface PagerLink {
  /** The block's number, counted from the oldest; null for the newest page. */
  number: number | null;
  /** What the link says: the number, or « Récentes » for the newest page. */
  label: string;
  href: string;
  current: boolean;
}

export interface Pager {
  /** This page's number, counted from the oldest (the newest page has the last one). */
  number: number;
  /** Oldest first, with gaps (null) past the first, the newest and the nearest pages. */
  links: (PagerLink | null)[];
  /** The next page towards the newest dispatches. */
  newer: string | null;
  /** The next page towards the oldest dispatches. */
  older: string | null;
}

export interface Page<T> {
  url: string;
  /** Newest first. */
  items: T[];
  /** False for a numbered block, which never changes once full. */
  newest: boolean;
  pager: Pager | null;
}

export const NEWEST_LABEL = 'Récentes';

/**
 * Split `newestFirst` into pages of `size` numbered from the oldest: the
 * newest page, at `base`, comes first in the result and holds the remainder.
 * A numbered page's links depend only on its number and on whether the pages
 * next to it are numbered, so it stays the same while the newest page fills.
 */
export function paginate<T>(newestFirst: T[], size: number, base: string): Page<T>[] {
  const blocks = Math.max(1, Math.ceil(newestFirst.length / size));
  const urlOf = (n: number) => (n === blocks ? base : pageUrl(base, n));
  const pages: Page<T>[] = [];
  for (let n = blocks; n >= 1; n--) {
    // Block n holds the dispatches oldest[(n - 1) * size, n * size).
    const fromOldest = (n - 1) * size;
    const to = newestFirst.length - fromOldest;
    const from = n === blocks ? 0 : to - size;
    const links: (PagerLink | null)[] = [];
    for (let k = 1; k <= blocks; k++) {
      if (k === 1 || k === blocks || Math.abs(k - n) <= 2)
        links.push({ number: k === blocks ? null : k, label: k === blocks ? NEWEST_LABEL : String(k), href: urlOf(k), current: k === n });
      else if (links.at(-1) !== null) links.push(null);
    }
    pages.push({
      url: urlOf(n),
      items: newestFirst.slice(from, to),
      newest: n === blocks,
      pager: blocks === 1 ? null : { number: n, links, newer: n < blocks ? urlOf(n + 1) : null, older: n > 1 ? urlOf(n - 1) : null },
    });
  }
  return pages;
}

export const HOME: Crumb = { href: HOME_URL, text: 'Accueil' };
export const ARCHIVES: Crumb = { href: ARCHIVES_URL, text: 'Archives' };

/** The trail ends on the current page, which is not a link. */
export function trail(...crumbs: Crumb[]): Crumb[] {
  return crumbs.map((c, i) => (i === crumbs.length - 1 ? { href: null, text: c.text } : c));
}
