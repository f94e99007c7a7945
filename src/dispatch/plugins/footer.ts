// Wire footer: the signature (`bur-xyz/abc/ml`, `ly`) and the transmission
// line (`AFP 251432 NOV 14`), in either order, below the body.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { FOOTER, parseFooter } from '../dates.ts';
import { dispatchData, report } from '../messages.ts';
import { slicePosition, startOf, textOf } from '../tree.ts';

// Initials joined by slashes or hyphens; a lone word counts only in lower case
// and short, so that a last line of text is never taken for a signature.
const SIGNATURE = /^(?:[a-zA-Z]{1,8}(?:[-/][a-zA-Z0-9]{1,8}){1,8}\/?|[a-z]{2,5})$/;
// A signature glued to the end of the text, after its last sentence: `… a-t-il dit. abc/def/ghi`.
const TRAILING_SIGNATURE = /(?<=[.!?…»"”)])\s+([a-z]{1,8}(?:[-/][a-z0-9]{1,8})*\/[a-z0-9]{1,8}\/?)$/;

// Credit lines of republished copy, which are not text: `(©AFP / 17 mai 2018 17h59)`,
// `(Source AFP)`, `Avec AFP`, `J.D. avec AFP`, a bare `AFP`, a partner's `(Belga)`.
const AGENCY = String.raw`(?:AFP|Afp|afp|Belga|BELGA|awp|AWP|ATS|ats|Reuters|AP|EFE|dpa)`;
export const CREDIT = new RegExp(
  String.raw`^\(?\s*(?:©\s*|[Ss]ource\s*:?\s*)?${AGENCY}(?:\s*[/-]\s*${AGENCY})*(?:\s*\/\s*[^()]{1,40})?\s*\)?$` +
    String.raw`|^\(?(?:(?:[\p{Lu}]\.-?){1,4}\s*|[\p{Lu}][\p{Ll}-]+(?: [\p{Lu}][\p{Ll}-]+){0,2}\s+)?(?:[Aa]vec|[Ww]ith|[Cc]on)\s+(?:l['’])?${AGENCY}\)?$`,
  'u',
);

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
      } else if (CREDIT.test(text)) {
        // Dropped: the credit says where the copy came from, which the dateline's agency already says.
      } else {
        break;
      }
      tree.children.pop();
    }
    const last = tree.children[tree.children.length - 1];
    const glued = last?.type === 'paragraph' && data.signature === null ? TRAILING_SIGNATURE.exec(textOf(last)) : null;
    if (last?.type === 'paragraph' && glued) {
      data.signature = glued[1]!;
      const text = textOf(last);
      const node = last.children[0];
      if (node && node.type === 'text' && last.children.length === 1) {
        node.value = text.slice(0, glued.index);
        last.position = slicePosition(startOf(last), text, 0, glued.index);
        node.position = last.position;
      }
    }
  };
};
