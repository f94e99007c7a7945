// Sentence boundaries in French agency copy. Intl.Segmenter cuts after
// "M." in "M. Poutine" and inside quotations, so we scan ourselves: a
// boundary is terminal punctuation outside any quotation, followed by space
// and something that can open a sentence, and not after an abbreviation.
import { allMatches } from './match-all.ts';

// Lower-cased, without the dot. Titles, honorifics and the usual short forms.
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'mgr',
  'dr',
  'pr',
  'st',
  'ste',
  'sts',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'gén',
  'gal',
  'col',
  'cdt',
  'lt',
  'sgt',
  'capt',
  'adm',
  'jr',
  'sr',
  'cie',
  'inc',
  'ltd',
  'corp',
  'av',
  'apr',
  'j.-c',
  'cf',
  'p',
  'pp',
  'no',
  'vol',
  'éd',
  'vs',
  'dépt',
  'sra',
  'srta',
  'dra',
  'ud',
  'uds',
  'vd',
  'vds',
]);

const OPENERS = new Set(['«', '“']);
const CLOSERS = new Set(['»', '”']);
const TERMINAL = /[.!?…]/;
// A boundary ends on a terminal mark or on closing punctuation after one.
const BOUNDARY_END = new Set(['.', '!', '?', '…', '»', '”', '"', ')', ']']);
const NOTABLE = /[«“»”".!?…)\]]/g;
// What may start a new sentence after a boundary.
const SENTENCE_START = /[\p{Lu}\d«"“([¿¡-]/u;

export interface Span {
  start: number;
  end: number;
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** Is the period at `dot` that of a title, an initial or a short form ("M.", "J.", "Mgr."), not an end? */
export function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = wordBefore(text, dot);
  if (word === '') return false;
  // Initials: "J. Smith", "G.W. Bush", "J.-C."
  if (/^(?:[\p{Lu}][.-]?)+$/u.test(word) && word.replace(/[.-]/g, '').length <= 2 && /^[\p{Lu}]/u.test(word)) {
    return true;
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Split `text` into sentence spans; quotations are never cut. */
export function sentenceSpans(text: string, respectQuotes = true): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let straightOpen = false;
  let start = 0;
  // Only quotation marks and sentence-ending punctuation change anything: jump from one to the next.
  for (const m of allMatches(NOTABLE, text)) {
    const i = m.index;
    const c = m[0];
    if (respectQuotes) {
      if (OPENERS.has(c)) depth++;
      else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
      else if (c === '"') straightOpen = !straightOpen;
    }
    const inside = depth > 0 || straightOpen;
    if (inside || !BOUNDARY_END.has(c)) continue;
    const next = text[i + 1];
    if (next === undefined || !/\s/.test(next)) continue;
    // The run of punctuation ending here must contain a terminal mark.
    let j = i;
    while (j >= start && /[»”")\]]/.test(text[j]!)) j--;
    if (j < start || !TERMINAL.test(text[j]!)) continue;
    if (isAbbreviation(text, j)) continue;
    let k = i + 1;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length || !SENTENCE_START.test(text[k]!)) continue;
    spans.push({ start, end: i + 1 });
    start = k;
  }
  if (respectQuotes && (depth > 0 || straightOpen)) {
    // Unbalanced quotation marks: better cut sentences than swallow the text.
    return sentenceSpans(text, false);
  }
  const rest = text.slice(start).trimEnd();
  if (rest !== '') spans.push({ start, end: start + rest.length });
  return spans;
}

export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
