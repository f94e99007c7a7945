// Names in the text: people, places and organisations, each mention with its
// offset (attribution needs "the last person named") and one canonical name
// per entity (it becomes a URL). Rules and gazetteers, no model: copy names
// people in full once ("Vladimir Poutine") and then by title ("M. Poutine").
import { fold } from '../dates.ts';
import { allMatches } from '../match-all.ts';
import type { Doc } from './document.ts';
import {
  KNOWN_ORGS,
  KNOWN_MEDIA,
  NAME_PARTICLES,
  NAME_TITLES,
  NOT_NAME_WORDS,
  ORDINALS,
  ORG_HEADS,
  INSTITUTION_HEADS,
  NOT_ORG_ACRONYMS,
  knownPlace,
} from './lexicon.ts';

const isParticle = (w: string) => NAME_PARTICLES.has(w.toLowerCase());

export type MentionKind = 'person' | 'place' | 'org';

export interface Mention {
  kind: MentionKind;
  /** Canonical name of the entity. */
  name: string;
  at: number;
  end: number;
}

export interface Organisation {
  name: string;
  acronym: string | null;
}

export interface Names {
  mentions: Mention[];
  organisations: Map<string, Organisation>;
  /** Acronym → full name, from "Observatoire syrien des droits de l'Homme (OSDH)". */
  acronyms: Map<string, string>;
}

const UPPER_WORD = String.raw`(?:(?:M|Mr|Mrs|Ms|Dr|St|Jr|MM|\p{Lu})\.|(?:(?:el|al|ben|bin|abou|abu|ibn)-)?\p{Lu}[\p{L}\p{M}\d'’+-]*)`;
const PARTICLE = String.raw`(?:de|du|des|da|di|dos|del|van|von|der|den|ben|bin|ibn|abu|abou|ould|al|el|y|of|for)`;
const RUN = new RegExp(String.raw`(?<![\p{L}\d])${UPPER_WORD}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${UPPER_WORD})*`, 'gu');

// Adjectives that complete an organisation's name: "Commission européenne".
const ORG_ADJECTIVE = /^(?:[\p{Ll}-]+(?:éen|éenne|éens|al|ale|aux|ales|el|elle|ien|ienne|ain|aine|ais|aise|ique|iques|if|ive|aire|aires|ois|oise|iste|unies|unis|ouvrière|supérieur|supérieure|général|générale))$/u;

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regular expression for a list of names, longest first, whole words only. */
function alternation(names: string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${sorted.join('|')})(?![\p{L}\d])`, 'gu');
}
const KNOWN_ORGS_RE = alternation(KNOWN_ORGS);

// The acronyms a dispatch defines recur from one dispatch to the next (OSDH,
// OFDT, …): their expression is made once. Bounded: emptied when full.
const definedExpressions = new Map<string, RegExp>();
function definedAcronyms(acronyms: string[]): RegExp {
  const key = acronyms.join('\u0000');
  let re = definedExpressions.get(key);
  if (!re) {
    if (definedExpressions.size >= 1000) definedExpressions.clear();
    re = alternation(acronyms);
    definedExpressions.set(key, re);
  }
  return re;
}
const INSTITUTION_RE = new RegExp(String.raw`(?<![\p{L}])(?:${INSTITUTION_HEADS.join('|')})(?:[ \u00a0][\p{Ll}'’-]+){0,2}?[ \u00a0](?:de la|de l['’]|du|des|de|d['’])[ \u00a0]?(?:\p{Lu}[\p{L}'’-]*)(?:[ \u00a0](?:de |du |des )?\p{Lu}[\p{L}'’-]*)*(?:[ \u00a0][\p{Ll}-]+(?:ées?|aux|ales?|al|iques?|elles?|aires?|ères?|iens?|iennes?|ais|aises?|ionale?s?))?`, 'gu');

function words(run: string): string[] {
  return run.split(/[ \u00a0]+/);
}

/** Initials of a word's significant parts, hyphenated parts counted: "Haut-Commissariat" gives HC. */
function initials(w: string): string {
  return w
    .split('-')
    .filter((w) => w.length > 0 && !/^(?:de|du|des|d'|l'|la|le|les|et|pour|of|the|and|for|y|del|la)$/i.test(w))
    .map((w) => fold(w.replace(/^[dl]['’]/i, ''))[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The words before "(ACR)" whose initials spell the acronym. */
function expandAcronym(before: string, acronym: string): string | null {
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

function isNameWord(w: string): boolean {
  return /^[\p{Lu}]/u.test(w.replace(/^(?:el|al|ben|bin|abou|abu|ibn)-/, '')) && !NOT_NAME_WORDS.has(fold(w)) && !/^[\p{Lu}]{2,}$/u.test(w);
}

/** Runs of capitalised words (the matches of RUN), split around what is already named. */
function* runs(matches: RegExpExecArray[], free: (at: number, end: number) => boolean): Generator<{ at: number; ws: string[] }> {
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
function withoutElidedArticle(run: { at: number; ws: string[] }): { at: number; ws: string[] } {
  if (!/^[LD]['’][\p{Lu}]/u.test(run.ws[0]!)) return run;
  return { at: run.at + 2, ws: [run.ws[0]!.slice(2), ...run.ws.slice(1)] };
}

// Helpers of findNames at the top level: tsx names every function it
// creates (esbuild's keepNames), so a closure made per run of words cost a
// property definition each time.
function runEnd(at: number, ws: string[]): number {
  return at + ws.join(' ').length;
}

function isAcronymLike(w: string): boolean {
  return /^[\p{Lu}]{2,6}$/u.test(w) && !ORDINALS.test(w) && !NOT_ORG_ACRONYMS.has(w);
}

// After "d'" a capitalised word is most often not a place ("festival
// d'Avignon", "Légion d'Honneur"), but after these nouns it is ("près
// d'Ambérieu-en-Bugey", "région d'Auvergne").
const PLACE_BEFORE_ELISION = /(?:^|\s)(?:près|environs|banlieue|ville|région|province|département|commune|village|port|aéroport|nord|sud|ouest)\s+d['’]$/iu;

/** Does `before` end with a "d'" that does not announce a place? */
function afterBareElision(before: string): boolean {
  return /d['’]$/u.test(before) && !PLACE_BEFORE_ELISION.test(before);
}

const PLACE_CUE = /(?:(?:^|\s)(?:à|au|aux|près d[eu]|ville d[eu]|quartier d[eu]|région d[eu]|province d[eu]|département d[eu]|commune d[eu]|village d[eu]|port d[eu]|aéroport d[eu]|in|at|near|from|en)\s+(?:la\s+|l['’])?|d['’])$/iu;

// One mask for every call (findNames runs to its end before the next begins):
// allocating a typed array per text cost more than clearing one.
let mask = new Uint8Array(1 << 14);

export function findNames(doc: Doc, extraPlaces: string[] = []): Names {
  const text = doc.text;
  const mentions: Mention[] = [];
  const organisations = new Map<string, Organisation>();
  const acronyms = new Map<string, string>();
  // Characters already named: a mask keeps "is this free?" cheap on long texts.
  if (mask.length < text.length + 1) mask = new Uint8Array(Math.max(text.length + 1, mask.length * 2));
  // A view of the text's length: past it, reads give undefined as on a mask of its own.
  const taken = mask.subarray(0, text.length + 1).fill(0);
  const free = (at: number, end: number) => {
    for (let i = Math.max(0, at); i < end; i++) if (taken[i]) return false;
    return true;
  };
  const add = (kind: MentionKind, name: string, at: number, end: number) => {
    mentions.push({ kind, name, at, end });
    if (at >= 0) taken.fill(1, at, end);
  };
  const addOrg = (name: string, acronym: string | null) => {
    const key = fold(name);
    const known = organisations.get(key);
    if (!known) organisations.set(key, { name, acronym });
    else if (!known.acronym && acronym) known.acronym = acronym;
  };

  // 1. Acronyms defined in parentheses: the full name and the acronym.
  for (const m of text.matchAll(/\(([\p{Lu}][\p{Lu}\p{Ll}\d&-]{1,9})\)/gu)) {
    const acronym = m[1]!;
    if (!/[\p{Lu}].*[\p{Lu}]|^[\p{Lu}][\p{Ll}]{2,5}$/u.test(acronym)) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf(',', m.index) + 1, 0);
    const full = expandAcronym(text.slice(Math.max(lineStart, m.index - 160), m.index), acronym);
    if (!full) continue;
    acronyms.set(acronym, full);
    addOrg(full, acronym);
    const at = text.lastIndexOf(full, m.index);
    if (at !== -1) add('org', full, at, m.index + m[0].length);
  }

  // 2. Organisations and media the gazetteer knows, and defined acronyms used later.
  const defined = acronyms.size > 0 ? definedAcronyms([...acronyms.keys()]) : null;
  for (const re of defined ? [KNOWN_ORGS_RE, defined] : [KNOWN_ORGS_RE]) {
    for (const m of allMatches(re, text)) {
      const name = m[0];
      if (!free(m.index, m.index + name.length)) continue;
      let canonical = acronyms.get(name) ?? name;
      let end = m.index + name.length;
      if (!acronyms.has(name)) {
        // "la Croix-Rouge américaine": the adjective is part of the name.
        const adjective = /^[ \u00a0]([\p{Ll}-]+)/u.exec(text.slice(end));
        if (adjective && /(?:ain|aine|éen|éenne|ais|aise|al|ale|ien|ienne|ois|oise|ique)$/u.test(adjective[1]!)) {
          canonical = `${name} ${adjective[1]}`;
          end += adjective[0].length;
        }
        addOrg(canonical, null);
      }
      add('org', canonical, m.index, end);
    }
  }

  // 2b. Institutions named after a place: "tribunal administratif de Rennes".
  const institution = INSTITUTION_RE;
  for (const m of allMatches(institution, text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    addOrg(m[0], null);
    add('org', m[0], m.index, m.index + m[0].length);
  }

  // 3. Runs of capitalised words: places, organisations, people.
  const people: Mention[] = [];
  // The same capitalised runs are read twice, around what each pass has named.
  const capitalised = allMatches(RUN, text);
  for (const run of [...runs(capitalised, free)]) {
    // "L'ouragan Katrina": an article and a common noun are not part of the name.
    const common = /^[LD]['’][\p{Ll}]/u.test(run.ws[0]!);
    let { at, ws } = common ? { at: run.at + run.ws[0]!.length + 1, ws: run.ws.slice(1) } : withoutElidedArticle(run);
    if (ws.length === 0) continue;
    const whole = ws.join(' ').replace(/\.$/, '');
    if (KNOWN_MEDIA.has(fold(whole))) {
      addOrg(whole, null);
      add('org', whole, at, runEnd(at, ws));
      continue;
    }
    const place = knownPlace(whole);
    if (place) {
      add('place', place, at, runEnd(at, ws));
      continue;
    }
    // Leading words that are not part of a name: determiners, titles, roles.
    let determined = false;
    while (ws.length > 0 && (NOT_NAME_WORDS.has(fold(ws[0]!)) || NAME_TITLES.test(ws[0]!) || NAME_PARTICLES.has(ws[0]!)) && !knownPlace(ws.join(' ')) && !KNOWN_MEDIA.has(fold(ws.join(' ')))) {
      // "le Dr Martin Vidal": a title after the article names a person after all.
      if (NAME_TITLES.test(ws[0]!)) determined = false;
      else determined ||= /^(?:le|la|les|the|el|los|las)$/i.test(ws[0]!);
      at += ws[0]!.length + 1;
      ws = ws.slice(1);
    }
    while (ws.length > 0 && isParticle(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
    if (ws.length === 0) continue;
    ws[ws.length - 1] = ws[ws.length - 1]!.replace(/\.$/, '');
    let name = ws.join(' ');
    const inner = knownPlace(name);
    if (inner) {
      add('place', inner, at, runEnd(at, ws));
      continue;
    }
    if (ws.some((w) => ORG_HEADS.has(fold(w)) || isAcronymLike(w))) {
      if (ws.length === 1 && isAcronymLike(ws[0]!)) {
        addOrg(name, null);
        add('org', name, at, runEnd(at, ws));
      } else if (ws.length >= 2) {
        addOrg(name, null);
        add('org', name, at, runEnd(at, ws));
      } else {
        // "Commission européenne", "Croix-Rouge américaine": head and adjectives.
        const after = text.slice(runEnd(at, ws)).match(/^(?:[ \u00a0][\p{Ll}-]+){1,2}/u)?.[0] ?? '';
        const adjectives = after.trim().split(/\s+/).filter(Boolean);
        const kept: string[] = [];
        for (const a of adjectives) if (ORG_ADJECTIVE.test(a)) kept.push(a); else break;
        if (kept.length > 0) {
          const full = [name, ...kept].join(' ');
          addOrg(full, null);
          add('org', full, at, at + full.length);
        } else if (/(?:^|\s)(?:le|la|du|au|l['’]|el|del|al|the)\s*$/iu.test(text.slice(Math.max(0, at - 4), at))) {
          // "le Parlement", "du Conseil": the institution, capitalised.
          addOrg(name, null);
          add('org', name, at, runEnd(at, ws));
        }
      }
      continue;
    }
    const before = text.slice(Math.max(0, at - 30), at);
    if (ws.length >= 2 && PLACE_CUE.test(before) && !afterBareElision(before)) {
      add('place', name, at, runEnd(at, ws));
      continue;
    }
    // "South Korean President Yoon Suk Yeol": the name follows the last title.
    const title = ws.findLastIndex((w) => NAME_TITLES.test(w));
    if (title !== -1 && ws.length - title - 1 >= 2) {
      at += ws.slice(0, title + 1).join(' ').length + 1;
      ws = ws.slice(title + 1);
      name = ws.join(' ');
    }
    const nameWords = ws.filter((w, k) => k === 0 || !isParticle(w));
    // "The Ever Given", "Le Clemenceau": a name after an article is a ship or a thing, not a person.
    if (nameWords.length >= 2 && !determined && nameWords.every((w) => isNameWord(w) || ORDINALS.test(w))) {
      const person = { kind: 'person' as const, name, at, end: runEnd(at, ws) };
      people.push(person);
      add('person', name, at, runEnd(at, ws));
    }
  }

  // 4. Single names: a surname after a title or alone, folded into the full
  //    name it belongs to ("M. Poutine" is Vladimir Poutine); and places
  //    after a preposition ("à Sotchi", "near Des Moines").
  const fullNames = [...new Set(people.map((p) => p.name))];
  const bySurname = new Map<string, string>();
  for (const full of fullNames) {
    const ws = words(full);
    for (let k = 1; k < ws.length; k++) {
      const tail = ws.slice(k).join(' ');
      if (!isParticle(ws[k]!)) bySurname.set(fold(tail), bySurname.has(fold(tail)) && bySurname.get(fold(tail)) !== full ? '' : full);
    }
  }
  for (const run of [...runs(capitalised, free)]) {
    let { at, ws } = withoutElidedArticle(run);
    let titled = false;
    while (ws.length > 1 && (NAME_TITLES.test(ws[0]!) || NOT_NAME_WORDS.has(fold(ws[0]!)))) {
      titled ||= NAME_TITLES.test(ws[0]!);
      at += ws[0]!.length + 1;
      ws = ws.slice(1);
    }
    const name = ws.join(' ').replace(/\.$/, '');
    const full = bySurname.get(fold(name));
    if (full) {
      add('person', full, at, at + name.length);
      continue;
    }
    if (titled && ws.length === 1 && !NOT_NAME_WORDS.has(fold(name))) {
      add('person', name, at, at + name.length);
      continue;
    }
    const before = text.slice(Math.max(0, at - 30), at);
    if (ws.length <= 3 && PLACE_CUE.test(before) && ws.every((w) => isNameWord(w) || isParticle(w))) {
      // A single capital after "d'" is most often a place ("festival d'Avignon") only when known.
      if (afterBareElision(before) && !knownPlace(name)) continue;
      add('place', knownPlace(name) ?? name, at, at + name.length);
      continue;
    }
    // A single first name introduced by an apposition: "Josiane, une retraitée".
    if (ws.length === 1 && isNameWord(name) && /^,\s+(?:une?|who|qui|quien)\s/u.test(text.slice(at + name.length, at + name.length + 12)) && !/[.!?]\s*$|^\s*$/.test(text.slice(Math.max(0, at - 3), at))) {
      add('person', name, at, at + name.length);
    }
  }
  for (const p of extraPlaces) {
    if (!mentions.some((m) => m.kind === 'place' && fold(m.name) === fold(p))) mentions.push({ kind: 'place', name: p, at: -1, end: -1 });
  }
  mentions.sort((a, b) => a.at - b.at);
  return { mentions, organisations, acronyms };
}

/** Distinct names of one kind, in order of first mention. */
export function distinct(mentions: Mention[], kind: MentionKind): string[] {
  const seen = new Map<string, string>();
  for (const m of mentions) if (m.kind === kind && !seen.has(fold(m.name))) seen.set(fold(m.name), m.name);
  return [...seen.values()];
}

/** "RAQA" → "Raqa", "SAINT-ÉTIENNE" → "Saint-Étienne", "LA NOUVELLE-ORLÉANS" → "La Nouvelle-Orléans", "BOURG-EN-BRESSE" → "Bourg-en-Bresse". */
export function titleCase(place: string): string {
  const known = knownPlace(place);
  if (known) return known;
  return (
    place
      .toLowerCase()
      .replace(/(^|[\s'’-])([\p{L}])/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
      // Inside a compound name the small words stay small: Port-au-Prince, Villeneuve-d'Ascq.
      .replace(/(?<=-)(?:En|Sur|Sous|Lès|Lez|Les|Le|La|De|Du|Des|Aux|Au|Et)(?=-)|(?<=-)[DL](?=['’])/gu, (w) => w.toLowerCase())
  );
}
