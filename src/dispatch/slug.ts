// Slugs become URLs: ASCII, lower case, stable for the same headline.
import { hash } from 'node:crypto';
import anyAscii from 'any-ascii';

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };
const MAX = 50;

// A character outside ASCII as it enters a slug: its ligature spelled out,
// its accents dropped, in lower case. Worked out once per character: done on
// the whole headline, the normalisation and the expressions after it were a
// third of the compiler's time in a profile. Per character gives the same:
// decomposition is made character by character, and the marks it reorders
// are all dropped.
const spelled = new Map<string, string>();
function spell(c: string): string {
  let s = spelled.get(c);
  if (s === undefined) {
    s = (LIGATURES[c] ?? c)
      .normalize('NFD')
      .replace(/[\p{M}]/gu, '')
      .toLowerCase();
    if (spelled.size >= 5000) spelled.clear();
    spelled.set(c, s);
  }
  return s;
}

/** Adds one character to the slug: 'a'–'z' and '0'–'9' are kept, apostrophes dropped, the rest separates. Returns whether a hyphen is owed. */
function put(codes: number[], code: number, gap: boolean): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
    if (gap && codes.length > 0) codes.push(45);
    codes.push(code);
    return false;
  }
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 0x2018 || code === 96 ? gap : true;
}

/** Lower-case ASCII letters and digits, other runs as one hyphen, apostrophes dropped, none at either end. */
export function slugify(text: string, max = MAX): string {
  const codes: number[] = [];
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      gap = put(codes, code >= 65 && code <= 90 ? code + 32 : code, gap);
      continue;
    }
    // A whole code point: a pair of surrogates is one character.
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const s = spell(pair ? text.slice(i, i + 2) : text[i]!);
    if (pair) i++;
    for (let j = 0; j < s.length; j++) gap = put(codes, s.charCodeAt(j), gap);
  }
  // The last hyphen at or before `max` ends the slug, or `max` itself.
  let end = codes.length;
  if (end > max) {
    const cut = codes.lastIndexOf(45, max);
    end = cut > 0 ? cut : max;
    while (end > 0 && codes[end - 1] === 45) end--;
  }
  let ascii = '';
  for (let i = 0; i < end; i += 4096) ascii += String.fromCharCode(...codes.slice(i, Math.min(end, i + 4096)));
  return ascii;
}

// Names (people, places, organisations, sources) each get a page, at
// /personnes/SLUG/ and so on. The slug above keeps only a–z and 0–9: every
// name in Cyrillic, Greek, Arabic or Chinese came out empty, all of them
// shared one page ("sans-nom"), and one person's quotes showed on another's
// page. Two names share a page only when they are the same name written
// with or without Latin accents, in another case, with œ or oe, with or
// without apostrophes, hyphens or spaces (États-Unis and Etats-Unis, Élise
// Dupont and Elise Dupont): that is the name's key. Otherwise each name has
// its own page: a name whose key is its plain slug keeps that slug; any
// other (another script, a letter the slug drops such as þ, a slug cut at
// its length) is transliterated (any-ascii: Путин → putin, 习近平 →
// xijinping) and takes a hash of its key, so that homophones (王 and 汪,
// both "wang") and long names alike stay apart.
// Invisible in print: a soft hyphen or a zero-width space inside a name made
// "Du­pont" a second page beside "Dupont".
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

/** Latin accents dropped (other scripts' marks kept), lower case, ligatures spelled, apostrophes dropped, other runs one hyphen, invisible characters none. */
export function nameKey(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/([\p{sc=Latin}])[\p{M}]+/gu, '$1')
    .normalize('NFC')
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => LIGATURES[c]!)
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const HASHED = /-[0-9a-f]{10}$/;

/** The address of a name's page: its plain slug, or a transliteration and a hash of its key (see above). */
export function nameSlug(written: string, max = 80): string {
  const name = written.replace(INVISIBLE, '');
  const key = nameKey(name);
  const plain = slugify(name, Infinity);
  if (plain !== '' && plain === key && plain.length <= max && !HASHED.test(plain)) return plain;
  // A name of no letter or digit at all has an empty key: its own characters tell it apart.
  const suffix = hash('sha256', key === '' ? name.normalize('NFC') : key, 'hex').slice(0, 10);
  const spelled = slugify(transliterated(name), max - suffix.length - 1);
  return spelled === '' ? `nom-${suffix}` : `${spelled}-${suffix}`;
}

/** Latin letters for a text in any script (any-ascii: Путин → Putin, 习近平 → XiJinPing). */
export function transliterated(text: string): string {
  return anyAscii(text);
}
