// Who said the words of a quote: an ordered list of small named rules, the
// first that answers wins (remark-lint's model: one job a rule, its examples
// in its doc comment, run as tests by tests/attribution-rules.test.ts).
// A rule answers a Party (the speaker), null (the text says nobody can be
// named: "a-t-on appris"), or undefined (it does not apply; the next one
// tries). In examples, `→` gives the expected speaker, `→ null` none.
import { paragraphAt } from './document.ts';
import { CUE } from './lexicon.ts';
import { cuePhrase, mainSubject, npAfter, subjectBefore } from './phrases.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Party, Reading } from './reading.ts';
import { resolve } from './resolve.ts';
import { auxiliariesOnly, pronounSpeaker, quoteClauseStart, sceneOf, verbBeforeQuote, withoutScene, type Attributed, type SpeakerRule } from './scene.ts';
import { verbsIn } from './verbs.ts';
import { fold } from '../dates.ts';
import { wordCount } from '../words.ts';

export const SPEAKER_RULES: SpeakerRule[] = [
  /**
   * quote-then-selon: the source named after the quote by "selon", "d'après", "according to", "según".
   * @example « La situation reste très tendue », selon le maire de Gao, Abdoulaye Maïga.
   * → Abdoulaye Maïga
   * @example "The talks have stalled," according to a senior diplomat.
   * → a senior diplomat
   * @example "La frontera seguirá cerrada", según el ministro del Interior, Carlos Ruiz.
   * → Carlos Ruiz
   */
  {
    id: 'quote-then-selon',
    apply(s) {
      const cue = /^(?:selon|d['’]après|according to|según)\s+/iu.exec(s.rest);
      if (!cue) return undefined;
      const { np, at } = npAfter(s.r, s.afterAt + cue[0].length, s.afterEnd);
      return resolve(s.r, np, at) ?? undefined;
    },
  },
  /**
   * pronoun-inversion: "a-t-il ajouté", "poursuit-elle" after the quote: the last person (or source) named.
   * @example Le maire de Tours, Paul Mercier, est arrivé sur place. « Nous reconstruirons », a-t-il promis.
   * → Paul Mercier
   * @example Irina Volkova a quitté la salle. « Je ne signerai rien », poursuit-elle.
   * → Irina Volkova
   * @example « Les négociations reprendront lundi », a-t-on appris.
   * → null
   */
  {
    id: 'pronoun-inversion',
    apply(s) {
      const aux = auxiliariesOnly(s);
      if (aux?.inverted) return pronounSpeaker(s, (aux.inverted[1] ?? aux.inverted[2]!).toLowerCase());
      if (!aux) return undefined;
      const { pronoun } = npAfter(s.r, s.verb!.end, s.afterEnd);
      return pronoun ? pronounSpeaker(s, pronoun) : undefined;
    },
  },
  /**
   * quote-then-verb-then-name: the speaker named after an inverted reporting verb.
   * @example « Le dialogue est rompu », a déclaré le porte-parole du gouvernement, Olivier Texier.
   * → Olivier Texier
   * @example "We will not give in," said Interior Minister John Carter.
   * → John Carter
   * @example "No hay marcha atrás", afirmó la alcaldesa Sofía Romero.
   * → Sofía Romero
   */
  {
    id: 'quote-then-verb-then-name',
    apply(s) {
      if (!auxiliariesOnly(s)) return undefined;
      const { np, at } = npAfter(s.r, s.verb!.end, s.afterEnd);
      return np === '' ? undefined : (resolve(s.r, withoutScene(s, np, at), at) ?? undefined);
    },
  },
  /**
   * dropped-subject: Spanish drops the subject after the verb ("…", declaró.): the person just named.
   * @example El ministro Carlos Ruiz visitó la zona. "Vamos a reconstruir todo", declaró.
   * → Carlos Ruiz
   */
  {
    id: 'dropped-subject',
    apply(s) {
      if (!auxiliariesOnly(s)) return undefined;
      const { np, pronoun } = npAfter(s.r, s.verb!.end, s.afterEnd);
      return np === '' && !pronoun ? s.r.lastPerson(s.q.open) : undefined;
    },
  },
  /**
   * quote-then-any-inversion: right after a quote, French inverts its attribution whatever the verb, known to the lists or not:
   * "a + participle + subject" ("…», a pesté une habitante") or a verb with its pronoun ("…», s'emporte-t-il").
   * @example « Deux heures de route pour rien ! », a pesté une habitante de Roanne venue avec sa fille.
   * → une habitante de Roanne
   * @example Le maire, Paul Mercier, a quitté la salle. « C'est tout simplement inacceptable », s'emporte-t-il.
   * → Paul Mercier
   */
  {
    id: 'quote-then-any-inversion',
    apply(s) {
      if (!/^,/u.test(s.doc.text.slice(s.q.close + 1).trimStart())) return undefined;
      const pronoun = /^(?:s['’])?[\p{Ll}]+(?:-t)?-(il|elle|on)(?![\p{L}])/u.exec(s.rest);
      if (pronoun) return pronounSpeaker(s, pronoun[1]!);
      const participle = /^(?:a|ont)\s+(?:[\p{Ll}]+ment\s+)?[\p{Ll}]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us)\s+(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|[\p{Lu}]))/u.exec(s.rest);
      if (!participle) return undefined;
      const { np, at } = npAfter(s.r, s.afterAt + participle[0].length, s.afterEnd);
      return np === '' ? undefined : (resolve(s.r, withoutScene(s, np, at), at) ?? undefined);
    },
  },
  /**
   * quote-then-name-then-verb: English puts the speaker before the verb after the quote.
   * @example "The canal is open again," authority chairman Osama Rabie told reporters.
   * → Osama Rabie
   */
  {
    id: 'quote-then-name-then-verb',
    apply(s) {
      if (!s.verb || auxiliariesOnly(s)) return undefined;
      const between = s.doc.text.slice(s.afterAt, s.verb.at).trim();
      const fits = wordCount(between) <= 6 && !/[.;:!?]/.test(between) && (/^[\p{Lu}]|^(?:the|a|an)\s/u.test(between) || s.r.mentionsIn(s.afterAt, s.verb.at).some((m) => m.kind === 'person'));
      return fits ? (resolve(s.r, between, s.afterAt) ?? undefined) : undefined;
    },
  },
  /**
   * quote-then-name-apposition-then-verb: after the quote, a name, what the person is between commas, then the verb.
   * @example "The chemicals exploded one after another," Mahbub Hossain, a fire officer who led one of the crews, told AFP.
   * → Mahbub Hossain
   * @example "No podemos más", Lucía Andrade, una maestra de 45 años, dijo a la AFP.
   * → Lucía Andrade
   */
  {
    id: 'quote-then-name-apposition-then-verb',
    apply(s) {
      const verb = verbsIn(s.doc, s.afterAt, Math.min(s.afterEnd, s.afterAt + 240), s.r.quotes)[0];
      if (!verb) return undefined;
      const between = s.doc.text.slice(s.afterAt, verb.at);
      const parts = /^([^,]{2,60}),\s+([^"«»“”]{2,200}),\s*$/u.exec(between);
      if (!parts || !/^[\p{Lu}]/u.test(parts[1]!)) return undefined;
      const person = s.r.mentionsIn(s.afterAt, s.afterAt + parts[1]!.length + 1).find((m) => m.kind === 'person');
      if (!person) return undefined;
      const party = resolve(s.r, parts[1]!, s.afterAt);
      return party?.type === 'person' ? { ...party, role: party.role ?? parts[2]!.trim().replace(/^(?:a|an|the|un|una|el|la)\s+/iu, '') } : undefined;
    },
  },
  /**
   * quote-then-pronoun-verb: English and Spanish put the pronoun before the verb after the quote: the last person named.
   * @example Rahima Khatun works at the hospital. "Some of the patients could not even tell us their names," she said.
   * → Rahima Khatun
   */
  {
    id: 'quote-then-pronoun-verb',
    apply(s) {
      if (!s.verb) return undefined;
      const between = s.doc.text.slice(s.afterAt, s.verb.at).trim().toLowerCase();
      return /^(?:he|she|ella|él)$/.test(between) ? pronounSpeaker(s, between) : undefined;
    },
  },
  /**
   * quote-then-clause-then-verb: a sentence-final attribution further on.
   * @example « Tout sera rétabli avant ce soir », en fin de matinée, a précisé la préfète, Hélène Marchand.
   * → Hélène Marchand
   */
  {
    id: 'quote-then-clause-then-verb',
    apply(s) {
      const late = /,\s*(?:(?:a|ont|avait|avaient)\s+)?(?:[\p{L}'’-]+\s+)?$/u;
      for (const v of verbsIn(s.doc, s.afterAt, s.afterEnd, s.r.quotes)) {
        // "…, X told public broadcaster NRK": after "told", the one who listened.
        if (!late.test(s.doc.text.slice(s.afterAt, v.at)) || /^(?:told|tells)$/i.test(v.form)) continue;
        const { np, at, pronoun } = npAfter(s.r, v.end, s.afterEnd);
        if (pronoun) return pronounSpeaker(s, pronoun);
        const party = resolve(s.r, withoutScene(s, np, at), at);
        if (party) return party;
      }
      return undefined;
    },
  },
  /**
   * selon-name-then-quote: "Selon X, « … »", "Pour X, « … »", "According to X, …".
   * @example Pour la cheffe des députés écologistes, Fatou Ndiaye, « le texte est mort-né ».
   * → Fatou Ndiaye
   * @example According to the mayor, Paul Mercier, "the bridge will reopen next week".
   * → Paul Mercier
   * @example Según el portavoz Carlos Ruiz, "la situación está bajo control".
   * → Carlos Ruiz
   */
  {
    id: 'selon-name-then-quote',
    apply(s) {
      const intro = /^(?:selon|d['’]après|pour|according to|según|para)\s+/iu.exec(s.before);
      if (!intro) return undefined;
      const np = cuePhrase(s.r, s.open.start + intro[0].length, s.q.open);
      const party = np ? resolve(s.r, np.np, np.at) : null;
      return party && !(fold(intro[0]).startsWith('pour') && party.type === 'other' && wordCount(party.name) > 6) ? party : undefined;
    },
  },
  /**
   * participle-main-subject: "…, dénonçant « … »": the subject of the main clause.
   * @example Le syndicat Alliance a manifesté devant la préfecture, dénonçant « une violence devenue quotidienne ».
   * → Alliance
   */
  {
    id: 'participle-main-subject',
    apply(s) {
      const verb = verbBeforeQuote(s);
      return verb && /ant$/.test(verb.form) ? (mainSubject(s.r, s.open.start, verb.at) ?? undefined) : undefined;
    },
  },
  /**
   * name-verb-then-quote: "X a déclaré que « … »", "X a prévenu : « … »", "X said that "…"".
   * @example La ministre de la Santé, Claire Vidal, a assuré que « aucun service ne fermera cet été ».
   * → Claire Vidal
   * @example Le procureur Karim Benali a prévenu : « Aucune piste n'est écartée. »
   * → Karim Benali
   * @example Senator Ahmed Haddad said the bill was "dead on arrival in its current form".
   * → Ahmed Haddad
   */
  {
    id: 'name-verb-then-quote',
    apply(s) {
      const verb = verbBeforeQuote(s);
      if (!verb || /ant$/.test(verb.form)) return undefined;
      const inverted = npAfter(s.r, verb.end, s.q.open);
      if (inverted.pronoun) return resolve(s.r, inverted.pronoun, verb.at);
      const subject = subjectBefore(s.r, verb, quoteClauseStart(s));
      return subject ? (resolve(s.r, subject.np, subject.at) ?? undefined) : undefined;
    },
  },
  /**
   * selon-inside-sentence: "… a été décidé, selon X, « … »": a cue inside the quote's sentence.
   * @example La réunion a été annulée, selon Jean-Marc Lefort, « faute de participants ».
   * → Jean-Marc Lefort
   */
  {
    id: 'selon-inside-sentence',
    apply(s) {
      const cue = CUE.exec(s.before);
      if (!cue) return undefined;
      const { np, at } = npAfter(s.r, s.open.start + cue.index + cue[0].length, s.q.open);
      return resolve(s.r, np, at) ?? undefined;
    },
  },
  /**
   * name-role-colon: the layout of reactions and briefs, a name (its role in parentheses or after a comma) then a colon.
   * @example Julien Morvan (entraîneur de Chambéry) : « On a été très mauvais pendant trente minutes. »
   * → Julien Morvan
   * @example Théo Lacombe, demi-centre de Chambéry : « Ce public nous a portés. »
   * → Théo Lacombe
   * @example Un supporter rencontré à la sortie du stade : « Personne ne fera mieux ! »
   * → un supporter rencontré à la sortie du stade
   */
  {
    id: 'name-role-colon',
    apply(s) {
      const paragraph = paragraphAt(s.doc, s.q.open);
      if (s.open.start !== paragraph.at) return undefined;
      const layout = /^([^,:()«»"“”]{2,80}?)\s*(?:\(([^()]{1,80})\)|,\s*([^:«»"“”]{1,80}?))?\s*:\s*$/u.exec(s.before);
      if (!layout || verbsIn(s.doc, s.open.start, s.q.open, s.r.quotes).length > 0) return undefined;
      const party = resolve(s.r, layout[1]!, s.open.start);
      if (!party) return undefined;
      const role = (layout[2] ?? layout[3])?.trim();
      return role && party.type === 'person' && !party.role ? { ...party, role } : party;
    },
  },
  /**
   * same-speaker-goes-on: a quote with no attribution of its own continues the speaker before it.
   * @example « Nous tiendrons », a déclaré Paul Mercier. « Les renforts arrivent demain. »
   * → #2 Paul Mercier
   */
  {
    id: 'same-speaker-goes-on',
    apply(s) {
      const previous = s.previous;
      if (!previous?.speaker || s.q.open - previous.quote.close >= 400) return undefined;
      const between = s.doc.text.slice(previous.quote.close, s.q.open);
      const otherPerson = s.r.mentionsIn(previous.quote.close + 1, s.q.open).some((m) => m.kind === 'person' && m.name !== previous.speaker!.name);
      return !otherPerson || /^\s*[»"”]?\s*$/.test(between) ? previous.speaker : undefined;
    },
  },
  /**
   * sentence-subject: the person who is the subject of the quote's sentence.
   * @example Karim Benali est reparti avec « le sentiment du devoir accompli ».
   * → Karim Benali
   */
  {
    id: 'sentence-subject',
    apply(s) {
      const main = mainSubject(s.r, s.open.start, s.q.open);
      return main && main.type === 'person' ? main : undefined;
    },
  },
];

/** The speaker of a quote, with the id of the rule that named it; null when no rule can. */
export function speakerOf(r: Reading, q: QuoteSpan, previous: Attributed | undefined): Party | null {
  const scene = sceneOf(r, q, previous);
  for (const rule of SPEAKER_RULES) {
    const verdict = rule.apply(scene);
    if (verdict === undefined) continue;
    return verdict && { ...verdict, rule: rule.id };
  }
  return null;
}
