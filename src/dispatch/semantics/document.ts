// The body as one string, paragraphs joined by a blank line, so that quotes
// running over paragraphs and "the last person named" are plain offsets.
// Each paragraph remembers where it starts in the file for diagnostics.
import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import { advance, startOf, textOf } from '../tree.ts';
import { sentenceSpans, type Span } from '../sentences.ts';

export interface Paragraph {
  section: number;
  paragraph: number;
  /** Offset of the paragraph in `Doc.text`. */
  at: number;
  text: string;
  /** As in the tree, hard-wrap joins still line breaks: positions are counted on it. */
  raw: string;
  start: Point;
}

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Span[];
}

export const PARAGRAPH_BREAK = '\n\n';

export function documentOf(tree: Root): Doc {
  const paragraphs: Paragraph[] = [];
  let section = 0;
  let paragraph = 0;
  let text = '';
  for (const node of tree.children) {
    if (node.type === 'heading') {
      section++;
      paragraph = 0;
    } else if (node.type === 'paragraph') {
      if (text !== '') text += PARAGRAPH_BREAK;
      // Hard-wrapped lines were joined with "\n": read them as spaces.
      const raw = textOf(node);
      const value = raw.replace(/\n/g, ' ');
      paragraphs.push({ section, paragraph, at: text.length, text: value, raw, start: startOf(node) });
      text += value;
      paragraph++;
    }
  }
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    for (const s of sentenceSpans(p.text)) sentences.push({ start: p.at + s.start, end: p.at + s.end });
  }
  return { text, paragraphs, sentences };
}

/** Index of the last item whose `key` is ≤ `offset` (items sorted by key), or -1. */
export function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function paragraphAt(doc: Doc, offset: number): Paragraph {
  return doc.paragraphs[
    Math.max(
      0,
      lastAtOrBefore(doc.paragraphs, offset, (p) => p.at),
    )
  ]!;
}

/** The sentence containing `offset`. */
export function sentenceAt(doc: Doc, offset: number): Span {
  const s = doc.sentences[lastAtOrBefore(doc.sentences, offset, (x) => x.start)];
  if (s && offset < s.end) return s;
  const p = paragraphAt(doc, offset);
  return { start: p.at, end: p.at + p.text.length };
}

/** File position of a range of the document (line breaks inside paragraphs were joins). */
export function positionOf(doc: Doc, from: number, to: number): Position {
  const p = paragraphAt(doc, from);
  const local = from - p.at;
  const start = advance(p.start, p.raw.slice(0, local));
  return { start, end: advance(start, p.raw.slice(local, Math.min(to - p.at, p.raw.length))) };
}

/** A one-paragraph document for a line outside the body (the title). */
export function titleDocument(text: string): Doc {
  return {
    text,
    paragraphs: [{ section: 0, paragraph: 0, at: 0, text, raw: text, start: { line: 1, column: 1 } }],
    sentences: [{ start: 0, end: text.length }],
  };
}
