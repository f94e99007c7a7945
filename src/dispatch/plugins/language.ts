// Language with franc's models and answer (ISO 639-3; language-guess.ts says
// why not franc's own function), given to pages as ISO 639-1. Restricting the
// guess to the languages an agency files in keeps short dispatches right.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { languageGuesser } from '../language-guess.ts';
import { dispatchData, report } from '../messages.ts';
import { textOf } from '../tree.ts';

export const ISO639_1: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  spa: 'es',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  arb: 'ar',
  rus: 'ru',
};
export interface LanguageOptions {
  /** The languages a dispatch may be in (ISO 639-3, as franc names them; each needs a 639-1 code above). */
  languages?: string[];
  /** Under this many characters the language is not guessed (`und`). */
  minLength?: number;
  /** How much of the text is read to guess it. */
  guessLength?: number;
}

// Three hundred characters settle the language (the same answer as 600 on
// every fixture and on 10,000 generated dispatches); the guess's cost grows
// with the text, and the text of the paragraphs beyond is not made.
export const LANGUAGE_DEFAULTS: Required<LanguageOptions> = { languages: Object.keys(ISO639_1), minLength: 20, guessLength: 300 };
const NAMES: Record<string, string> = {
  en: 'anglais',
  es: 'espagnol',
  de: 'allemand',
  it: 'italien',
  pt: 'portugais',
  nl: 'néerlandais',
  ar: 'arabe',
  ru: 'russe',
};

export const dispatchLanguage: Plugin<[LanguageOptions?], Root> = function (options = {}) {
  const { languages, minLength, guessLength: GUESS_LENGTH } = { ...LANGUAGE_DEFAULTS, ...options };
  const unknown = languages.filter((l) => !(l in ISO639_1));
  if (unknown.length > 0) throw new Error(`langues sans code ISO 639-1 connu : ${unknown.join(', ')}`);
  // Made once per processor: the models of the languages allowed.
  const guess = languageGuesser(languages, minLength);
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
      report(
        file,
        'warning',
        'langue indéterminée (texte trop court ?) : la page sera marquée en français',
        tree.children[0]?.position,
        'language-undetermined',
      );
    } else if (data.language !== 'fr') {
      report(
        file,
        'warning',
        `dépêche en ${NAMES[data.language] ?? data.language}, pas en français : vérifier qu'elle est à sa place dans l'archive`,
        tree.children[0]?.position,
        'language-not-french',
      );
    }
  };
};
