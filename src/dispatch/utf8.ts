// UTF-8 read byte by byte, to decide what a file is on evidence and to say
// where it is damaged. The sequences are those of the WHATWG decoder (the one
// TextDecoder implements): each maximal invalid subsequence is one U+FFFD, so
// the text built here is what TextDecoder would give, with the place of each
// replacement known.
import type { TextProblem } from './clean-text.ts';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export interface Utf8Scan {
  /** Valid sequences of two bytes or more. */
  valid: number;
  /** Invalid subsequences, as [start, end) byte pairs, one after the other. */
  invalid: number[];
  firstValid: number;
  firstValidLength: number;
}

/** The bytes a lead byte needs after it, and the range of the first of them. */
function expected(lead: number): [count: number, low: number, high: number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  return null;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { valid: 0, invalid: [], firstValid: -1, firstValidLength: 0 };
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = expected(b);
    if (!need) {
      scan.invalid.push(i, i + 1);
      i++;
      continue;
    }
    const [count, low, high] = need;
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < count; k++, j++) {
      const c = bytes[j];
      const [lo, hi] = k === 0 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) {
        ok = false;
        break;
      }
    }
    if (ok) {
      if (scan.valid === 0) {
        scan.firstValid = i;
        scan.firstValidLength = j - i;
      }
      scan.valid++;
    } else {
      // The maximal subpart: the lead and the continuation bytes that fitted.
      scan.invalid.push(i, j);
    }
    i = j;
  }
  return scan;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

// Past this many, one message counts the rest: a file of bad bytes must not
// print a million lines.
export const SHOWN = 10;

/** The text with one U+FFFD for each invalid subsequence, and where each stands. */
export function decodeUtf8WithReplacements(bytes: Uint8Array, invalid: number[]): { text: string; problems: TextProblem[] } {
  if (invalid.length === 0) return { text: utf8.decode(bytes), problems: [] };
  const parts: string[] = [];
  const problems: TextProblem[] = [];
  let length = 0;
  let from = 0;
  for (let k = 0; k < invalid.length; k += 2) {
    const start = invalid[k]!;
    const end = invalid[k + 1]!;
    const valid = utf8.decode(bytes.subarray(from, start));
    parts.push(valid, '\uFFFD');
    length += valid.length;
    const shown = k / 2;
    if (shown < SHOWN) {
      const written = Array.from(bytes.subarray(start, end), hex).join(' ');
      problems.push({
        offset: length,
        rule: 'encoding-invalid',
        message: `${end - start > 1 ? 'octets invalides' : 'octet invalide'} en UTF-8 (${written}) remplacé${end - start > 1 ? 's' : ''} par « \uFFFD » : corriger ce caractère ou réenregistrer le fichier en UTF-8`,
      });
    } else if (shown === SHOWN) {
      const rest = invalid.length / 2 - SHOWN;
      problems.push({
        offset: length,
        rule: 'encoding-invalid',
        message: `et ${rest} autre${rest > 1 ? 's' : ''} caractère${rest > 1 ? 's' : ''} invalide${rest > 1 ? 's' : ''} en UTF-8 à partir d'ici, remplacé${rest > 1 ? 's' : ''} par « \uFFFD »`,
      });
    }
    length += 1;
    from = end;
  }
  parts.push(utf8.decode(bytes.subarray(from)));
  return { text: parts.join(''), problems };
}
