// The phrases around a reporting verb: the subject before it, the speaker
// named after it (with the adverbials between them left out), the phrase
// after "selon", and a role written in apposition. Each returns the words as
// written and where they start; resolve.ts says what they name.
import { isAbbreviation } from '../sentences.ts';
import { wordCount } from '../words.ts';
import { allMatches } from '../match-all.ts';
import {
  CLAUSE_BREAK,
  CUE_START,
  FINITE_VERB,
  INTRO,
  LEADING_ADVERBIAL,
  NOT_ROLE_START,
  PLACE_ADVERBIAL,
  NP_END,
  PARTICIPLE_PHRASE,
  RELATIVE,
  REPORTING_VERB,
  SUBJECT_TAIL,
} from './lexicon.ts';
import type { Party, Reading } from './reading.ts';
import { resolve } from './resolve.ts';
import type { VerbHit } from './verbs.ts';

/** Where a speaker named after the verb ends in `region`: the first NP_END, the period of a title or an initial excepted ("a ajouté M. Romero."), as the sentence splitter excepts it. */
function npEnd(region: string): number {
  NP_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NP_END.exec(region)) !== null) if (!(m[0] === '.' && isAbbreviation(region, m.index))) break;
  NP_END.lastIndex = 0;
  return m ? m.index : -1;
}

/** A role in apposition after a name: a bare noun phrase ("avocat de la famille", "maire de Tours"), closed by a comma or by the sentence's end. With an article or a verb it is as often the main clause ("selon Paul Martin, la ville a fait son travail"), and is left alone. */
function isRoleApposition(part: string, after: string): boolean {
  const t = part.trim();
  if (!/^[\p{Ll}][\p{L}'’-]*(?:\s+[\p{L}\d'’()-]+){0,7}$/u.test(t) || !/^\s*[,.]/.test(after)) return false;
  // One word like a participle is a state, not a role: "selon Paul Martin, déçu, …".
  if (!/\s/.test(t) && /(?:é|ée|és|ées|i|ie|is|ies|u|us|(?<![gq])ues?)$/u.test(t)) return false;
  return !NOT_ROLE_START.test(t) && !FINITE_VERB.test(t) && !PARTICIPLE_PHRASE.test(t) && !REPORTING_VERB.test(t);
}

/** The subject of a verb: the noun phrase that ends where the verb's auxiliaries begin. */
export function subjectBefore(r: Reading, verb: VerbHit, clauseStart: number): { np: string; at: number } | null {
  let region = r.doc.text.slice(clauseStart, verb.at);
  // Drop auxiliaries, negation, clitics and adverbs before the verb.
  let previous: string;
  do {
    previous = region;
    region = region.replace(SUBJECT_TAIL, '');
  } while (region !== previous && region !== '');
  region = region.replace(/\s*,\s*$/, '');
  // Only what is said before a complementizer is a subject ("X a dit que Y a …").
  if (/(?<![\p{L}])(?:que|qu['’]|that|que)\s/iu.test(region) && !/^\s*(?:selon|pour)/i.test(region)) {
    const cut = region.search(/(?<![\p{L}])(?:que|qu['’]|that)\s/iu);
    region = region.slice(0, cut);
    if (REPORTING_VERB.test(region)) return null;
  }
  // Apposition chain: "Le directeur du festival, Olivier Py,", intro parts dropped.
  const parts: { text: string; at: number }[] = [];
  let offset = clauseStart;
  for (const part of region.split(',')) {
    parts.push({ text: part, at: offset });
    offset += part.length + 1;
  }
  const kept: { text: string; at: number }[] = [];
  for (const part of parts) {
    const t = part.text.trim();
    if (t === '') continue;
    if (RELATIVE.test(t) || PARTICIPLE_PHRASE.test(t) || /^\(/.test(t)) continue;
    // "Selon le HCR, les syndicats ont prévenu": the cue's phrase is a source of its own (sourcesIn), not the subject.
    if ((INTRO.test(t) || CUE_START.test(t)) && kept.length === 0) continue;
    // A clause with its own verb before the subject: start again after it.
    kept.push(part);
  }
  // A clause with its own verb before the subject: the subject follows it
  // ("Queen Elizabeth II died …, Buckingham Palace announced").
  const clause = kept.findLastIndex(
    (part, k) => k < kept.length - 1 && /(?<![\p{L}])(?:a|ont|est|sont|était|avait|died|was|were|is|are|has|have)(?![\p{L}])/u.test(part.text),
  );
  if (clause !== -1) kept.splice(0, clause + 1);
  if (kept.length === 0) return null;
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const text = r.doc.text.slice(first.at, last.at + last.text.length);
  const lead = text.length - text.trimStart().length;
  const np = text.trim();
  if (np === '' || wordCount(np) > 18) return null;
  return { np, at: first.at + lead };
}

/** The speaker named after an inverted verb: "a souligné le directeur de l'OSDH, Rami Abdel Rahmane". */
export function npAfter(r: Reading, from: number, to: number): { np: string; at: number; pronoun: string | null } {
  let region = r.doc.text.slice(from, to);
  let at = from;
  const inversion = /^-t-(il|elle|on)|^-(il|elle|ils|elles|on)(?![\p{L}])/iu.exec(region);
  if (inversion) return { np: '', at, pronoun: (inversion[1] ?? inversion[2]!).toLowerCase() };
  let previous: string;
  do {
    previous = region;
    const trimmed = region.replace(/^[\s,]+/, '');
    at += region.length - trimmed.length;
    region = trimmed;
    const m = LEADING_ADVERBIAL.exec(region) ?? PLACE_ADVERBIAL.exec(region);
    if (m && m[0].length > 0) {
      at += m[0].length;
      region = region.slice(m[0].length);
    }
  } while (region !== previous);
  const stop = npEnd(region);
  const np = (stop === -1 ? region : region.slice(0, stop)).replace(/[\s,]+$/, '');
  return { np, at, pronoun: null };
}

/** The phrase after "selon": to the first comma, unless a name in apposition follows, or the role of the person it names. */
export function cuePhrase(r: Reading, from: number, to: number): { np: string; at: number } | null {
  const { np, at } = npAfter(r, from, to);
  const parts = np.split(',');
  let kept = parts[0]!;
  let offset = kept.length + 1;
  for (const part of parts.slice(1)) {
    const partAt = at + offset;
    const isName = r.mentionsIn(partAt, partAt + part.length + 1).some((m) => m.kind === 'person' && m.end <= partAt + part.length + 1) && wordCount(part) <= 4;
    // "selon Paul Martin, avocat de la famille, …": the person's role.
    const isRole =
      !isName &&
      r.mentionsIn(at, at + kept.length).some((m) => m.kind === 'person') &&
      isRoleApposition(part, r.doc.text.slice(partAt + part.length, partAt + part.length + 2));
    if (!isName && !isRole) break;
    kept += ',' + part;
    offset += part.length + 1;
    if (isRole) break;
  }
  kept = kept.trim();
  return kept === '' ? null : { np: kept, at };
}

export function clauseStart(r: Reading, sentenceStart: number, at: number): number {
  const region = r.doc.text.slice(sentenceStart, at);
  let start = sentenceStart;
  for (const m of allMatches(CLAUSE_BREAK, region)) {
    start = sentenceStart + m.index + m[0].length;
  }
  return start;
}

/** Subject of the sentence: what stands before its first auxiliary or verb. */
export function mainSubject(r: Reading, sentenceStart: number, limit: number): Party | null {
  const region = r.doc.text.slice(sentenceStart, limit);
  const m = /(?<![\p{L}'’])(?:a|ont|avait|avaient|est|sont|était|dit|said|says|told)(?![\p{L}])/u.exec(region);
  if (!m) return null;
  const subject = subjectBefore(r, { at: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, form: m[0] }, sentenceStart);
  return subject ? resolve(r, subject.np, subject.at) : null;
}
