// What templates read: every page's data worked out here (French dates,
// typeset text, HTML bodies, links, pagination), so templates hold no logic.
import { monthUrl, yearUrl } from './urls.ts';
import type { Article } from '../dispatch/article.ts';
import { articleBodyHtml } from './body-html.ts';
import { absoluteUrl, type SiteConfig } from './config.ts';
import { entityUrl, speakerPage, type EntityKind, type EntityIndex } from './entities.ts';
import { frenchDate } from './french-date.ts';
import { ARCHIVES, HOME, trail, type Crumb } from './pages.ts';
import { datelinePlace, newsArticleJsonLd, ninjs, scriptJson } from './structured.ts';
import { typeset } from './typography.ts';
import { monthName } from './french-date.ts';
import { dateParts } from '../dispatch/dates.ts';

export interface Link {
  href: string;
  text: string;
}

/** A dispatch in a list: home, month, name pages, related. */
export interface ArticleCard {
  url: string;
  lang: string;
  headline: string;
  dateText: string;
  dateValue: string;
  place: string | null;
  lede: string;
  priority: string | null;
}

export interface SourceItem {
  name: string;
  href: string;
  role: string | null;
  type: string;
}

/** A page's <head> and breadcrumbs. */
export interface PageHead {
  title: string;
  description: string;
  lang: string;
  breadcrumbs: Crumb[];
  /** Absent or "" for a page without one (404). */
  canonical?: string;
}

export interface ArticleView extends ArticleCard {
  head: PageHead;
  id: string;
  bodyHtml: string;
  readingMinutes: number;
  wordCount: number;
  keywords: string[];
  sources: SourceItem[];
  /** People, places, organisations named, as links, by kind. */
  names: { title: string; links: Link[] }[];
  previous: Link | null;
  next: Link | null;
  related: ArticleCard[];
  jsonLd: string;
  ninjs: string;
  /** For Pagefind's filters and sort. */
  search: { year: string; places: string[]; people: string[]; sources: string[]; language: string; sortDate: string };
}

const TYPE_LABELS: Record<string, string> = { person: 'personne', organisation: 'organisation', media: 'média', official: 'officiel', other: 'autre' };
// ICU's French names, so that every language the parser may return (language.ts) has one; "und" is ours.
const LANGUAGE_NAMES = new Intl.DisplayNames('fr', { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  return code === 'und' ? 'indéterminée' : (LANGUAGE_NAMES.of(code) ?? code);
}

export function pageLanguage(article: Article, site: SiteConfig): string {
  return article.language === 'und' ? site.language : article.language;
}

// A dispatch appears on many listing pages; its card is made once. Its
// typeset text and French date are worked out when a page first shows them:
// every card is in the page data, but when one dispatch is added only the
// few pages it changes are rendered (typesetting 10,000 headlines and ledes
// was a quarter of a second of that build). The lazy fields are getters of
// the class, not of each card: getters defined on every card (a closure and
// a shape of its own each) held 2.5 KB a card, 300 MB at 100,000 dispatches.
// A spread or JSON of a card leaves the getters behind: copy one with
// `cardFields`. (The listing hash reads no card: it counts each as its key.)
const cards = new WeakMap<Article, ArticleCard>();

class Card implements ArticleCard {
  readonly url: string;
  readonly lang: string;
  readonly dateValue: string;
  readonly place: string | null;
  readonly priority: string | null;
  readonly #article: Article;
  #headline: string | undefined;
  #lede: string | undefined;
  #dateText: string | undefined;

  constructor(article: Article, lang: string) {
    this.#article = article;
    this.url = article.url;
    this.lang = lang;
    this.dateValue = article.date.value;
    this.place = datelinePlace(article);
    this.priority = article.priority;
  }

  get headline(): string {
    return (this.#headline ??= typeset(this.#article.headline, this.lang));
  }

  get lede(): string {
    return (this.#lede ??= typeset(this.#article.lede, this.lang));
  }

  get dateText(): string {
    return (this.#dateText ??= frenchDate(this.#article.date));
  }
}

/** A card's fields as a plain object. */
export function cardFields(card: ArticleCard): ArticleCard {
  const { url, lang, headline, dateText, dateValue, place, lede, priority } = card;
  return { url, lang, headline, dateText, dateValue, place, lede, priority };
}

export function articleCard(article: Article, site: SiteConfig): ArticleCard {
  const known = cards.get(article);
  if (known) return known;
  const card = new Card(article, pageLanguage(article, site));
  cards.set(article, card);
  return card;
}

/** The breadcrumb trail of an article: Accueil › Archives › 2021 › novembre › headline. */
export function articleTrail(article: Article, headline: string): Crumb[] {
  const { year, month } = dateParts(article.date);
  const crumbs: Crumb[] = [HOME, ARCHIVES, { href: yearUrl(year), text: String(year) }];
  if (month !== undefined) crumbs.push({ href: monthUrl(year, month), text: monthName(month) });
  crumbs.push({ href: null, text: headline });
  return trail(...crumbs);
}

/**
 * What an article's page needs from the rest of the archive: with it, the
 * page is made from the article alone (and a batch of pages from a batch of
 * articles, not from the archive).
 */
export interface ArticleContext {
  previous: Link | null;
  next: Link | null;
  related: ArticleCard[];
  /** Speaker → the page their words link to, null when they have none. */
  speakers: Record<string, string | null>;
}

/** Where each speaker's words link: their page, or null. */
export function articleSpeakers(article: Article, index: EntityIndex): Record<string, string | null> {
  const speakers: Record<string, string | null> = {};
  for (const q of article.quotes) if (q.speaker !== null && !(q.speaker in speakers)) speakers[q.speaker] = speakerPage(index, q.speaker);
  return speakers;
}

export function articleContext(
  article: Article,
  site: SiteConfig,
  index: EntityIndex,
  previous: Article | null,
  next: Article | null,
  related: Article[],
): ArticleContext {
  const neighbour = (a: Article | null): Link | null => (a ? { href: a.url, text: articleCard(a, site).headline } : null);
  return { previous: neighbour(previous), next: neighbour(next), related: related.map((a) => articleCard(a, site)), speakers: articleSpeakers(article, index) };
}

export function articleView(article: Article, site: SiteConfig, context: ArticleContext): ArticleView {
  const card = articleCard(article, site);
  const lang = card.lang;
  const bodyHtml = articleBodyHtml(article, lang, { skipLede: true, speakerUrl: (name) => context.speakers[name] ?? null });
  const link =
    (kind: EntityKind) =>
    (name: string): Link => ({ href: entityUrl(kind, name), text: typeset(name, lang) });
  const names = [
    { title: 'Personnes', links: article.entities.people.map(link('people')) },
    { title: 'Lieux', links: article.entities.places.map(link('places')) },
    { title: 'Organisations', links: article.entities.organisations.map(link('organisations')) },
  ].filter((g) => g.links.length > 0);
  const breadcrumbs = articleTrail(article, card.headline);
  const canonical = absoluteUrl(site, article.url);
  const description = article.lede.length > 300 ? article.lede.slice(0, article.lede.lastIndexOf(' ', 297)) + '…' : article.lede;
  return {
    ...cardFields(card),
    head: { title: card.headline, description, lang, breadcrumbs, canonical },
    id: article.id,
    bodyHtml,
    readingMinutes: Math.max(1, Math.round(article.wordCount / 230)),
    wordCount: article.wordCount,
    keywords: article.keywords,
    sources: article.sources.map((s) => ({
      name: typeset(s.name, lang),
      href: entityUrl('sources', s.name),
      role: s.role
        ? typeset(
            s.role.replace(/^(?:Une?|Le|La|Les|L['’])(?=\s|['’])/u, (d) => d.toLowerCase()),
            lang,
          )
        : null,
      type: TYPE_LABELS[s.type ?? 'other'] ?? 'autre',
    })),
    names,
    previous: context.previous,
    next: context.next,
    related: context.related,
    jsonLd: scriptJson(newsArticleJsonLd(article, site, lang)),
    ninjs: JSON.stringify(ninjs(article, site, lang, bodyHtml), null, 2),
    search: {
      year: article.date.value.slice(0, 4),
      places: article.entities.places,
      people: article.entities.people,
      sources: article.sources.map((s) => s.name),
      language: languageName(article.language),
      sortDate: article.date.value,
    },
  };
}

/** Newest first; a month-precise date sorts after the days of its month. */
export function byDateDesc(a: { date: { value: string }; url: string }, b: { date: { value: string }; url: string }): number {
  if (a.date.value !== b.date.value) return a.date.value < b.date.value ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
