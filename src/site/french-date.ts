// Dates in French as a reader expects them: "25 novembre 2014",
// "novembre 2021", "1er mars 2020", "14 mars 2019 à 9 h 20". Built from the
// date's own parts, so no time zone can move a month-precise date.
import type { ArticleDate } from '../dispatch/article.ts';
import { dateParts, dateStart } from '../dispatch/dates.ts';

// The twelve names from ICU's French data (Node ships it), made once: a
// month's name is asked for every date shown on every page (a quarter of a
// second of a build at 10,000 dispatches went to formatting them again).
// Formatted in UTC from UTC dates: no time zone can move a month.
const MONTH_FORMAT = new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, m) => MONTH_FORMAT.format(Date.UTC(2000, m, 1)));

export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`mois ${month} hors de 1–12`);
  return name;
}

export function frenchDate(date: ArticleDate): string {
  const { year, month, day, hour, minute, zone } = dateParts(date);
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month)} ${year}`;
  const d = `${day === 1 ? '1er' : day} ${monthName(month)} ${year}`;
  if (hour === undefined || minute === undefined) return d;
  return `${d} à ${hour}\u00a0h\u00a0${String(minute).padStart(2, '0')}${zone === undefined ? '' : ` (${zoneName(zone)})`}`;
}

/** The zone a dispatch wrote, as French print names it: UTC, UTC+5, UTC−3:30. */
function zoneName(zone: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (!m || (m[2] === '00' && m[3] === '00')) return 'UTC';
  return `UTC${m[1] === '-' ? '\u2212' : '+'}${Number(m[2])}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** The first instant a date covers: feeds and sitemaps need a full timestamp. */
export function dateInstant(date: ArticleDate): Date {
  return new Date(dateStart(date));
}
