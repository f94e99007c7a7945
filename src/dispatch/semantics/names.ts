// Names in the text: people, places and organisations, each mention with its
// offset (attribution needs "the last person named") and one canonical name
// per entity (it becomes a URL). Rules and gazetteers, no model: copy names
// people in full once ("Vladimir Poutine") and then by title ("M. Poutine").
import { fold } from '../dates.ts';
import { allMatches } from '../match-all.ts';
import type { Doc } from './document.ts';
import { knownPlace } from './lexicon.ts';
import { NAME_RULES } from './name-rules.ts';
import { RUN } from './name-words.ts';

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

// One mask for every call (findNames runs to its end before the next begins):
// allocating a typed array per text cost more than clearing one.
let mask = new Uint8Array(1 << 14);

/** What the name rules share while they read one dispatch: the text, what is named so far, and which characters are taken. */
export class NameScan {
  readonly mentions: Mention[] = [];
  readonly organisations = new Map<string, Organisation>();
  readonly acronyms = new Map<string, string>();
  /** People named in full by the capitalised runs, for the surnames after them. */
  readonly people: Mention[] = [];
  private readonly taken: Uint8Array;
  private runs: RegExpExecArray[] | undefined;

  constructor(readonly text: string) {
    // Characters already named: a mask keeps "is this free?" cheap on long texts.
    if (mask.length < text.length + 1) mask = new Uint8Array(Math.max(text.length + 1, mask.length * 2));
    // A view of the text's length: past it, reads give undefined as on a mask of its own.
    this.taken = mask.subarray(0, text.length + 1).fill(0);
  }

  readonly free = (at: number, end: number): boolean => {
    for (let i = Math.max(0, at); i < end; i++) if (this.taken[i]) return false;
    return true;
  };

  add(kind: MentionKind, name: string, at: number, end: number): void {
    this.mentions.push({ kind, name, at, end });
    if (at >= 0) this.taken.fill(1, at, end);
  }

  addOrg(name: string, acronym: string | null): void {
    const key = fold(name);
    const known = this.organisations.get(key);
    if (!known) this.organisations.set(key, { name, acronym });
    else if (!known.acronym && acronym) known.acronym = acronym;
  }

  /** The runs of capitalised words, found once: two rules read them, around what each has named. */
  capitalised(): RegExpExecArray[] {
    this.runs ??= allMatches(RUN, this.text);
    return this.runs;
  }
}

export function findNames(doc: Doc, extraPlaces: string[] = []): Names {
  const scan = new NameScan(doc.text);
  for (const rule of NAME_RULES) rule.apply(scan);
  const { mentions, organisations, acronyms } = scan;
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
