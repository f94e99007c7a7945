// Parser: a dispatch is plain text, so every non-blank line becomes a
// `paragraph` holding its characters as they were written. Nothing in the
// text is read as markup (no markdown, no HTML); `afterBlank` records the
// blank lines that separate paragraphs in wire copy.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { paragraph } from '../tree.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** The line follows a blank line (or starts the file). */
    afterBlank?: boolean;
  }
}

export const parseLines: Plugin<[], string, Root> = function () {
  this.parser = (document: string): Root => {
    const root: Root = { type: 'root', children: [] };
    let offset = 0;
    let line = 1;
    let afterBlank = true;
    for (const raw of document.split('\n')) {
      const lead = raw.length - raw.trimStart().length;
      const value = raw.trim();
      if (value === '') {
        afterBlank = true;
      } else {
        const start = { line, column: lead + 1, offset: offset + lead };
        const end = { line, column: lead + 1 + value.length, offset: offset + lead + value.length };
        root.children.push(paragraph(value, { start, end }, { afterBlank }));
        afterBlank = false;
      }
      offset += raw.length + 1;
      line += 1;
    }
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: line - 1, column: 1, offset: document.length },
    };
    return root;
  };
};
