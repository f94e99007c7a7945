// Old wire copy is hard-wrapped near 69 columns, paragraphs separated by blank
// lines; newer copy puts one paragraph on a line. When the body is wrapped,
// the lines of a block are joined back into one paragraph.
import type { Plugin } from 'unified';
import type { Root, RootContent } from 'mdast';
import { textOf } from '../tree.ts';
import { isIntertitleLine } from './intertitles.ts';

const ENDS_SENTENCE = /[.!?…»"”:)]$/;

function isWrapped(nodes: RootContent[]): boolean {
  return nodes.some((node, i) => {
    if (i === 0 || node.type !== 'paragraph' || node.data?.afterBlank) return false;
    const previous = textOf(nodes[i - 1]!);
    return !ENDS_SENTENCE.test(previous) && !isIntertitleLine(previous) && !isIntertitleLine(textOf(node));
  });
}

export const dispatchUnwrap: Plugin<[], Root> = function () {
  return (tree) => {
    if (!isWrapped(tree.children)) return;
    const joined: RootContent[] = [];
    for (const node of tree.children) {
      const previous = joined[joined.length - 1];
      const text = textOf(node);
      if (
        previous?.type === 'paragraph' &&
        node.type === 'paragraph' &&
        !node.data?.afterBlank &&
        !isIntertitleLine(text) &&
        !isIntertitleLine(textOf(previous))
      ) {
        const target = previous.children[0];
        if (target?.type === 'text') {
          // Keep the line break in the value so positions still map to the file.
          target.value += '\n' + text;
          if (previous.position && node.position) previous.position.end = node.position.end;
          if (target.position && node.position) target.position.end = node.position.end;
          continue;
        }
      }
      joined.push(node);
    }
    tree.children = joined;
  };
};
