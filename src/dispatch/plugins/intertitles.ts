// Intertitles: `- Poutine s'implique -`, on a line of its own or inline
// between two sentences as in one-line copy. Each becomes a level-2 heading
// and is never part of a sentence.
import type { Plugin } from 'unified';
import type { Paragraph, Root, RootContent } from 'mdast';
import { intertitle, paragraph, slicePosition, startOf, textOf } from '../tree.ts';
import { allMatches } from '../match-all.ts';

const DASH = '[-–—]';
const OWN_LINE = new RegExp(`^${DASH}\\s*([^\\n]{1,100}?)\\s*${DASH}$`, 'u');
// Inline: after the end of a sentence (or at the start), a short title that
// opens with a capital, between spaced dashes, before a capital.
const INLINE = new RegExp(`(^|(?<=[.!?…»"”)])\\s+)${DASH}\\s+(\\p{Lu}[^\\n.–—]{0,98}?[^\\s\\-–—])\\s+${DASH}(?:\\s+(?=[\\p{Lu}\\d«"“])|$)`, 'gu');

export function isIntertitleLine(text: string): boolean {
  const m = OWN_LINE.exec(text);
  return m !== null && !/^\s*$/.test(m[1]!) && !/[.]$/.test(m[1]!);
}

/** The text of `node` between two intertitles, as a paragraph of its own (none when blank). */
function piece(out: RootContent[], node: Paragraph, text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value !== '') out.push(paragraph(value, slicePosition(startOf(node), text, from + lead, from + lead + value.length), node.data));
}

function splitInline(node: RootContent): RootContent[] {
  if (node.type !== 'paragraph') return [node];
  const text = textOf(node);
  const out: RootContent[] = [];
  let last = 0;
  const start = startOf(node);
  for (const m of allMatches(INLINE, text)) {
    const at = m.index;
    piece(out, node, text, last, at);
    const title = m[2]!;
    const titleAt = text.indexOf(title, at);
    out.push(intertitle(title, slicePosition(start, text, titleAt, titleAt + title.length)));
    last = at + m[0].length;
  }
  if (last === 0) return [node];
  piece(out, node, text, last, text.length);
  return out;
}

export const dispatchIntertitles: Plugin<[], Root> = function () {
  return (tree) => {
    const out: RootContent[] = [];
    for (const node of tree.children) {
      const text = textOf(node);
      if (node.type === 'paragraph' && isIntertitleLine(text)) {
        const title = OWN_LINE.exec(text)![1]!;
        const at = text.indexOf(title);
        out.push(intertitle(title, slicePosition(startOf(node), text, at, at + title.length)));
      } else {
        out.push(...splitInline(node));
      }
    }
    tree.children = out;
  };
};
