// Checks on the whole dispatch once it is read: is there a text to publish,
// and is its length plausible for agency copy?
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';
import { wordCount } from '../words.ts';

export interface ChecksOptions {
  /** Under this many words (FLASH, ALERTE and URGENT aside), a text is probably cut: `body-short`. */
  shortWords?: number;
  /** Over this many, probably two files glued: `body-long`. */
  longWords?: number;
}

// A FLASH or ALERTE is one line; other copy under this many words is
// probably cut. Longer than the longest features is probably two files glued.
export const CHECKS_DEFAULTS: Required<ChecksOptions> = { shortWords: 12, longWords: 5000 };

export const dispatchChecks: Plugin<[ChecksOptions?], Root> = function (options = {}) {
  const { shortWords, longWords } = { ...CHECKS_DEFAULTS, ...options };
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
    const words = paragraphs.reduce((n, p) => n + wordCount(textOf(p)), 0);
    data.wordCount = words;
    const brief = data.priority === 'FLASH' || data.priority === 'ALERTE' || data.priority === 'URGENT';
    if (words < shortWords && !brief) {
      report(file, 'warning', `texte très court (${words} mots) : dépêche tronquée ?`, paragraphs[0]!.position, 'body-short');
    } else if (words > longWords) {
      report(file, 'warning', `texte très long (${words} mots) : plusieurs dépêches dans un même fichier ?`, paragraphs[0]!.position, 'body-long');
    }
  };
};
