// Dates as dispatches write them, kept at the precision they are written.
// No `Date` objects here: a month-precise date must never slip to the 1st
// or to the previous month in another time zone.
import type { ArticleDate, DatePrecision } from './article.ts';

export type DateResult = { ok: true; date: ArticleDate } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Build an ISO-like value at the given precision, or say why it cannot exist. */
export function makeDate(year: number, month?: number, day?: number, hour?: number, minute?: number, zone?: string): DateResult {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) {
    return { ok: false, reason: `année ${year} hors de l'intervalle 1800–2200` };
  }
  if (month === undefined) return { ok: true, date: { value: String(year), precision: 'year' } };
  if (month < 1 || month > 12) return { ok: false, reason: `mois ${pad(month)} impossible` };
  const ym = `${year}-${pad(month)}`;
  if (day === undefined) return { ok: true, date: { value: ym, precision: 'month' } };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `le ${day} n'existe pas en ${ym}` };
  }
  const ymd = `${ym}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return { ok: true, date: { value: ymd, precision: 'day' } };
  if (hour > 23 || minute > 59) return { ok: false, reason: `heure ${pad(hour)}:${pad(minute)} impossible` };
  const offset = zone === undefined ? '' : normalZone(zone);
  if (offset === null) return { ok: false, reason: `décalage horaire ${zone} impossible` };
  return { ok: true, date: { value: `${ymd}T${pad(hour)}:${pad(minute)}${offset}`, precision: 'minute' } };
}

/**
 * A time's offset as written, made ±HH:MM (Z stays Z), or null when no zone
 * has it (beyond ±14:00). The offset is kept in the date's value rather than
 * converted: the time shown is the one the dispatch gives, with its zone,
 * and feeds and sitemaps compute the instant from both.
 */
function normalZone(zone: string): string | null {
  if (/^z$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

export const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2})[:hH](\d{2})(?::\d{2}(?:\.\d+)?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

// At the top level rather than in each call: tsx names every function it creates.
function optionalNumber(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** `2021`, `2021-11`, `2014-11-25`, `2014-11-25T14:32`, `2014-11-25T14:32+05:00` (seconds are dropped, the zone kept). */
export function parseIsoDate(value: string): DateResult | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  return makeDate(Number(m[1]), optionalNumber(m[2]), optionalNumber(m[3]), optionalNumber(m[4]), optionalNumber(m[5]), m[6]);
}

// Month names and abbreviations in French, English and Spanish, as wire copy
// writes them: with or without a dot, with or without accents, any case.
const MONTH_NAMES: Record<string, number> = {};
const addMonths = (names: string[][]) => {
  for (const [i, forms] of names.entries()) for (const f of forms) MONTH_NAMES[f] = i + 1;
};
addMonths([
  ['janvier', 'janv', 'jan', 'january', 'enero', 'ene'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb', 'febrero'],
  ['mars', 'mar', 'march', 'marzo'],
  ['avril', 'avr', 'april', 'apr', 'abril', 'abr'],
  ['mai', 'may', 'mayo'],
  ['juin', 'june', 'jun', 'junio'],
  ['juillet', 'juil', 'jul', 'july', 'julio'],
  ['aout', 'aou', 'august', 'aug', 'agosto', 'ago'],
  ['septembre', 'sept', 'sep', 'september', 'septiembre', 'setiembre', 'set'],
  ['octobre', 'oct', 'october', 'octubre'],
  ['novembre', 'nov', 'november', 'noviembre'],
  ['decembre', 'dec', 'december', 'diciembre', 'dic'],
]);

const folded = new Map<string, string>();
/** Lower case without accents, for comparing names: "Élysée" and "elysee" fold alike. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFD')
      .replace(/[\p{M}]/gu, '')
      .toLowerCase();
    if (folded.size > 20000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

export function monthNumber(word: string): number | undefined {
  return MONTH_NAMES[fold(word).replace(/\.$/, '')];
}

/** A two-digit year as the wire writes it in footers: 14 is 2014, 98 is 1998. */
export function fullYear(y: number): number {
  if (y >= 100) return y;
  return y >= 70 ? 1900 + y : 2000 + y;
}

const MONTH_WORD = String.raw`([\p{L}]{3,10})\.?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:er|º|°)?(?:\s+de)?\s+${MONTH_WORD}(?:\s+(?:de\s+)?(\d{4}))?$`, 'u');
const MONTH_FIRST = new RegExp(String.raw`^${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`, 'u');

/**
 * A dateline's date: `25 nov 2014`, `4 may 2021`, `Aug 29, 2014`, `1er juil. 2020`,
 * `3 de marzo de 2021`. Without a year, `fallbackYear` completes it.
 */
export function parseWrittenDate(text: string, fallbackYear?: number): DateResult | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let day: number, month: number | undefined, year: number | undefined;
  let m = DAY_FIRST.exec(t);
  if (m) {
    day = Number(m[1]);
    month = monthNumber(m[2]!);
    year = m[3] ? Number(m[3]) : undefined;
  } else if ((m = MONTH_FIRST.exec(t))) {
    day = Number(m[2]);
    month = monthNumber(m[1]!);
    year = m[3] ? Number(m[3]) : undefined;
  } else {
    return null;
  }
  if (month === undefined) return null;
  year ??= fallbackYear;
  if (year === undefined) return { ok: false, reason: `« ${t} » ne donne pas l'année` };
  return makeDate(year, month, day);
}

/** `AFP 251432 NOV 14`: day, hour, minute, month, two-digit year. */
export const FOOTER = /^AFP\s+(\d{2})(\d{2})(\d{2})\s+([\p{L}]{3,5})\.?\s+(\d{2}|\d{4})$/u;

export function parseFooter(line: string): DateResult | null {
  const m = FOOTER.exec(line.trim());
  if (!m) return null;
  const month = monthNumber(m[4]!);
  if (month === undefined) return { ok: false, reason: `mois « ${m[4]} » inconnu` };
  return makeDate(fullYear(Number(m[5])), month, Number(m[1]), Number(m[2]), Number(m[3]));
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

export function morePrecise(a: ArticleDate, b: ArticleDate): boolean {
  return RANK[a.precision] > RANK[b.precision];
}

/** Do two dates contradict each other, at the precision they share? */
export function disagree(a: ArticleDate, b: ArticleDate): boolean {
  const shared = Math.min(a.value.length, b.value.length, 10);
  return a.value.slice(0, shared) !== b.value.slice(0, shared);
}

/** Year, month and day as numbers, for formatting and URLs; `zone` as the date keeps it (Z or ±HH:MM). */
export function dateParts(date: ArticleDate): { year: number; month?: number; day?: number; hour?: number; minute?: number; zone?: string } {
  const m = ISO_DATE.exec(date.value);
  if (!m) throw new Error(`not a dispatch date: ${date.value}`);
  const parts: { year: number; month?: number; day?: number; hour?: number; minute?: number; zone?: string } = {
    year: Number(m[1]),
    month: optionalNumber(m[2]),
    day: optionalNumber(m[3]),
    hour: optionalNumber(m[4]),
    minute: optionalNumber(m[5]),
  };
  if (m[6] !== undefined) parts.zone = m[6];
  return parts;
}

/**
 * The first instant a date covers, in milliseconds since 1970: a time with
 * an offset at that offset, one without as UTC (the archive states no zone
 * of its own, and the agency's footers are in GMT).
 */
export function dateStart(date: ArticleDate): number {
  const { year, month, day, hour, minute, zone } = dateParts(date);
  const wall = Date.UTC(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const m = zone === undefined ? null : /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (!m) return wall;
  const offset = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '+' ? wall - offset : wall + offset;
}

// A day of slack: a dispatch dated tomorrow may be today somewhere east.
const SLACK = 24 * 3600 * 1000;

/** Does the date begin after `now` (plus a day, for time zones)? */
export function isFutureDate(date: ArticleDate, now: number): boolean {
  return dateStart(date) > now + SLACK;
}
