// Pagination and breadcrumbs: the navigation every listing page shares.
export interface Crumb {
  href: string | null;
  text: string;
}

export interface PagerLink {
  number: number;
  href: string;
  current: boolean;
}

export interface Pager {
  number: number;
  total: number;
  /** Numbered links, with gaps (null) past the first, last and nearest pages. */
  links: (PagerLink | null)[];
  previous: string | null;
  next: string | null;
}

export interface Page<T> {
  url: string;
  items: T[];
  pager: Pager | null;
}

export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Split `items` into pages of `size` at base/, base/page/2/, … */
export function paginate<T>(items: T[], size: number, base: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: Page<T>[] = [];
  for (let n = 1; n <= total; n++) {
    const links: (PagerLink | null)[] = [];
    for (let k = 1; k <= total; k++) {
      if (k === 1 || k === total || Math.abs(k - n) <= 2) links.push({ number: k, href: pageUrl(base, k), current: k === n });
      else if (links.at(-1) !== null) links.push(null);
    }
    pages.push({
      url: pageUrl(base, n),
      items: items.slice((n - 1) * size, n * size),
      pager: total === 1 ? null : { number: n, total, links, previous: n > 1 ? pageUrl(base, n - 1) : null, next: n < total ? pageUrl(base, n + 1) : null },
    });
  }
  return pages;
}

export const HOME: Crumb = { href: '/', text: 'Accueil' };
export const ARCHIVES: Crumb = { href: '/archives/', text: 'Archives' };

/** The trail ends on the current page, which is not a link. */
export function trail(...crumbs: Crumb[]): Crumb[] {
  return crumbs.map((c, i) => (i === crumbs.length - 1 ? { href: null, text: c.text } : c));
}
