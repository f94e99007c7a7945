// A name or nothing: the last gate before a source, a speaker or an entity is
// published (each becomes a page a reader meets). Whatever rule found it, a
// name is first tidied (an apposition or a leading "du" dropped), then
// checked by small named checks; one that refuses it drops it, and a quote
// keeps its words with no speaker. Each check's examples run as tests
// (tests/attribution-rules.test.ts): `→ refused` or `→ NAME` (what is kept).
import { CLAUSE_VERB, COLLECTIVE_SOURCES, COUNT, FUNCTION_WORDS, NOT_ORG_ACRONYMS, OFFICIAL_WORDS, ORG_HEADS, STANDALONE_INSTITUTIONS } from './lexicon.ts';
import { fold } from '../dates.ts';
import { REPORTING_VERB } from './lexicon.ts';

const REPORTING_VERB_WORD = new RegExp(`^(?:${REPORTING_VERB.source})$`, 'iu');
import { wordCount } from '../words.ts';

export interface NameCheck {
  id: string;
  refuses(name: string): boolean;
}

export const NAME_CHECKS: NameCheck[] = [
  /**
   * no-count: counts and quantities.
   * @example Au moins 12 personnes
   * → refused
   * @example 42% des personnes interrogées
   * → refused
   * @example un échantillon de 1
   * → refused
   */
  {
    id: 'no-count',
    refuses: (name) => COUNT.test(name) || /^[\d.,\s%]+$/u.test(name) || /(?<![\p{L}])(?:échantillon|sample|muestra)(?![\p{L}])/iu.test(name),
  },
  /**
   * no-grammar: pieces of grammar are not names.
   * @example a-t-il
   * → refused
   * @example glissait-on dans les rangs de la gauche après l'
   * → refused
   * @example The
   * → refused
   * @example lesquelles un
   * → refused
   * @example a la salida del pleno
   * → refused
   */
  {
    id: 'no-grammar',
    refuses: (name) =>
      /[\p{L}]-(?:t-)?(?:il|elle|on|ils|elles)(?![\p{L}])|^(?:a|ont)-(?:ils|elles)/iu.test(name) ||
      /\s(?:l|d|qu|j|n|s|c)['’]$/iu.test(name) ||
      /^(?:et|mais|ou|donc|car|qui|que|qu['’]|dont|lesquel(?:le)?s?|laquelle|lequel|and|but|or|who|which|pero|a\s+(?:la|las|los|el)|à|au|aux|de|desde|its|their|his|her)(?:\s|$)/iu.test(
        name,
      ) ||
      /\s(?:y|et|and|de|du|des|of|the|la|le|les|el|los|las|un|une|à|a|au|aux)$/iu.test(name) ||
      name.split(/\s+/).every((w) => FUNCTION_WORDS.has(fold(w))),
  },
  /**
   * no-clause: a phrase with a verb of its own, or that runs on.
   * @example les postes concernés se trouvent sur le site de Meyrin
   * → refused
   * @example national disaster agency gave a lower toll of 674
   * → refused
   * @example Bruxelles propose de suspendre les droits de douane sur les engrais importés
   * → refused
   * @example said a veteran guide at base camp
   * → refused
   * @example Kenyan doctors on Tuesday called off a nationwide strike
   * → refused
   */
  {
    id: 'no-clause',
    refuses: (name) =>
      CLAUSE_VERB.test(name) ||
      /(?<![\p{L}])(?:would|could|should|will|gave|sent|propose|proposent|continue|continuent|passe|passent|reste|restent|devient|deviennent|qui|que|which|who|that)(?![\p{L}])/iu.test(
        name,
      ) ||
      wordCount(name) > 10 ||
      // "Kenyan doctors on Tuesday called off a strike": a day, or a past tense with its object, makes a sentence.
      /\s(?:on|el|le|ce)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu.test(
        name,
      ) ||
      /\s[\p{Ll}]{3,}ed\s+(?:off|up|out|on|for|a|an|the|to|its|their|his|her)\s/u.test(name) ||
      name.split(/\s+/).some((w) => /^[\p{Ll}]/u.test(w) && REPORTING_VERB_WORD.test(w)) ||
      /\s[-–—]\s/.test(name),
  },
  /**
   * no-bare-common-noun: one common noun alone is not a name ("la chaîne", "the direction"), but for bodies a reader knows by their noun (police, secours, gouvernement).
   * @example chaîne
   * → refused
   * @example reporters
   * → refused
   * @example police
   * → police
   */
  {
    id: 'no-bare-common-noun',
    refuses: (name) => /^[\p{Ll}][\p{Ll}'’-]*$/u.test(name) && !OFFICIAL_WORDS.test(name) && !COLLECTIVE_SOURCES.has(fold(name)),
  },
  /**
   * no-bare-head: an organisation's head word alone is a truncated name ("Cour", "Stade", "Institut national").
   * @example Stade
   * → refused
   * @example Institut national
   * → refused
   * @example Sénat
   * → Sénat
   */
  {
    id: 'no-bare-head',
    refuses: (name) => {
      const words = name.split(/\s+/);
      if (STANDALONE_INSTITUTIONS.has(fold(name))) return false;
      return (
        /^[\p{Lu}]/u.test(name) &&
        ORG_HEADS.has(fold(words[0]!)) &&
        (words.length === 1 ||
          (words.length === 2 && /^(?:national|nationale|central|centrale|régional|régionale|général|générale|international|internationale)$/u.test(words[1]!)))
      );
    },
  },
  /**
   * no-noise-acronym: codes that are not bodies (GMT, CFA, TVA).
   * @example GMT
   * → refused
   * @example CFA
   * → refused
   */
  {
    id: 'no-noise-acronym',
    refuses: (name) => NOT_ORG_ACRONYMS.has(name),
  },
];

/**
 * "Côte d'Ivoire, premier producteur mondial" → "Côte d'Ivoire"; "main opposition party, the Democratic Alliance" → "Democratic Alliance";
 * "du Sénat" → "Sénat"; "Banque de France publiés" → "Banque de France"; "Nepal's Department of Tourism" → "Department of Tourism"; "Conseil café-cacao (CCC)" → "Conseil café-cacao".
 */
export function tidyName(name: string): string {
  let out = name.trim().replace(/\s+/g, ' ');
  // A capitalised name after a leading "du", "de la": the name.
  out = out.replace(/^(?:du|de la|de l['’]|des|d['’])\s*(?=[\p{Lu}])/u, '');
  // "Nepal's Department of Tourism": the body, not its country's possessive.
  out = out.replace(/^[\p{Lu}][\p{L}-]*['’]s\s+(?=[\p{Lu}])/u, '');
  // An apposition after a comma describes what the name names; "main opposition party, the Democratic Alliance" names it last.
  const comma = out.indexOf(', ');
  if (comma > 0 && /[\p{Lu}]/u.test(out.slice(0, comma))) out = out.slice(0, comma);
  else if (comma > 0 && /^(?:(?:the|le|la|les|l['’]|el|los|las)\s*)?[\p{Lu}]/u.test(out.slice(comma + 2)))
    out = out.slice(comma + 2).replace(/^(?:the|le|la|les|l['’]|el|los|las)\s*/u, '');
  // "une habitante de Roanne venue": a participle closing a description starts what it did next.
  out = out.replace(/^((?:une?|des|a|an|una)\s+\S+.*?)\s+[\p{Ll}]+(?:é|ée|és|ées|u|ue|us|ie|is)$/u, '$1');
  // "Banque de France publiés": a participle after the name is the sentence's, not the name's.
  out = out.replace(/(?:\s+(?:publiée?s?|réalisée?s?|diffusée?s?|communiquée?s?|released|published|publicad[oa]s?))+$/u, '');
  // An acronym in parentheses is kept apart, as the source's acronym.
  out = out.replace(/\s*\([^()]{1,12}\)$/u, '');
  return out.trim();
}

// The same names recur from one dispatch to the next: each is checked once. Bounded: emptied when full.
const verdicts = new Map<string, string | null>();

/** The name to publish, tidied, or null when a check refuses it. */
export function publishable(name: string | null | undefined): string | null {
  if (!name) return null;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    const tidy = tidyName(name);
    verdict = tidy === '' || NAME_CHECKS.some((check) => check.refuses(tidy)) ? null : tidy;
    if (verdicts.size >= 50_000) verdicts.clear();
    verdicts.set(name, verdict);
  }
  return verdict;
}

/** The id of the check that refuses a name, for `--explain` and the tests. */
export function refusedBy(name: string): string | null {
  const tidy = tidyName(name);
  return NAME_CHECKS.find((check) => check.refuses(tidy))?.id ?? null;
}
