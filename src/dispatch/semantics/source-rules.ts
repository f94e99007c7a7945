// Where the information comes from, beyond who is quoted: an ordered list of
// small named rules, each reading one sentence and naming the sources it
// finds (tests/attribution-rules.test.ts runs each rule's examples; `→ source:`
// gives a source the example must name).
import { lastAtOrBefore, sentenceAt } from './document.ts';
import { CUE_G, FROM_SOURCE, QUOTE_ONLY_VERBS, REACHED_BY } from './lexicon.ts';
import { clauseStart, cuePhrase, npAfter, subjectBefore } from './phrases.ts';
import type { Party, Reading } from './reading.ts';
import { resolve } from './resolve.ts';
import { insideQuote, verbsIn } from './verbs.ts';
import { allMatches } from '../match-all.ts';

export interface SourceRule {
  id: string;
  /** The sources named in the sentence [from, to). */
  apply(r: Reading, from: number, to: number): Party[];
}

// "selon un bilan des sapeurs-pompiers", "según los resultados publicados por el gobierno": the body behind the document.
const DOCUMENT_OF =
  /^(?:(?:un|une|le|la|les|l['’]|des|los|las|el|the)\s+)?(?:bilan|communiqué|rapport|chiffres?|résultats?|estimations?|décompte|sondage|étude|statement|report|figures|resultados|cifras)(?:\s+[\p{Ll}]+)*?\s+(?:publiés?\s+par|publicados\s+por|published\s+by|de\s+l['’]|de\s+la|des|du|de|d['’]|of|by|del|de\s+los)(?![\p{L}])\s*/iu;

const some = (party: Party | null): Party[] => (party ? [party] : []);

export const SOURCE_RULES: SourceRule[] = [
  /**
   * selon-name: "selon X", "d'après X", "according to X", "según X" (a report's author behind "selon un bilan de").
   * @example Au moins onze personnes ont péri, selon un bilan provisoire des sapeurs-pompiers.
   * → source: sapeurs-pompiers
   * @example The vote was postponed, according to the European Commission.
   * → source: European Commission
   * @example La producción cayó un 4%, según el Instituto Nacional de Estadística.
   * → source: Instituto Nacional de Estadística
   */
  {
    id: 'selon-name',
    apply(r, from, to) {
      const found: Party[] = [];
      for (const m of allMatches(CUE_G, r.doc.text.slice(from, to))) {
        const at = from + m.index + m[0].length;
        if (insideQuote(r.quotes, at)) continue;
        const phrase = cuePhrase(r, at, to);
        if (!phrase) continue;
        let { np, at: npAt } = phrase;
        const document = DOCUMENT_OF.exec(np);
        if (document) {
          npAt += document[0].length;
          np = np.slice(document[0].length);
        }
        found.push(...some(resolve(r, np, npAt)));
      }
      return found;
    },
  },
  /**
   * from-source: "auprès de X", "a-t-on appris de source judiciaire".
   * @example Le suspect a été écroué, a-t-on appris mardi de source judiciaire.
   * → source: source judiciaire
   * @example Le chiffre a été confirmé auprès de la préfecture du Rhône.
   * → source: préfecture du Rhône
   */
  {
    id: 'from-source',
    apply(r, from, to) {
      const found: Party[] = [];
      for (const m of allMatches(FROM_SOURCE, r.doc.text.slice(from, to))) {
        const phrase = cuePhrase(r, from + m.index + m[0].length, to);
        // "auprès des pompiers" is "les pompiers": the article, not a partitive.
        const np = phrase?.np.replace(/^es\s/, 'les ').replace(/^u\s/, 'le ');
        if (phrase && np) found.push(...some(resolve(r, np, phrase.at + (np.length - phrase.np.length))));
      }
      return found;
    },
  },
  /**
   * reached-by-afp: ", joint par l'AFP": the person or body before it is a source.
   * @example Mamadou Sall, joint par l'AFP à l'hôpital, a décrit une chute brutale.
   * → source: Mamadou Sall
   */
  {
    id: 'reached-by-afp',
    apply(r, from, to) {
      const found: Party[] = [];
      for (const m of allMatches(REACHED_BY, r.doc.text.slice(from, to))) {
        const at = from + m.index;
        const subject = subjectBefore(r, { at, end: at, form: '' }, clauseStart(r, sentenceAt(r.doc, at).start, at));
        if (subject) found.push(...some(resolve(r, subject.np, subject.at)));
      }
      return found;
    },
  },
  /**
   * alert-parenthesis: an alert ends with its source in parentheses.
   * @example Le Premier ministre a présenté sa démission (Matignon).
   * → source: Matignon
   */
  {
    id: 'alert-parenthesis',
    apply(r, from, to) {
      const text = r.doc.text.slice(from, to);
      const trailing = /\(([\p{Lu}][^()]{1,60})\)\s*[.]?\s*$/u.exec(text);
      if (!trailing || /^[\p{Lu}]{2,}$/u.test(trailing[1]!) || r.names.acronyms.has(trailing[1]!)) return [];
      return some(resolve(r, trailing[1]!, from + trailing.index + 1));
    },
  },
  /**
   * verb-subject-or-inverted: the subject of a reporting verb ("L'OSDH a indiqué …"), or the name after it when
   * the verb follows a clause ("…, a indiqué l'OSDH"); the verbs that report only around a quote ("lancer") excepted.
   * @example Deux policiers ont été blessés, a indiqué la Direction départementale de la sécurité publique.
   * → source: Direction départementale de la sécurité publique
   * @example Le parquet de Lyon a annoncé l'ouverture d'une enquête.
   * → source: parquet de Lyon
   * @example Queen Elizabeth II died on Thursday, Buckingham Palace announced.
   * → source: Buckingham Palace
   * @example El gobierno anunció nuevas medidas, informó el ministerio de Salud.
   * → source: ministerio de Salud
   */
  {
    id: 'verb-subject-or-inverted',
    apply(r, from, to) {
      const doc = r.doc;
      const found: Party[] = [];
      for (const verb of verbsIn(doc, from, to, r.quotes)) {
        // "appris auprès de" is read above; "…, en précisant" belongs to the speaker already named.
        if (/^(?:appris)$/i.test(verb.form) || /ant$/i.test(verb.form)) continue;
        // "La Russie a lancé une invasion": these verbs report speech only around a quote.
        const sentence = sentenceAt(doc, verb.at);
        if (QUOTE_ONLY_VERBS.test(verb.form)) {
          const q = r.quotes[lastAtOrBefore(r.quotes, sentence.end - 1, (x) => x.open)];
          if (!q || q.close < sentence.start) continue;
        }
        const start = clauseStart(r, sentence.start, verb.at);
        const between = doc.text.slice(start, verb.at);
        if (
          /-t-(?:il|elle|on)\s*$|(?:^|\s)(?:a|ont)-(?:ils|elles)\s*$/iu.test(between) ||
          /^-t-|^-(?:il|elle|ils|elles|on)(?![\p{L}])/iu.test(doc.text.slice(verb.end, verb.end + 8))
        )
          continue;
        // "…, a indiqué l'OSDH": inverted after a clause (it has its own verb) or a quote.
        const tail = /,\s*(?:(?:a|ont|avait|avaient|s['’]est)\s+)?(?:[\p{Ll}'’-]+ment\s+)?$/u.exec(between);
        const clauseBefore = tail ? doc.text.slice(sentence.start, verb.at - tail[0].length) : '';
        const inverted =
          tail !== null &&
          (/["»”]\s*$/.test(clauseBefore) ||
            /(?<![\p{L}'’])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fait|font|va|vont|doit|peut|has|have|had|was|were|is|are|ha|han|es|fue|[\p{L}]+(?:ait|aient|ó|aron|ieron))(?![\p{L}])/u.test(
              clauseBefore,
            ));
        if (inverted) {
          // "…, X told public broadcaster NRK": after "told", the one who listened.
          if (/^(?:told|tells)$/i.test(verb.form)) continue;
          const { np, at, pronoun } = npAfter(r, verb.end, to);
          if (!pronoun) found.push(...some(resolve(r, np, at)));
          continue;
        }
        const subject = subjectBefore(r, verb, start);
        if (subject) found.push(...some(resolve(r, subject.np, subject.at)));
      }
      return found;
    },
  },
];

/** The sources a sentence names, each with the id of the rule that found it. */
export function sourcesIn(r: Reading, from: number, to: number): Party[] {
  return SOURCE_RULES.flatMap((rule) => rule.apply(r, from, to).map((party) => ({ ...party, rule: rule.id })));
}
