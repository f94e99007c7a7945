// Slugs become URLs: ASCII, lower case, stable for the same headline.
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
    s = (LIGATURES[c] ?? c).normalize('NFD').replace(/[\p{M}]/gu, '').toLowerCase();
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
