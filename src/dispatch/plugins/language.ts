// Language with franc's models and answer (ISO 639-3; language-guess.ts says
// why not franc's own function), given to pages as ISO 639-1. Restricting the
// guess to the languages an agency files in keeps short dispatches right.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { languageGuesser } from '../language-guess.ts';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';

export const ISO639_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', arb: 'ar', rus: 'ru',
};
const ONLY = Object.keys(ISO639_1);
const guess = languageGuesser(ONLY, 20);
// Three hundred characters settle the language (the same answer as 600 on
// every fixture and on 10,000 generated dispatches); the guess's cost grows
// with the text, and the text of the paragraphs beyond is not made.
const GUESS_LENGTH = 300;
const NAMES: Record<string, string> = { en: 'anglais', es: 'espagnol', de: 'allemand', it: 'italien', pt: 'portugais', nl: 'néerlandais', ar: 'arabe', ru: 'russe' };

export const dispatchLanguage: Plugin<[], Root> = function () {
  return (tree, file) => {
    const data = dispatchData(file);
    let text = data.title ?? '';
    for (const child of tree.children) {
      if (text.length >= GUESS_LENGTH) break;
      text += '\n' + textOf(child);
    }
    text = text.slice(0, GUESS_LENGTH);
    const code = guess(text);
    data.language = ISO639_1[code] ?? 'und';
    if (tree.children.length === 0) return;
    if (data.language === 'und') {
      report(file, 'warning', 'langue indéterminée (texte trop court ?) : la page sera marquée en français', tree.children[0]?.position, 'language-undetermined');
    } else if (data.language !== 'fr') {
      report(file, 'warning', `dépêche en ${NAMES[data.language] ?? data.language}, pas en français : vérifier qu'elle est à sa place dans l'archive`, tree.children[0]?.position, 'language-not-french');
    }
  };
};
