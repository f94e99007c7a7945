// The dispatch tree is plain mdast: `paragraph` nodes holding one `text` node
// each, and `heading` nodes (depth 2) for intertitles. Positions always point
// back into the file so that every diagnostic can name line and column.
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';

/** The one text value of a paragraph or heading built by our parser. */
export function textOf(node: RootContent): string {
  if (node.type !== 'paragraph' && node.type !== 'heading') return '';
  const first = node.children[0];
  return first && first.type === 'text' ? first.value : '';
}

/** Advance a point over `text`, counting lines as the file does. */
export function advance(start: Point, text: string): Point {
  let { line, column } = start;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { line, column, offset: start.offset === undefined ? undefined : start.offset + text.length };
}

// The line breaks of the last text sliced. A one-line dispatch of 5 MB is
// cut into thousands of paragraphs and intertitles, each placed by its
// offset in the same text: counting lines from the text's start for each
// (as `advance` does) made reading such a file quadratic (49 s for 5 MB).
// With the breaks found once, a place costs a binary search.
let indexed: string | undefined;
let breaks: number[] = [];

function breaksOf(value: string): number[] {
  if (value !== indexed) {
    breaks = [];
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks.push(i);
    indexed = value;
  }
  return breaks;
}

/** The point at offset `at` of `value`, a text that starts at `start`: what `advance(start, value.slice(0, at))` gives. */
export function pointAt(start: Point, value: string, at: number): Point {
  const b = breaksOf(value);
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const offset = start.offset === undefined ? undefined : start.offset + at;
  if (lo === 0) return { line: start.line, column: start.column + at, offset };
  return { line: start.line + lo, column: at - b[lo - 1]!, offset };
}

/** The position of `value.slice(from, to)` inside a node that starts at `start`. */
export function slicePosition(start: Point, value: string, from: number, to: number): Position {
  return { start: pointAt(start, value, from), end: pointAt(start, value, to) };
}

export function paragraph(value: string, position?: Position, data?: Paragraph['data']): Paragraph {
  const text: Text = { type: 'text', value, position };
  return { type: 'paragraph', children: [text], position, data };
}

export function intertitle(value: string, position?: Position): Heading {
  const text: Text = { type: 'text', value, position };
  return { type: 'heading', depth: 2, children: [text], position };
}

/** Start point of a node, or line 1 column 1 when it was built without one. */
export function startOf(node: { position?: Position }): Point {
  return node.position?.start ?? { line: 1, column: 1, offset: 0 };
}

export type { Root };
