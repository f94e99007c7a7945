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

/**
 * isIntertitleLine of the lines joined by "\n", without joining many: the
 * title inside the dashes holds no line break, so lines joined (each trimmed,
 * none blank) read as one only when there are at most three (a dash alone,
 * the title, a dash alone).
 */
function joinedIsIntertitle(lines: string[]): boolean {
  return lines.length <= 3 && isIntertitleLine(lines.join('\n'));
}

export const dispatchUnwrap: Plugin<[], Root> = function () {
  return (tree) => {
    if (!isWrapped(tree.children)) return;
    const joined: RootContent[] = [];
    // The lines joined to the last paragraph so far, joined once at the end:
    // adding each to a growing string and testing it again made a file of
    // thousands of wrapped lines without a blank one quadratic (the regular
    // expression copies the whole string each time).
    let lines: string[] = [];
    const flush = () => {
      const previous = joined[joined.length - 1];
      if (lines.length > 1 && previous?.type === 'paragraph' && previous.children[0]?.type === 'text') previous.children[0].value = lines.join('\n');
    };
    for (const node of tree.children) {
      const previous = joined[joined.length - 1];
      const text = textOf(node);
      if (previous?.type === 'paragraph' && node.type === 'paragraph' && !node.data?.afterBlank && !isIntertitleLine(text) && !joinedIsIntertitle(lines)) {
        const target = previous.children[0];
        if (target?.type === 'text') {
          // Keep the line break in the value so positions still map to the file.
          lines.push(text);
          if (previous.position && node.position) previous.position.end = node.position.end;
          if (target.position && node.position) target.position.end = node.position.end;
          continue;
        }
      }
      flush();
      joined.push(node);
      lines = [text];
    }
    flush();
    tree.children = joined;
  };
};
