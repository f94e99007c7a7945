// One-line copy (like the archive's oldest dispatches) arrives as a single
// run of sentences. An agency paragraph is short: the lede is one sentence,
// the others two or three. Long runs are cut into such paragraphs; the
// paragraphs an editor wrote are kept as they are.
import type { Plugin } from 'unified';
import type { Root, RootContent } from 'mdast';
import { sentenceSpans, type Span } from '../sentences.ts';
import { paragraph, slicePosition, startOf, textOf } from '../tree.ts';
import { report } from '../messages.ts';

export interface ParagraphsOptions {
  /** A paragraph longer than this (in characters) is a run of sentences to cut. */
  longParagraph?: number;
  /** A paragraph is closed once it reaches this length… */
  targetLength?: number;
  /** …and before a sentence would take it past this one. */
  maxLength?: number;
}

export const PARAGRAPHS_DEFAULTS: Required<ParagraphsOptions> = { longParagraph: 600, targetLength: 220, maxLength: 450 };

// No paragraph of agency copy comes near this (the longest in the fixtures
// and 3,000 generated dispatches: 600 characters). A longer run with no
// sentence end (a pasted list, a file of words without punctuation, hard-
// wrapped lines with no full stop) is cut between two words: what comes
// after reads a sentence at a time, and a sentence as long as a whole file
// made reading it quadratic (a 1 MB file of capitalised words without a
// full stop took minutes and gigabytes). What follows a sentence costs in
// proportion to its length, so the bound is kept near the longest real ones.
export const HARD = 1000;

// A space, or the line break of a hard-wrapped line joined to the one before.
const isSpace = (code: number) => code === 32 || code === 10 || code === 9;

/** Cuts [from, to) of `text` into pieces of at most HARD characters, between words; a word longer than that stays whole. */
export function boundedPieces(text: string, from: number, to: number): Span[] {
  const pieces: Span[] = [];
  let start = from;
  while (to - start > HARD) {
    let cut = start + HARD;
    while (cut > start && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut === start) {
      cut = start + HARD;
      while (cut < to && !isSpace(text.charCodeAt(cut))) cut++;
      if (cut >= to) break;
    }
    pieces.push({ start, end: cut });
    start = cut + 1;
    while (start < to && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < to) pieces.push({ start, end: to });
  return pieces;
}

/** Group sentence spans into paragraphs; `lede` puts the first sentence alone. */
export function groupSentences(text: string, spans: Span[], lede: boolean, options: ParagraphsOptions = {}): Span[][] {
  const { targetLength, maxLength } = { ...PARAGRAPHS_DEFAULTS, ...options };
  const groups: Span[][] = [];
  let current: Span[] = [];
  const length = (g: Span[]) => (g.length === 0 ? 0 : g[g.length - 1]!.end - g[0]!.start);
  for (const span of spans) {
    const closeLede = lede && groups.length === 0 && current.length === 1;
    const wouldBe = current.length === 0 ? span.end - span.start : span.end - current[0]!.start;
    // A sentence that opens on a quotation starts its own paragraph, as at the agency.
    const opensQuote = /^["«“]/.test(text.slice(span.start, span.start + 1));
    if (current.length > 0 && (closeLede || opensQuote || current.length >= 3 || length(current) >= targetLength || wouldBe > maxLength)) {
      groups.push(current);
      current = [];
    }
    current.push(span);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export const dispatchParagraphs: Plugin<[ParagraphsOptions?], Root> = function (options = {}) {
  const limits = { ...PARAGRAPHS_DEFAULTS, ...options };
  return (tree, file) => {
    const out: RootContent[] = [];
    let regrouped = 0;
    let cut = 0;
    let seenParagraph = false;
    tree.children.forEach((node) => {
      const text = textOf(node);
      if (node.type !== 'paragraph' || text.length <= limits.longParagraph) {
        out.push(node);
        seenParagraph ||= node.type === 'paragraph';
        return;
      }
      const spans = sentenceSpans(text);
      // Read before it is set: only the text's first paragraph opens on its lede.
      const isLede = !seenParagraph;
      seenParagraph = true;
      const groups =
        spans.length < 4
          ? [{ start: 0, end: text.length }]
          : groupSentences(text, spans, isLede, limits).map((g) => ({ start: g[0]!.start, end: g[g.length - 1]!.end }));
      if (spans.length >= 4) regrouped++;
      const pieces = groups.flatMap((g) => (g.end - g.start > HARD ? boundedPieces(text, g.start, g.end) : [g]));
      if (pieces.length > groups.length) cut++;
      if (pieces.length === 1 && pieces[0]!.start === 0 && pieces[0]!.end === text.length) {
        out.push(node);
        return;
      }
      for (const { start: from, end: to } of pieces) {
        out.push(paragraph(text.slice(from, to), slicePosition(startOf(node), text, from, to), node.data));
      }
    });
    if (regrouped > 0) {
      report(file, 'info', `texte sans paragraphes : découpé en paragraphes de deux ou trois phrases`, tree.children[0]?.position, 'paragraphs-inferred');
    }
    if (cut > 0) {
      report(
        file,
        'info',
        `paragraphe de plus de ${HARD.toLocaleString('fr-FR')} caractères sans fin de phrase : coupé entre deux mots`,
        tree.children[0]?.position,
        'paragraph-cut',
      );
    }
    tree.children = out;
  };
};
