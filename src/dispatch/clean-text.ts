// Characters a dispatch may hold but no page, feed or terminal should get,
// taken out once, where the text is read, each with a warning naming its
// line and column:
// - control characters (C0 but tab, line feed and carriage return; DEL; C1):
//   XML 1.0 forbids most of them, so one stray U+000B made the Atom and RSS
//   feeds unreadable, and HTML calls them parse errors. A vertical tab (Word's
//   line break), a form feed or NEL separates words: it becomes a space; the
//   others are removed.
// - noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of each
//   plane): XML forbids the first two, HTML reports them all.
// - lone surrogates (from damaged UTF-16): not text at all; each becomes
//   U+FFFD, as a decoder would make it.
// - combining marks stacked past eight on one letter ("zalgo" text, which
//   draws over the lines around it): the first eight are kept.
// - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//   U+2066–U+2069): an override in a name or a headline reversed the page's
//   own labels after it, and in places no markup can isolate (the <title>,
//   Open Graph tags, feed titles, JSON-LD, terminal messages). Stripping them
//   where the text is read protects every output at once, where <bdi> would
//   protect only the HTML the templates wrap. Right-to-left text itself needs
//   none of them (the Unicode algorithm orders Arabic or Hebrew by itself),
//   and the marks that only nudge neutral characters (U+200E, U+200F,
//   U+061C) cannot spill past their neighbours, so they stay.
import type { Diagnostic } from './article.ts';

export interface TextProblem {
  /** Offset in the text the problem was found in (UTF-16 units). */
  offset: number;
  rule: string;
  message: string;
}

const NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => {
  const base = (plane * 0x10000 + 0xfffe).toString(16);
  const last = (plane * 0x10000 + 0xffff).toString(16);
  return `\\u{${base}}\\u{${last}}`;
}).join('');
// With the u flag, a well-formed surrogate pair is one code point above
// U+FFFF: only lone surrogates fall in U+D800–U+DFFF.
const CLASS = `[\\0-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uD800-\\uDFFF${NONCHARACTERS}]`;
// Combining marks stacked on one letter past this ("zalgo" text) drew over
// the lines above and below; no script stacks more than a few.
const MARKS = 8;
const STACK = `([\\p{M}]{${MARKS}})[\\p{M}]+`;
// A run of one character (the NUL bytes a crash leaves) is one problem.
const UNWANTED = new RegExp(`(${CLASS})\\1*|${STACK}`, 'gu');
const ANY_UNWANTED = new RegExp(`${CLASS}|[\\p{M}]{${MARKS + 1}}`, 'u');

const NAMES: Record<number, string> = {
  0: 'caractère nul',
  11: 'tabulation verticale',
  12: 'saut de page',
  27: 'échappement',
  127: 'suppression',
  133: 'à la ligne (NEL)',
  8234: 'début d’enchâssement gauche à droite',
  8235: 'début d’enchâssement droite à gauche',
  8236: 'fin d’enchâssement',
  8237: 'forçage gauche à droite',
  8238: 'forçage droite à gauche',
  8294: 'isolat gauche à droite',
  8295: 'isolat droite à gauche',
  8296: 'isolat de première force',
  8297: 'fin d’isolat',
};

const SHOWN = 10;

export const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(c: number): { rule: string; what: string; replacement: string } {
  const name = NAMES[c] ? ` (${NAMES[c]})` : '';
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
    return { rule: 'bidi-control', what: `caractère de direction d’écriture ${codePoint(c)}${name}`, replacement: '' };
  }
  if (c >= 0xd800 && c <= 0xdfff) return { rule: 'control-character', what: `demi-caractère UTF-16 isolé ${codePoint(c)}`, replacement: '\uFFFD' };
  if (c >= 0xfdd0) return { rule: 'control-character', what: `non-caractère ${codePoint(c)}`, replacement: '' };
  return { rule: 'control-character', what: `caractère de contrôle ${codePoint(c)}${name}`, replacement: c === 0x0b || c === 0x0c || c === 0x85 ? ' ' : '' };
}

const DONE: Record<string, string> = { '': 'supprimé', ' ': 'remplacé par une espace', '\uFFFD': 'remplacé par « \uFFFD »' };
const ADVICE: Record<string, string> = {
  'control-character': 'invisible, il rendrait les flux Atom et RSS illisibles ; le retirer du fichier',
  'bidi-control': 'il retournerait le texte qui le suit sur les pages ; le retirer du fichier',
};

/** The text without what no output may carry; each removal as a problem at its offset in `text`. */
export function cleanText(text: string): { text: string; problems: TextProblem[] } {
  if (!ANY_UNWANTED.test(text)) return { text, problems: [] };
  const problems: TextProblem[] = [];
  const counts: Record<string, number> = {};
  const cleaned = text.replace(UNWANTED, (run: string, ch: string | undefined, kept: string | undefined, offset: number) => {
    if (ch === undefined) {
      const n = (counts['combining-marks'] = (counts['combining-marks'] ?? 0) + 1);
      if (n <= SHOWN)
        problems.push({
          offset,
          rule: 'combining-marks',
          message: `${[...run].length} signes diacritiques empilés sur une même lettre, ramenés à ${MARKS} : ils débordaient sur les lignes voisines ; corriger le texte`,
        });
      else if (n === SHOWN + 1) problems.push({ offset, rule: 'combining-marks', message: '' });
      return kept!;
    }
    const { rule, what, replacement } = describe(ch.codePointAt(0)!);
    const n = (counts[rule] = (counts[rule] ?? 0) + 1);
    const times = run.length / ch.length;
    if (n <= SHOWN) problems.push({ offset, rule, message: `${what} ${DONE[replacement]}${times > 1 ? `, ${times} fois de suite` : ''} : ${ADVICE[rule]}` });
    else if (n === SHOWN + 1) problems.push({ offset, rule, message: '' });
    return replacement.repeat(times);
  });
  // The last message of a rule past SHOWN counts the rest.
  for (const p of problems) {
    if (p.message !== '') continue;
    const rest = counts[p.rule]! - SHOWN;
    if (p.rule === 'combining-marks')
      p.message = `et ${rest} autre${rest > 1 ? 's' : ''} pile${rest > 1 ? 's' : ''} de signes diacritiques ramenée${rest > 1 ? 's' : ''} à ${MARKS} à partir d’ici`;
    else
      p.message =
        p.rule === 'bidi-control'
          ? `et ${rest} autre${rest > 1 ? 's' : ''} caractère${rest > 1 ? 's' : ''} de direction d’écriture supprimé${rest > 1 ? 's' : ''} à partir d’ici`
          : `et ${rest} autre${rest > 1 ? 's' : ''} caractère${rest > 1 ? 's' : ''} invisible${rest > 1 ? 's' : ''} retiré${rest > 1 ? 's' : ''} à partir d’ici`;
  }
  return { text: cleaned, problems };
}

/**
 * Problems as warnings at their line and column in `text`, counted as the
 * parser counts them once line ends are made "\n": "\r\n" and a lone "\r"
 * end a line like "\n", and a leading BOM is not a column.
 */
export function placeProblems(text: string, problems: TextProblem[]): Diagnostic[] {
  const sorted = [...problems].sort((a, b) => a.offset - b.offset);
  const out: Diagnostic[] = [];
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = lineStart;
  for (const p of sorted) {
    for (; i < p.offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ severity: 'warning', message: p.message, line, column: Math.max(1, p.offset - lineStart + 1), rule: p.rule });
  }
  return out;
}
