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
    let seenParagraph = false;
    tree.children.forEach((node) => {
      const text = textOf(node);
      if (node.type !== 'paragraph' || text.length <= limits.longParagraph) {
        out.push(node);
        seenParagraph ||= node.type === 'paragraph';
        return;
      }
      const spans = sentenceSpans(text);
      if (spans.length < 4) {
        out.push(node);
        seenParagraph = true;
        return;
      }
      // Read before it is set: only the text's first paragraph opens on its lede.
      const isLede = !seenParagraph;
      seenParagraph = true;
      for (const group of groupSentences(text, spans, isLede, limits)) {
        const from = group[0]!.start;
        const to = group[group.length - 1]!.end;
        out.push(paragraph(text.slice(from, to), slicePosition(startOf(node), text, from, to), node.data));
      }
      regrouped++;
    });
    if (regrouped > 0) {
      report(file, 'info', `texte sans paragraphes : découpé en paragraphes de deux ou trois phrases`, tree.children[0]?.position, 'paragraphs-inferred');
    }
    tree.children = out;
  };
};
