// Reporting verbs in use, and whether a quote is reported speech or a
// scare-quoted term. A word of the reporting-verb list is a verb here only
// when its context says so: "l'objectif déclaré" is an adjective, "du Jura"
// a name, "Un incendie s'est déclaré" no speech at all.
import { lastAtOrBefore, sentenceAt, type Doc } from './document.ts';
import { AUX_BEFORE_VERB, CUE, NOT_VERBS, PARTICIPLES, PRESENT_TOO, REFLEXIVE_REPORTING, REPORTING_VERB, REPORTING_VERB_G } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';
import { wordCount } from '../words.ts';
import { allMatches } from '../match-all.ts';

export interface VerbHit {
  at: number;
  end: number;
  form: string;
}

function isVerbUse(doc: Doc, at: number, form: string): boolean {
  // "dans le massif du Jura", "Edward Said": capitalised past a sentence's start, a name.
  if (/^[\p{Lu}]/u.test(form) && !/^[\s«"“([¿¡—–-]*$/u.test(doc.text.slice(sentenceAt(doc, at).start, at))) return false;
  const lower = form.toLowerCase();
  const before = doc.text.slice(Math.max(0, at - 24), at);
  // "Un incendie s'est déclaré": reflexive, not reporting, but for a few verbs.
  if (/s['’](?:est|était)\s+$|se sont\s+$/iu.test(before)) return REFLEXIVE_REPORTING.has(lower);
  if (AUX_BEFORE_VERB.test(before)) return true;
  if (NOT_VERBS.has(lower)) return false;
  // A bare past participle is an adjective ("l'objectif déclaré"), but for
  // the irregular forms that are also a present tense ("dit", "écrit").
  if (/(?:é|ée|és|ées)$/.test(lower) || PARTICIPLES.has(lower)) return PRESENT_TOO.has(lower);
  return true;
}

/** Is `at` inside a quote? Quotes are sorted and do not overlap. */
export function insideQuote(quotes: QuoteSpan[], at: number): boolean {
  const q = quotes[lastAtOrBefore(quotes, at - 1, (x) => x.open)];
  return q !== undefined && at > q.open && at < q.close;
}

/** Reporting verbs used as verbs in [from, to), outside quotes. */
export function verbsIn(doc: Doc, from: number, to: number, quotes: QuoteSpan[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const region = doc.text.slice(from, to);
  for (const m of allMatches(REPORTING_VERB_G, region)) {
    const at = from + m.index;
    if (insideQuote(quotes, at)) continue;
    if (!isVerbUse(doc, at, m[0])) continue;
    hits.push({ at, end: at + m[0].length, form: m[0] });
  }
  return hits;
}

/** Speech or scare-quoted term: length first, then the reporting around it. */
export function quoteKind(doc: Doc, q: QuoteSpan, quotes: QuoteSpan[]): 'speech' | 'term' {
  const n = wordCount(q.text);
  if (n >= 4) return 'speech';
  if (n <= 1) return 'term';
  const sentence = sentenceAt(doc, q.open);
  const before = doc.text.slice(sentence.start, q.open);
  const near = before.split(/\s+/).slice(-5).join(' ');
  if (REPORTING_VERB.test(near) && verbsIn(doc, Math.max(sentence.start, q.open - near.length - 1), q.open, quotes).length > 0) return 'speech';
  const end = sentenceAt(doc, q.close).end;
  const hasCue = verbsIn(doc, sentence.start, end, quotes).length > 0 || CUE.test(doc.text.slice(sentence.start, end));
  const determiner = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cette|ces|son|sa|ses|leur|leurs|the|a|an|el|los|las|una)\s*$/iu.test(before);
  return hasCue && !determiner ? 'speech' : 'term';
}
