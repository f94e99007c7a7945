// "Ce jour-là": one page per calendar day (/ce-jour-la/MM-JJ/) with that
// day's dispatches across the years, newest year first, each year saying how
// long ago it was ("il y a 7 ans"). Only dispatches dated to the day count: a
// month-precise one has no day. "Il y a N ans" is counted from the build's
// day, and these pages are made again on every build, like the listings: a
// build after New Year (or after the day itself) says the new figure.
import { THIS_DAY_URL, thisDayUrl } from './urls.ts';
import type { Article } from '../dispatch/article.ts';
import { dateParts } from '../dispatch/dates.ts';
import { monthName } from './french-date.ts';
import { HOME, trail, type Crumb } from './pages.ts';
import type { ArticleCard } from './view.ts';

export interface CalendarDay {
  /** MM-JJ */
  key: string;
  month: number;
  day: number;
}

export interface ThisDayPage {
  url: string;
  key: string;
  title: string;
  summary: string;
  description: string;
  breadcrumbs: Crumb[];
  years: { year: string; ago: string; items: ArticleCard[] }[];
  previous: { href: string; text: string } | null;
  next: { href: string; text: string } | null;
  /** The newest dispatch's date, for the sitemap. */
  lastmod: string;
}

export interface ThisDayIndex {
  url: string;
  title: string;
  summary: string;
  breadcrumbs: Crumb[];
  months: { name: string; days: { href: string; text: string; count: number }[] }[];
}

/** What the home page says of the build's day. */
export interface TodayLink {
  /** MM-JJ of the build's day. */
  key: string;
  text: string;
  /** The day's page, or null when no dispatch is dated to that day. */
  href: string | null;
  count: number;
  /** Every day that has a page, as `MM-JJ:count`, for the reader's-day script. */
  days: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayName = (month: number, day: number) => `${day === 1 ? '1er' : day} ${monthName(month)}`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/** The build's calendar day, in the build machine's time zone. */
export function calendarDay(date: Date): CalendarDay {
  return { key: `${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * How long before `today` a dispatch of `year` on this calendar day was, in
 * whole years: the day not yet come this year counts one year less.
 */
export function yearsAgo(year: number, month: number, day: number, today: Date): string {
  const ty = today.getFullYear();
  const passed = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  const n = ty - year - (passed ? 0 : 1);
  if (n < 0) return 'à venir';
  if (n === 0) return year === ty && today.getMonth() + 1 === month && today.getDate() === day ? 'aujourd’hui' : 'cette année';
  return `il y a ${plural(n, 'an', 'ans')}`;
}

export interface ThisDay {
  pages: ThisDayPage[];
  /** The index of days, as a list for the template's pagination: empty when no dispatch is dated to the day. */
  index: ThisDayIndex[];
  today: TodayLink;
}

/** `articles` newest first (as the archive keeps them); `card` makes a listing's card. */
export function thisDayPages(articles: Article[], card: (a: Article) => ArticleCard, today: Date): ThisDay {
  const byDay = new Map<string, { month: number; day: number; list: Article[] }>();
  for (const a of articles) {
    const { month, day } = dateParts(a.date);
    if (month === undefined || day === undefined) continue;
    const key = `${pad(month)}-${pad(day)}`;
    if (!byDay.has(key)) byDay.set(key, { month, day, list: [] });
    byDay.get(key)!.list.push(a);
  }
  const keys = [...byDay.keys()].sort();
  const href = thisDayUrl;
  const crumb = { href: THIS_DAY_URL, text: 'Ce jour-là' };
  const pages = keys.map((key, i): ThisDayPage => {
    const { month, day, list } = byDay.get(key)!;
    const name = dayName(month, day);
    const years = new Map<string, Article[]>();
    for (const a of list) {
      const y = a.date.value.slice(0, 4);
      if (!years.has(y)) years.set(y, []);
      years.get(y)!.push(a);
    }
    const ordered = [...years.entries()].sort((a, b) => (a[0] < b[0] ? 1 : -1));
    const oldest = ordered.at(-1)![0];
    const newest = ordered[0]![0];
    const span = oldest === newest ? `en ${newest}` : `de ${oldest} à ${newest}`;
    const neighbour = (k: string | undefined) => (k ? { href: href(k), text: dayName(byDay.get(k)!.month, byDay.get(k)!.day) } : null);
    return {
      url: href(key),
      key,
      title: `Un ${name}`,
      summary: `${plural(list.length, 'dépêche', 'dépêches')} datée${list.length > 1 ? 's' : ''} d’un ${name}, ${span}`,
      description: `Les dépêches de l’archive datées d’un ${name}, année par année.`,
      breadcrumbs: trail(HOME, crumb, { href: null, text: name }),
      years: ordered.map(([year, l]) => ({ year, ago: yearsAgo(Number(year), month, day, today), items: l.map(card) })),
      previous: neighbour(keys[i - 1]),
      next: neighbour(keys[i + 1]),
      lastmod: list[0]!.date.value.slice(0, 10),
    };
  });
  const months = new Map<number, ThisDayIndex['months'][number]>();
  for (const key of keys) {
    const { month, day, list } = byDay.get(key)!;
    if (!months.has(month)) months.set(month, { name: monthName(month), days: [] });
    months.get(month)!.days.push({ href: href(key), text: dayName(month, day), count: list.length });
  }
  const now = calendarDay(today);
  const todays = byDay.get(now.key);
  return {
    pages,
    index:
      keys.length === 0
        ? []
        : [
            {
              url: THIS_DAY_URL,
              title: 'Ce jour-là',
              summary: `${plural(keys.length, 'jour', 'jours')} de l’année ont des dépêches datées`,
              breadcrumbs: trail(HOME, { href: null, text: 'Ce jour-là' }),
              months: [...months.values()],
            },
          ],
    today: {
      key: now.key,
      text: dayName(now.month, now.day),
      href: todays ? href(now.key) : null,
      count: todays?.list.length ?? 0,
      days: keys.map((k) => `${k}:${byDay.get(k)!.list.length}`).join(' '),
    },
  };
}
