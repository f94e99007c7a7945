// One quote and what stands around it, worked out once for the speaker
// rules (speaker-rules.ts), with the small readings several rules share.
import { sentenceAt, type Doc } from './document.ts';
import type { Span } from '../sentences.ts';
import { ADVERBS, AUXILIARIES } from './lexicon.ts';
import { clauseStart } from './phrases.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Party, Reading } from './reading.ts';
import { resolve } from './resolve.ts';
import { verbsIn, type VerbHit } from './verbs.ts';

export interface Attributed {
  quote: QuoteSpan;
  kind: 'speech' | 'term';
  speaker: Party | null;
}

/** One quote and what stands around it, worked out once for every rule. */
export interface Scene {
  r: Reading;
  doc: Doc;
  q: QuoteSpan;
  previous: Attributed | undefined;
  /** The sentence the quote opens in. */
  open: Span;
  /** Where the quote's closing sentence ends. */
  afterEnd: number;
  /** Where the words after the quote start, past a comma or a period. */
  afterAt: number;
  /** Those words. */
  rest: string;
  /** The first reporting verb within 60 characters after the quote. */
  verb: VerbHit | undefined;
  /** The words of the sentence before the quote. */
  before: string;
}

export type Verdict = Party | null | undefined;

export interface SpeakerRule {
  id: string;
  apply(s: Scene): Verdict;
}

export function sceneOf(r: Reading, q: QuoteSpan, previous: Attributed | undefined): Scene {
  const doc = r.doc;
  const open = sentenceAt(doc, q.open);
  const afterEnd = sentenceAt(doc, q.close).end;
  const after = doc.text.slice(q.close + 1, afterEnd);
  const lead = /^[\s\u00a0\u202f]*[,.]?[\s\u00a0\u202f]*/u.exec(after)![0];
  const afterAt = q.close + 1 + lead.length;
  const verb = verbsIn(doc, afterAt, Math.min(afterEnd, afterAt + 60), r.quotes)[0];
  return { r, doc, q, previous, open, afterEnd, afterAt, rest: after.slice(lead.length), verb, before: doc.text.slice(open.start, q.open) };
}

/** A pronoun names the last person or source; "on" names nobody. */
export const pronounSpeaker = (s: Scene, pronoun: string, at = s.q.open): Party | null => (pronoun === 'on' ? null : resolve(s.r, pronoun, at));

/** The words between the quote and its verb, when they are only auxiliaries and adverbs ("a", "a-t-il", "n'a pas"). */
export function auxiliariesOnly(s: Scene): { between: string; inverted: RegExpExecArray | null } | null {
  if (!s.verb) return null;
  const between = s.doc.text.slice(s.afterAt, s.verb.at).trim();
  const onlyAux = between
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => AUXILIARIES.test(w) || ADVERBS.has(w.toLowerCase()) || /^(?:s['’]est|n['’]a|l['’]a|a-t-(?:il|elle)|ont-ils|ne|pas|lui|leur)$/i.test(w));
  return onlyAux ? { between, inverted: /-t-(il|elle|on)$|^(?:a|ont)-(ils|elles)$/iu.exec(between) } : null;
}

/** "la prévenue, la voix nouée", "une manifestante, casque sur la tête": what follows the comma describes the scene, unless it names the person. */
export function withoutScene(s: Scene, np: string, at: number): string {
  const comma = np.indexOf(', ');
  if (comma === -1) return np;
  return s.r.mentionsIn(at + comma, at + np.length + 1).some((m) => m.kind === 'person') ? np : np.slice(0, comma);
}

/** Where the quote's own clause starts: "X a prévenu: "…"": the colon introduces the quote, it does not end X's clause. */
export function quoteClauseStart(s: Scene): number {
  const colon = /:[\s\u00a0\u202f]*$/u.exec(s.before);
  return clauseStart(s.r, s.open.start, colon ? s.q.open - colon[0].length : s.q.open);
}

/** The last reporting verb of the quote's clause, before the quote. */
export function verbBeforeQuote(s: Scene): VerbHit | undefined {
  return verbsIn(s.doc, quoteClauseStart(s), s.q.open, s.r.quotes).at(-1);
}
