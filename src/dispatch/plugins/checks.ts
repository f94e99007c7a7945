// Checks on the whole dispatch once it is read: is there a text to publish,
// and is its length plausible for agency copy?
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';

// One pass over the characters: splitting every paragraph into words and
// testing each with an expression was 4% of a dispatch's parse.
const LETTER_AT = /\p{L}/uy;
const SPACES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** `\s` of regular expressions. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : SPACES.has(c) || (c >= 0x2000 && c <= 0x200a));
}

function isLetterOrDigit(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** Words as readers count them: what stands between spaces (`\s`) and holds a letter or a digit. */
export function countWords(texts: string[]): number {
  let n = 0;
  for (const text of texts) {
    let word = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (word) n++;
        word = false;
      } else if (!word && isLetterOrDigit(text, i, c)) word = true;
    }
    if (word) n++;
  }
  return n;
}

// A FLASH or ALERTE is one line; other copy under this many words is
// probably cut. Longer than the longest features is probably two files glued.
const SHORT_WORDS = 12;
const LONG_WORDS = 5000;

export const dispatchChecks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    const paragraphs = tree.children.filter((n) => n.type === 'paragraph');
    const start = tree.position?.start;
    const place = start ? { start, end: start } : undefined;
    if (String(file.value).trim() === '') {
      report(file, 'error', 'fichier vide : rien à publier', place, 'file-empty');
      return;
    }
    if (paragraphs.length === 0) {
      report(file, 'error', "aucun texte après l'en-tête : la dépêche n'a pas de corps", place, 'body-missing');
      return;
    }
    const words = countWords(paragraphs.map(textOf));
    data.wordCount = words;
    const brief = data.priority === 'FLASH' || data.priority === 'ALERTE' || data.priority === 'URGENT';
    if (words < SHORT_WORDS && !brief) {
      report(file, 'warning', `texte très court (${words} mots) : dépêche tronquée ?`, paragraphs[0]!.position, 'body-short');
    } else if (words > LONG_WORDS) {
      report(file, 'warning', `texte très long (${words} mots) : plusieurs dépêches dans un même fichier ?`, paragraphs[0]!.position, 'body-long');
    }
  };
};
