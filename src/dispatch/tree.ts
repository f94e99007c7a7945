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

/** The position of `value.slice(from, to)` inside a node that starts at `start`. */
export function slicePosition(start: Point, value: string, from: number, to: number): Position {
  const begin = advance(start, value.slice(0, from));
  return { start: begin, end: advance(begin, value.slice(from, to)) };
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
