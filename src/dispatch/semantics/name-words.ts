// What a name looks like, word by word: capitalised runs, particles, titles,
// acronyms and their expansion. The name rules (name-rules.ts) read with these.
import { fold } from '../dates.ts';
import { KNOWN_ORGS, NAME_PARTICLES, NOT_NAME_WORDS, NOT_ORG_ACRONYMS, ORDINALS, INSTITUTION_HEADS } from './lexicon.ts';

export const isParticle = (w: string) => NAME_PARTICLES.has(w.toLowerCase());

export const UPPER_WORD = String.raw`(?:(?:M|Mr|Mrs|Ms|Dr|St|Jr|MM|\p{Lu})\.|(?:(?:el|al|ben|bin|abou|abu|ibn)-)?\p{Lu}[\p{L}\p{M}\d'’+-]*)`;
export const PARTICLE = String.raw`(?:de|du|des|da|di|dos|del|van|von|der|den|ben|bin|ibn|abu|abou|ould|al|el|y|of|for)`;
export const RUN = new RegExp(String.raw`(?<![\p{L}\d])${UPPER_WORD}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${UPPER_WORD})*`, 'gu');

// Adjectives that complete an organisation's name: "Commission européenne".
export const ORG_ADJECTIVE =
  /^(?:[\p{Ll}-]+(?:éen|éenne|éens|al|ale|aux|ales|el|elle|ien|ienne|ain|aine|ais|aise|ique|iques|if|ive|aire|aires|ois|oise|iste|unies|unis|ouvrière|supérieur|supérieure|général|générale))$/u;

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regular expression for a list of names, longest first, whole words only. */
export function alternation(names: string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${sorted.join('|')})(?![\p{L}\d])`, 'gu');
}
export const KNOWN_ORGS_RE = alternation(KNOWN_ORGS);

// The acronyms a dispatch defines recur from one dispatch to the next (OSDH,
// OFDT, …): their expression is made once. Bounded: emptied when full.
const definedExpressions = new Map<string, RegExp>();
export function definedAcronyms(acronyms: string[]): RegExp {
  const key = acronyms.join('\u0000');
  let re = definedExpressions.get(key);
  if (!re) {
    if (definedExpressions.size >= 1000) definedExpressions.clear();
    re = alternation(acronyms);
    definedExpressions.set(key, re);
  }
  return re;
}
export const INSTITUTION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${INSTITUTION_HEADS.join('|')})(?:[ \u00a0][\p{Ll}'’-]+){0,2}?[ \u00a0](?:de la|de l['’]|du|des|de|d['’])[ \u00a0]?(?:\p{Lu}[\p{L}'’-]*)(?:[ \u00a0](?:de |du |des )?\p{Lu}[\p{L}'’-]*)*(?:[ \u00a0][\p{Ll}-]+(?:ées?|aux|ales?|al|iques?|elles?|aires?|ères?|iens?|iennes?|ais|aises?|ionale?s?))?`,
  'gu',
);

export function words(run: string): string[] {
  return run.split(/[ \u00a0]+/);
}

/** Initials of a word's significant parts, hyphenated parts counted: "Haut-Commissariat" gives HC. */
export function initials(w: string): string {
  return w
    .split('-')
    .filter((w) => w.length > 0 && !/^(?:de|du|des|d'|l'|la|le|les|et|pour|of|the|and|for|y|del|la)$/i.test(w))
    .map((w) => fold(w.replace(/^[dl]['’]/i, ''))[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The words before "(ACR)" whose initials spell the acronym. */
export function expandAcronym(before: string, acronym: string): string | null {
  const ws = before.trimEnd().split(/\s+/);
  const target = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  // The last n words: the initials of the first (its elided article off) and those of the words after it.
  let after = '';
  for (let n = 1; n <= Math.min(ws.length, 12); n++) {
    // Words only add initials: once those after the first are too many, no longer run can match.
    if (after.length > target.length) break;
    const first = ws[ws.length - n]!;
    const bare = first.replace(/^[dl]['’]/i, '');
    if (initials(bare) + after === target) return [bare, ...ws.slice(ws.length - n + 1)].join(' ');
    after = initials(first) + after;
  }
  // English acronyms of French names (NHC for "Centre national des
  // ouragans"): the noun phrase from its capital back to its determiner.
  // Only for real acronyms: "(Elysée)" names a source, not "la République".
  if ((acronym.match(/[\p{Lu}]/gu) ?? []).length < 2) return null;
  for (let n = Math.min(ws.length - 1, 8); n >= 1; n--) {
    const cand = ws.slice(ws.length - n);
    const first = cand[0]!.replace(/^[dl]['’]/i, '');
    const previous = ws[ws.length - n - 1]!;
    if (/^[\p{Lu}]/u.test(first) && (/^(?:le|la|les|du|des|de|au|aux|par|the|el|los|las|a|à)$/i.test(previous) || /^[dl]['’]/i.test(cand[0]!))) {
      cand[0] = first;
      return cand.join(' ');
    }
  }
  return null;
}

export function isNameWord(w: string): boolean {
  return /^[\p{Lu}]/u.test(w.replace(/^(?:el|al|ben|bin|abou|abu|ibn)-/, '')) && !NOT_NAME_WORDS.has(fold(w)) && !/^[\p{Lu}]{2,}$/u.test(w);
}

/** Runs of capitalised words (the matches of RUN), split around what is already named. */
export function* runs(matches: RegExpExecArray[], free: (at: number, end: number) => boolean): Generator<{ at: number; ws: string[] }> {
  for (const m of matches) {
    let at = m.index;
    let current: string[] = [];
    let currentAt = at;
    for (const w of words(m[0])) {
      if (free(at, at + w.length)) {
        if (current.length === 0) currentAt = at;
        current.push(w);
      } else if (current.length > 0) {
        yield { at: currentAt, ws: current };
        current = [];
      }
      at += w.length + 1;
    }
    if (current.length > 0) yield { at: currentAt, ws: current };
  }
}

/** "L'Allemagne", "L'AS Saint-Etienne": the elided article is not part of the name. */
export function withoutElidedArticle(run: { at: number; ws: string[] }): { at: number; ws: string[] } {
  if (!/^[LD]['’][\p{Lu}]/u.test(run.ws[0]!)) return run;
  return { at: run.at + 2, ws: [run.ws[0]!.slice(2), ...run.ws.slice(1)] };
}

// Helpers of findNames at the top level: tsx names every function it
// creates (esbuild's keepNames), so a closure made per run of words cost a
// property definition each time.
export function runEnd(at: number, ws: string[]): number {
  return at + ws.join(' ').length;
}

export function isAcronymLike(w: string): boolean {
  return /^[\p{Lu}]{2,6}$/u.test(w) && !ORDINALS.test(w) && !NOT_ORG_ACRONYMS.has(w);
}

// After "d'" a capitalised word is most often not a place ("festival
// d'Avignon", "Légion d'Honneur"), but after these nouns it is ("près
// d'Ambérieu-en-Bugey", "région d'Auvergne").
export const PLACE_BEFORE_ELISION =
  /(?:^|\s)(?:près|environs|banlieue|ville|région|province|département|commune|village|port|aéroport|nord|sud|ouest)\s+d['’]$/iu;

/** Does `before` end with a "d'" that does not announce a place? */
export function afterBareElision(before: string): boolean {
  return /d['’]$/u.test(before) && !PLACE_BEFORE_ELISION.test(before);
}

export const PLACE_CUE =
  /(?:(?:^|\s)(?:à|au|aux|près d[eu]|ville d[eu]|quartier d[eu]|région d[eu]|province d[eu]|département d[eu]|commune d[eu]|village d[eu]|port d[eu]|aéroport d[eu]|in|at|near|from|en)\s+(?:la\s+|l['’])?|d['’])$/iu;
