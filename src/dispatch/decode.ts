// Bytes → text. Wire copy comes as UTF-8 (with or without BOM) or, for older
// copy, Windows-1252 / ISO-8859-1; a file saved by a Windows editor may be
// UTF-16, with or without its BOM. The encoding is decided per file on
// evidence (utf8.ts): a UTF-8 file with a few bad bytes stays UTF-8, each bad
// byte replaced by U+FFFD and reported with its line and column, where
// trying the whole file as UTF-8 and falling back to Windows-1252 on one bad
// byte turned every accent of the file into "Ã©". Windows-1252 is decoded by
// iconv-lite: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and
// leaves 0x92 as a C1 control instead of ’ (a test guards this). Bytes that
// are no text at all (images, archives, word-processor files) are refused;
// characters no page or feed may carry are taken out by `cleanText`.
import { hash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { Diagnostic } from './article.ts';
import { cleanText, type TextProblem, placeProblems } from './clean-text.ts';
import { scanUtf8, decodeUtf8WithReplacements } from './utf8.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

// A dispatch is a few kilobytes; the longest features some tens. Past
// HUGE_BYTES a file is read with a warning (several dispatches glued, a log
// dropped by mistake); past MAX_BYTES it is refused unread, as an error:
// parsing is linear, but 10 MB of text costs seconds and hundreds of
// megabytes, and what such a file holds is no dispatch.
export const HUGE_BYTES = 1_000_000;
export const MAX_BYTES = 10_000_000;

export interface Decoded {
  text: string;
  encoding: Encoding;
  sha256: string;
  bom: boolean;
  /** Not text: an image, an archive, a word-processor file. */
  binary: boolean;
  /** Larger than MAX_BYTES: not decoded (`text` is empty). */
  tooLarge: boolean;
  /** An encoding this reader does not take (UTF-32): not decoded. */
  unsupported?: string;
  /** What decoding had to change or doubt, with line and column. */
  diagnostics: Diagnostic[];
}

// File signatures of what editors drop by mistake: PNG, JPEG, GIF, PDF, ZIP
// (docx, odt, xlsx), OLE (doc, xls), gzip, RTF's binary cousins, ELF, WebP/WAV.
const SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x1f, 0x8b],
  [0x7f, 0x45, 0x4c, 0x46],
  [0x52, 0x49, 0x46, 0x46],
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Text has next to no control bytes; compressed or binary data about one
 * byte in nine. A few stray ones (a NUL, a vertical tab from Word) leave a
 * file text, and `cleanText` takes them out with a warning; so do the NUL
 * bytes a crash leaves at the end of a file being written.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const sample = bytes.subarray(0, Math.min(end, 65536));
  let controls = 0;
  for (const b of sample) if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11) || b === 127) controls++;
  return controls >= 8 && controls / sample.length > 0.02;
}

/** A decoded sample holds next to no control, unassigned or private-use character. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 32768);
  const odd = sample.match(/[\0-\x08\x0E-\x1F\x7F-\x9F\p{Cn}\p{Co}\p{Cs}]/gu)?.length ?? 0;
  return odd < 8 || odd / sample.length <= 0.02;
}

/**
 * UTF-16 without a byte-order mark: Latin text in UTF-16 has a NUL in every
 * other byte (the high byte of each character), on odd offsets in
 * little-endian, even ones in big-endian; the other half almost never.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs >= 0.1 && even / pairs <= 0.02) return 'utf-16le';
  if (even / pairs >= 0.1 && odd / pairs <= 0.02) return 'utf-16be';
  return null;
}

/** UTF-16 code units to a string; an odd last byte is reported, lone surrogates are left to `cleanText`. */
function decodeUtf16(bytes: Uint8Array, big: boolean): { text: string; problems: TextProblem[] } {
  const even = bytes.length & ~1;
  const units = Buffer.from(bytes.subarray(0, even));
  if (big) units.swap16();
  const text = units.toString('utf16le');
  const problems: TextProblem[] = [];
  if (even < bytes.length) {
    problems.push({
      offset: text.length,
      rule: 'encoding-invalid',
      message: 'fichier UTF-16 coupé : un octet isolé en fin de fichier, ignoré ; réenregistrer le fichier',
    });
  }
  return { text, problems };
}

// UTF-8 once read as Windows-1252 and saved again as UTF-8: "é" became
// "Ã©", "’" "â€™", "«" "Â«". Valid UTF-8, so nothing else would tell.
const CP1252_OF_C1 =
  '\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178';
const MOJIBAKE = new RegExp(`[ÃÅ][\u00A0-\u00BF${CP1252_OF_C1}]|Â[\u00A0-\u00BF]|â€[\u00A0-\u00BF${CP1252_OF_C1}\u009D]`, 'g');

function doubleEncoded(text: string): TextProblem[] {
  const found = text.match(MOJIBAKE);
  if (!found) return [];
  const first = text.search(MOJIBAKE);
  return [
    {
      offset: first,
      rule: 'encoding-double',
      message: `« ${found[0]} » ${found.length > 1 ? `et ${found.length - 1} autre${found.length > 2 ? 's' : ''} : ` : ': '}texte encodé deux fois (de l'UTF-8 relu en Windows-1252 puis réenregistré) ; reprendre le texte depuis sa source`,
    },
  ];
}

function result(_bytes: Uint8Array, sha256: string, fields: Partial<Decoded>): Decoded {
  return { text: '', encoding: 'utf-8', sha256, bom: false, binary: false, tooLarge: false, diagnostics: [], ...fields };
}

/** Takes out what no page may carry and places every problem at its line and column. */
function finish(bytes: Uint8Array, sha256: string, raw: string, problems: TextProblem[], fields: Partial<Decoded>): Decoded {
  const cleaned = cleanText(raw);
  const diagnostics = placeProblems(raw, [...problems, ...cleaned.problems]);
  return result(bytes, sha256, { ...fields, text: cleaned.text, diagnostics });
}

export function decodeDispatch(bytes: Uint8Array): Decoded {
  const sha256 = hash('sha256', bytes, 'hex');
  if (bytes.length > MAX_BYTES) return result(bytes, sha256, { tooLarge: true });
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return result(bytes, sha256, { bom: true, unsupported: 'UTF-32' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const { text, problems } = decodeUtf16(bytes.subarray(2), false);
    return finish(bytes, sha256, text, problems, { encoding: 'utf-16le', bom: true });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const { text, problems } = decodeUtf16(bytes.subarray(2), true);
    return finish(bytes, sha256, text, problems, { encoding: 'utf-16be', bom: true });
  }
  // Before the NUL bytes are read as UTF-16: an image or a Word file has many.
  if (SIGNATURES.some((sig) => startsWith(bytes, sig))) return result(bytes, sha256, { binary: true });
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const { text, problems } = decodeUtf16(bytes, utf16 === 'utf-16be');
    // Binary data whose NUL bytes happen to fall like UTF-16's reads as controls and unassigned characters.
    if (!looksLikeText(text)) return result(bytes, sha256, { binary: true });
    return finish(bytes, sha256, text, problems, { encoding: utf16 });
  }
  if (looksBinary(bytes)) return result(bytes, sha256, { binary: true });
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Valid UTF-8, by far the most common case, is decoded natively.
  let valid: string | undefined;
  try {
    valid = strictUtf8.decode(body);
  } catch {
    // Not valid throughout: weigh the evidence below.
  }
  if (valid !== undefined) return finish(bytes, sha256, valid, doubleEncoded(valid), { encoding: 'utf-8', bom });
  const scan = scanUtf8(body);
  // Valid UTF-8 apart from a few bytes is UTF-8 with those bytes damaged;
  // Windows-1252 text almost never makes a valid multi-byte sequence (an
  // accented capital followed by a symbol), so a file with as many valid
  // sequences as bad bytes is UTF-8. One with no valid sequence is
  // Windows-1252, or ISO-8859-1 when no byte is in 0x80–0x9F (printable in
  // Windows-1252, controls in ISO-8859-1).
  if (scan.invalid.length === 0 || bom || scan.valid >= scan.invalid.length / 2) {
    const { text, problems } = decodeUtf8WithReplacements(body, scan.invalid);
    return finish(bytes, sha256, text, [...problems, ...doubleEncoded(text)], { encoding: 'utf-8', bom });
  }
  const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  const problems: TextProblem[] = [];
  // Windows-1252 leaves five bytes without a character: iconv-lite gives U+FFFD.
  for (let i = 0; i < bytes.length && problems.length <= 10; i++) {
    const b = bytes[i]!;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) {
      problems.push({
        offset: i,
        rule: 'encoding-invalid',
        message: `octet 0x${b.toString(16).toUpperCase()} sans caractère en Windows-1252, remplacé par « \uFFFD » : réenregistrer le fichier en UTF-8`,
      });
    }
  }
  if (scan.valid > 0) {
    problems.push({
      offset: scan.firstValid,
      rule: 'encoding-mixed',
      message: `fichier lu en Windows-1252, mais ${scan.valid === 1 ? 'une séquence se lit' : `${scan.valid} séquences se lisent`} en UTF-8 (ici « ${text.slice(scan.firstValid, scan.firstValid + scan.firstValidLength)} ») : encodages mélangés ? réenregistrer le fichier en UTF-8`,
    });
  }
  const c1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  return finish(bytes, sha256, text, problems, { encoding: c1 ? 'windows-1252' : 'iso-8859-1' });
}
