// Wire footer: the signature (`bur-xyz/abc/ml`, `ly`) and the transmission
// line (`AFP 251432 NOV 14`), in either order, below the body.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { FOOTER, parseFooter } from '../dates.ts';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';

// Initials joined by slashes or hyphens; a lone word counts only in lower case
// and short, so that a last line of text is never taken for a signature.
const SIGNATURE = /^(?:[a-zA-Z]{1,8}(?:[-/][a-zA-Z0-9]{1,8}){1,8}\/?|[a-z]{2,5})$/;

export const dispatchFooter: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    // A one-line dispatch is all body, whatever it looks like.
    while (tree.children.length > 1) {
      const last = tree.children[tree.children.length - 1]!;
      const text = textOf(last);
      if (data.footer === null && FOOTER.test(text)) {
        data.footer = text;
        const result = parseFooter(text);
        if (result && !result.ok) {
          report(file, 'error', `date de la ligne « ${text} » impossible : ${result.reason}`, last.position, 'date-impossible');
        } else if (result) {
          data.footerDate = { ...result.date, from: 'footer', position: last.position };
        }
      } else if (data.signature === null && SIGNATURE.test(text)) {
        data.signature = text;
      } else {
        break;
      }
      tree.children.pop();
    }
  };
};
