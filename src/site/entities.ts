// Who and where across the archive: one entry per person, place,
// organisation and source, with its URL, the dispatches naming it and, for
// people and organisations, the words the archive attributes to them.
import type { Article } from '../dispatch/article.ts';
import { fold } from '../dispatch/dates.ts';
import { nameSlug } from '../dispatch/slug.ts';
import { namePageUrl } from './urls.ts';

export type EntityKind = 'people' | 'places' | 'organisations' | 'sources';

export const KINDS: Record<EntityKind, { path: string; title: string; one: string }> = {
  places: { path: 'lieux', title: 'Lieux', one: 'lieu' },
  people: { path: 'personnes', title: 'Personnes', one: 'personne' },
  organisations: { path: 'organisations', title: 'Organisations', one: 'organisation' },
  sources: { path: 'sources', title: 'Sources', one: 'source' },
};

export interface SaidQuote {
  text: string;
  article: Article;
}

export interface Entity {
  kind: EntityKind;
  slug: string;
  name: string;
  url: string;
  /** Newest first. */
  articles: Article[];
  quotes: SaidQuote[];
  /** Roles the copy gives a source ("directeur de l'OSDH"), most frequent first. */
  roles: string[];
  acronym: string | null;
}

export type EntityIndex = Record<EntityKind, Map<string, Entity>>;

/**
 * "Observatoire syrien des droits de l'Homme" → observatoire-syrien-des-droits-de-lhomme;
 * "Владимир Путин" → vladimir-putin-<hash>: two different names never share a page (nameSlug).
 */
const slugs = new Map<string, string>();
export function entitySlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = nameSlug(name, 80);
    if (slugs.size > 200_000) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}

export function entityUrl(kind: EntityKind, name: string): string {
  return namePageUrl(KINDS[kind].path, entitySlug(name));
}

/** The page of whoever said something: their person's page, else their organisation's, else their source page. */
export function speakerPage(index: EntityIndex, name: string): string | null {
  const slug = entitySlug(name);
  for (const kind of ['people', 'organisations', 'sources'] as const) if (index[kind].has(slug)) return entityUrl(kind, name);
  return null;
}

interface Tally {
  forms: Map<string, number>;
  articles: Article[];
  quotes: SaidQuote[];
  roles: Map<string, number>;
  acronym: string | null;
}

function mostFrequent(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/**
 * `articles` newest first. Names with the same key are one entity
 * ("Etats-Unis" and "États-Unis"; see nameSlug); its name is the form the
 * copy uses most.
 */
export function buildEntityIndex(articles: Article[]): EntityIndex {
  const tallies: Record<EntityKind, Map<string, Tally>> = { people: new Map(), places: new Map(), organisations: new Map(), sources: new Map() };
  const count = (kind: EntityKind, name: string, article: Article): Tally => {
    const slug = entitySlug(name);
    let t = tallies[kind].get(slug);
    if (!t) {
      t = { forms: new Map(), articles: [], quotes: [], roles: new Map(), acronym: null };
      tallies[kind].set(slug, t);
    }
    t.forms.set(name, (t.forms.get(name) ?? 0) + 1);
    if (t.articles.at(-1) !== article) t.articles.push(article);
    return t;
  };
  for (const a of articles) {
    for (const name of a.entities.people) count('people', name, a);
    for (const name of a.entities.places) count('places', name, a);
    for (const name of a.entities.organisations) count('organisations', name, a);
    for (const s of a.sources) {
      const t = count('sources', s.name, a);
      if (s.role) t.roles.set(s.role, (t.roles.get(s.role) ?? 0) + 1);
      t.acronym ??= s.acronym ?? null;
    }
  }
  // Who said what: a speaker is a person if the archive knows them as one,
  // else an organisation; every speaker is also a source.
  for (const a of articles) {
    for (const q of a.quotes) {
      if (q.kind !== 'speech' || !q.speaker) continue;
      const slug = entitySlug(q.speaker);
      const said = { text: q.text, article: a };
      for (const kind of ['people', 'organisations', 'sources'] as const) tallies[kind].get(slug)?.quotes.push(said);
    }
  }
  const index = { people: new Map(), places: new Map(), organisations: new Map(), sources: new Map() } as EntityIndex;
  for (const kind of Object.keys(tallies) as EntityKind[]) {
    for (const [slug, t] of tallies[kind]) {
      const name = mostFrequent(t.forms)[0]!;
      index[kind].set(slug, {
        kind,
        slug,
        name,
        url: namePageUrl(KINDS[kind].path, slug),
        articles: t.articles,
        quotes: t.quotes,
        roles: mostFrequent(t.roles).slice(0, 3),
        acronym: t.acronym,
      });
    }
  }
  return index;
}

/** What an index sorts a name by: people by surname ("Le Goff", "el-Assad"), the rest as written. */
export function sortKey(entity: Entity): string {
  const name = entity.name.replace(/^(?:l['’]|d['’])/i, '');
  if (entity.kind !== 'people') return name;
  const words = name.split(/\s+/);
  return words.length > 1 ? `${words.slice(1).join(' ')} ${words[0]}` : name;
}

/** Entities of a kind in French alphabetical order, grouped by initial; names that start with no Latin letter (a digit, Cyrillic) share the group "#", whose anchor is `lettre-autres` ("#" is no valid fragment). */
export function alphabetical(entities: Iterable<Entity>): { letter: string; anchor: string; entities: Entity[] }[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: true });
  const keyed = [...entities].map((e) => ({ e, key: sortKey(e).replace(/^(?:al-|el-)/i, '') }));
  keyed.sort((a, b) => collator.compare(a.key, b.key));
  const groups = new Map<string, Entity[]>();
  for (const { e, key } of keyed) {
    const initial = fold(key).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(initial) ? initial : '#';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(e);
  }
  return [...groups.entries()].map(([letter, list]) => ({ letter, anchor: `lettre-${letter === '#' ? 'autres' : letter}`, entities: list }));
}
