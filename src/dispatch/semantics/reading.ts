// What the attribution rules share while they read one dispatch: the text,
// the names found in it, the quotes, and the sources named so far (an
// anaphora such as "l'ONG" or "cette source" points back to one of them).
import { fold } from '../dates.ts';
import type { Source } from '../article.ts';
import { lastAtOrBefore, type Doc } from './document.ts';
import { DEFINITE, KNOWN_MEDIA, MEDIA_WORDS, OFFICIAL_WORDS, ORG_WORDS } from './lexicon.ts';
import type { Mention, Names } from './names.ts';
import type { QuoteSpan } from './quotes.ts';

export type SourceType = NonNullable<Source['type']>;

export interface Party {
  name: string;
  type: SourceType;
  role: string | null;
  acronym: string | null;
  /** Where the text names it, for "the last person named". */
  at: number;
  /** The rule that named it (`--explain`). */
  rule?: string;
}

export function stripDeterminer(np: string): string {
  return np.replace(DEFINITE, '').trim();
}

/** Content words, for comparing two ways of naming the same source. */
export function contentWords(np: string): string[] {
  return fold(np)
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2 && !/^(?:les|des|une|the|del|los|las|par|pour|sur|avec)$/.test(w));
}

export function classify(name: string, isOrgMention: boolean): SourceType {
  if (KNOWN_MEDIA.has(fold(stripDeterminer(name))) || MEDIA_WORDS.test(name)) return 'media';
  if (OFFICIAL_WORDS.test(name)) return 'official';
  if (isOrgMention || ORG_WORDS.test(name)) return 'organisation';
  return 'other';
}

export class Reading {
  readonly sources: Party[] = [];
  private readonly people: Mention[];
  private readonly sourceKeys = new Map<string, Party>();

  constructor(
    readonly doc: Doc,
    readonly names: Names,
    readonly quotes: QuoteSpan[],
  ) {
    this.people = names.mentions.filter((m) => m.kind === 'person');
  }

  /** Mentions that start in [from, to), by binary search: mentions are sorted. */
  mentionsIn(from: number, to: number): Mention[] {
    const all = this.names.mentions;
    const out: Mention[] = [];
    for (let i = lastAtOrBefore(all, from - 1, (m) => m.at) + 1; i < all.length && all[i]!.at < to; i++) out.push(all[i]!);
    return out;
  }

  lastPerson(before: number): Party | null {
    const found = this.people[lastAtOrBefore(this.people, before - 1, (m) => m.at)];
    return found ? { name: found.name, type: 'person', role: null, acronym: null, at: found.at } : null;
  }

  lastSource(before: number): Party | null {
    return this.sources.filter((s) => s.at < before).at(-1) ?? null;
  }

  /** The organisation named before, preferring one whose name holds `head` ("l'institut" is the Insee). */
  lastOrganisation(before: number, head = ''): Party | null {
    const orgs = this.names.mentions.filter((m) => m.kind === 'org' && m.at < before);
    const headed = head.length > 2 ? orgs.filter((m) => fold(m.name).includes(head)) : [];
    const named = (headed.length > 0 ? headed : orgs).at(-1);
    const sources = this.sources.filter((s) => s.type !== 'person' && s.type !== 'other' && s.at < before && /[\p{Lu}]/u.test(s.name));
    const sourceHeaded = head.length > 2 ? sources.filter((s) => fold(s.name).includes(head)) : [];
    const source = (sourceHeaded.length > 0 ? sourceHeaded : headed.length > 0 ? [] : sources).at(-1);
    // An organisation already cited is the likeliest antecedent ("selon l'ONG").
    if (source && (!named || source.at >= named.at || headed.length === 0)) return source;
    if (!named) return null;
    const org = this.names.organisations.get(fold(named.name));
    return { name: named.name, type: classify(named.name, true), role: null, acronym: org?.acronym ?? null, at: named.at };
  }

  /** Records a source; the same name twice is one source, completed by the second. */
  addSource(party: Party): void {
    if (/^(?:on|il|elle|ils|elles|nous|je|vous)$/i.test(party.name) || /\bAFP\b/.test(party.name)) return;
    const key = fold(party.name);
    const same = this.sourceKeys.get(key);
    if (same) {
      same.role ??= party.role;
      same.acronym ??= party.acronym;
      return;
    }
    const copy = { ...party };
    this.sources.push(copy);
    this.sourceKeys.set(key, copy);
  }

  /** The sources, less unnamed ones that a named organisation's name contains ("the canal authority"). */
  foldSources(): Party[] {
    const named = this.sources.filter((s) => s.type !== 'person' && /[\p{Lu}]/u.test(s.name));
    return this.sources.filter((s) => {
      if (s.type === 'person' || /[\p{Lu}]/u.test(s.name) || /^(?:un|une|des)\s/i.test(s.name)) return true;
      const words = contentWords(s.name);
      return !named.some((n) => words.length > 0 && words.every((w) => contentWords(n.name).includes(w)));
    });
  }
}
