// Word counts: of a dispatch's body (the checks, the article's wordCount) and
// of phrases (the attribution rules: a quote of four words is speech). One
// pass over the characters: splitting into words and testing each with an
// expression was 4% of a dispatch's parse.
const LETTER_AT = /[\p{L}]/uy;
const SPACES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** `\s` of regular expressions. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : SPACES.has(c) || (c >= 0x2000 && c <= 0x200a));
}

function isLetterOrDigit(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** Words as readers count them: what stands between spaces (`\s`) and holds a letter or a digit. */
export function wordCount(text: string): number {
  let n = 0;
  let word = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (word) n++;
      word = false;
    } else if (!word && isLetterOrDigit(text, i, c)) word = true;
  }
  return word ? n + 1 : n;
}
