// The archive as data for the templates: every page of the site worked out
// from the parsed articles. Eleventy then only lays these out.
import type { Article, ArticleDate } from '../dispatch/article.ts';
import { dateParts } from '../dispatch/dates.ts';
import type { SiteConfig } from './config.ts';
import { sitemaps, type Sitemap } from './sitemaps.ts';
import { ARCHIVES_URL, HOME_URL, kindIndexUrl, monthUrl, SEARCH_URL, yearUrl } from './urls.ts';
import { alphabetical, buildEntityIndex, KINDS, type Entity, type EntityIndex, type EntityKind } from './entities.ts';
import { frenchDate, monthName } from './french-date.ts';
import { latestFeed, type Feed } from './feed.ts';
import { ARCHIVES, HOME, paginate, trail, type Crumb, type Pager } from './pages.ts';
import { relatedArticles } from './related.ts';
import { typeset } from './typography.ts';
import type { EditorPage } from './editor-pages.ts';
import { thisDayPages, type ThisDay } from './this-day.ts';
import { articleCard, articleContext, byDateDesc, languageName, pageLanguage, type ArticleCard, type ArticleContext } from './view.ts';

export interface ArticlePageInput {
  article: Article;
  context: ArticleContext;
}

export interface ListingPage {
  url: string;
  title: string;
  /** Shown under the title: "12 dépêches". */
  summary: string;
  breadcrumbs: Crumb[];
  pager: Pager | null;
  /** The day of the page's newest dispatch, for the sitemap. */
  lastmod: string;
}

export interface YearPage extends ListingPage {
  months: { href: string; name: string; count: number }[];
  /** Dispatches dated by the year only. */
  yearOnly: ArticleCard[];
}

export interface MonthPage extends ListingPage {
  /** Dispatches grouped by day; those dated by the month only come last. */
  groups: { label: string; dateValue: string | null; items: ArticleCard[] }[];
}

export interface EntityIndexPage extends ListingPage {
  kind: EntityKind;
  letters: { letter: string; anchor: string; names: { href: string; name: string; count: number }[] }[];
}

export interface EntityPage extends ListingPage {
  kind: EntityKind;
  name: string;
  roles: string[];
  acronym: string | null;
  items: ArticleCard[];
  /** Who said what: the words the archive attributes to this name (first page only). */
  quotes: { text: string; lang: string; href: string; headline: string; dateText: string; dateValue: string }[];
}

export interface Archive {
  /** The dispatches, newest first. Their pages are made in batches from `articlePageInput`. */
  sources: Article[];
  /** For each dispatch (same index), the indexes of related ones. */
  related: number[][];
  index: EntityIndex;
  latest: ArticleCard[];
  /** One page, as a list for the template's pagination. */
  archives: (ListingPage & { years: { href: string; year: string; count: number }[] })[];
  years: YearPage[];
  months: MonthPage[];
  entityIndexes: EntityIndexPage[];
  entityPages: EntityPage[];
  feed: Feed;
  /** The sitemap files the index at /sitemap.xml lists (sitemaps.ts). */
  sitemap: Sitemap[];
  /** The search page's filters, rendered with the page so it does not move when the script starts. */
  searchFilters: { key: string; label: string; options: { value: string; label: string }[] }[];
  /** The years with a search bundle (/pagefind/AAAA/), newest first. */
  searchBundles: string[];
  /** Pages editors write (content/pages/*.md), linked from every page's footer. */
  editorPages: EditorPage[];
  /** "Ce jour-là": a page per calendar day, their index, and the build's day for the home page. */
  thisDay: ThisDay;
}

export interface ArchiveExtras {
  editorPages?: EditorPage[];
  /** The build's day, from which "il y a N ans" is counted (default: now). */
  today?: Date;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

function yearMonth(a: Article): { year: string; month: string | null; day: string | null } {
  const { year, month, day } = dateParts(a.date);
  return {
    year: String(year),
    month: month === undefined ? null : String(month).padStart(2, '0'),
    day: day === undefined ? null : String(day).padStart(2, '0'),
  };
}

export function buildArchive(input: Article[], site: SiteConfig, extras: ArchiveExtras = {}): Archive {
  const articles = [...input].sort(byDateDesc);
  const index: EntityIndex = buildEntityIndex(articles);
  const related = relatedArticles(articles, 4);
  const card = (a: Article) => articleCard(a, site);
  const editorPages = extras.editorPages ?? [];
  const thisDay = thisDayPages(articles, card, extras.today ?? new Date());

  // Browse by date.
  const lastmod = lastmodOf;
  const byYear = new Map<string, Article[]>();
  for (const a of articles) {
    const { year } = yearMonth(a);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(a);
  }
  const years: YearPage[] = [];
  const months: MonthPage[] = [];
  for (const [year, list] of byYear) {
    const byMonth = new Map<string, Article[]>();
    const yearOnly: Article[] = [];
    for (const a of list) {
      const { month } = yearMonth(a);
      if (month === null) yearOnly.push(a);
      else {
        if (!byMonth.has(month)) byMonth.set(month, []);
        byMonth.get(month)!.push(a);
      }
    }
    years.push({
      url: yearUrl(year),
      title: year,
      summary: plural(list.length, 'dépêche', 'dépêches'),
      breadcrumbs: trail(HOME, ARCHIVES, { href: null, text: year }),
      pager: null,
      lastmod: lastmod(list),
      months: [...byMonth.entries()]
        .sort((a, b) => (a[0] < b[0] ? 1 : -1))
        .map(([m, l]) => ({ href: monthUrl(year, m), name: monthName(Number(m)), count: l.length })),
      yearOnly: yearOnly.map(card),
    });
    for (const [month, monthList] of byMonth) {
      const title = `${monthName(Number(month))} ${year}`;
      for (const page of paginate(monthList, site.pageSize, monthUrl(year, month))) {
        const groups: MonthPage['groups'] = [];
        for (const a of page.items) {
          const { day } = yearMonth(a);
          const value = day === null ? null : `${year}-${month}-${day}`;
          const last = groups.at(-1);
          if (last && last.dateValue === value) last.items.push(card(a));
          else groups.push({ label: value ? frenchDate({ value, precision: 'day' }) : `Dans le mois (${title})`, dateValue: value, items: [card(a)] });
        }
        months.push({
          url: page.url,
          title: page.newest ? title : `${title}, page ${page.pager!.number}`,
          summary: page.newest ? plural(monthList.length, 'dépêche', 'dépêches') : blockSummary(page.items),
          breadcrumbs: trail(
            HOME,
            ARCHIVES,
            { href: yearUrl(year), text: year },
            { href: monthUrl(year, month), text: monthName(Number(month)) },
            ...pageCrumb(page.pager),
          ),
          pager: page.pager,
          lastmod: lastmod(page.items),
          groups,
        });
      }
    }
  }
  const archives = {
    url: ARCHIVES_URL,
    title: 'Archives',
    summary: `${plural(articles.length, 'dépêche', 'dépêches')}, ${plural(years.length, 'année', 'années')}`,
    breadcrumbs: trail(HOME, ARCHIVES),
    pager: null,
    lastmod: lastmod(articles),
    years: years.map((y) => ({ href: y.url, year: y.title, count: byYear.get(y.title)!.length })),
  };

  // Who and where.
  const entityIndexes: EntityIndexPage[] = [];
  const entityPages: EntityPage[] = [];
  for (const kind of Object.keys(KINDS) as EntityKind[]) {
    const { path, title } = KINDS[kind];
    const entities = [...index[kind].values()];
    entityIndexes.push({
      kind,
      url: kindIndexUrl(path),
      title,
      summary: plural(entities.length, 'nom', 'noms'),
      breadcrumbs: trail(HOME, { href: kindIndexUrl(path), text: title }),
      pager: null,
      lastmod: lastmod(articles),
      letters: alphabetical(entities).map(({ letter, anchor, entities: list }) => ({
        letter,
        anchor,
        names: list.map((e) => ({ href: e.url, name: e.name, count: e.articles.length })),
      })),
    });
    for (const entity of entities) {
      const pages = entityListing(entity, site);
      entityPages.push(...pages);
    }
  }

  const feed = latestFeed(articles, site);

  // Every page, with the date of its newest dispatch.
  const newest = lastmod(articles);
  // A sitemap per year (its dispatches, months and year page), one for the names, one for the rest.
  const dated = (group: string) => (p: { url: string; lastmod: string }) => ({ url: p.url, lastmod: p.lastmod, group });
  const sitemap = sitemaps(site, [
    ...[HOME_URL, ARCHIVES_URL, SEARCH_URL, ...thisDay.index.map((d) => d.url)].map((url) => ({ url, lastmod: newest, group: 'pages' })),
    ...thisDay.pages.map(dated('pages')),
    ...editorPages.map((p) => ({ url: p.url, lastmod: p.dateValue ?? '', group: 'pages' })),
    ...entityIndexes.map((e) => ({ url: e.url, lastmod: newest, group: 'noms' })),
    ...entityPages.map(dated('noms')),
    ...years.map((y) => dated(y.title)(y)),
    ...months.map((m) => dated(m.url.slice(1, 5))(m)),
    ...articles.map((a) => ({ url: a.url, lastmod: lastmod([a]), group: yearMonth(a).year })),
  ]);

  // Filters: every year and language, the most cited places, people and sources.
  const top = (kind: EntityKind, n = 100) =>
    [...index[kind].values()]
      .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'fr'))
      .slice(0, n)
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((e) => ({ value: e.name, label: `${e.name} (${e.articles.length})` }));
  const languages = new Map<string, number>();
  for (const a of articles) languages.set(languageName(a.language), (languages.get(languageName(a.language)) ?? 0) + 1);
  const searchFilters = [
    { key: 'année', label: 'Année', options: years.map((y) => ({ value: y.title, label: `${y.title} (${byYear.get(y.title)!.length})` })) },
    { key: 'lieu', label: 'Lieu', options: top('places') },
    { key: 'personne', label: 'Personne', options: top('people') },
    { key: 'source', label: 'Source', options: top('sources') },
    {
      key: 'langue',
      label: 'Langue',
      options: [...languages.entries()].sort((a, b) => b[1] - a[1]).map(([value, n]) => ({ value, label: `${value} (${n})` })),
    },
  ].filter((f) => f.options.length > 0);

  return {
    searchFilters,
    searchBundles: years.map((y) => y.title),
    editorPages,
    thisDay,
    sources: articles,
    related,
    index,
    latest: articles.slice(0, site.homeCount).map(card),
    archives: [archives],
    years,
    months,
    entityIndexes,
    entityPages,
    feed,
    sitemap,
  };
}

/**
 * The dispatches the `i`th one's page shows, as indexes in `archive.sources`
 * (newest first: the previous one is older, at i + 1; out of range, none).
 * Its page and its reuse key (render.ts) both read them from here.
 */
export function shownDispatches(archive: Archive, i: number): { previous: number; next: number; related: number[] } {
  return { previous: i + 1, next: i - 1, related: archive.related[i]! };
}

/** The `i`th dispatch with what its page needs from the archive: enough to make the page anywhere. */
export function articlePageInput(archive: Archive, site: SiteConfig, i: number): ArticlePageInput {
  const articles = archive.sources;
  const article = articles[i]!;
  const { previous, next, related } = shownDispatches(archive, i);
  return {
    article,
    context: articleContext(
      article,
      site,
      archive.index,
      articles[previous] ?? null,
      articles[next] ?? null,
      related.map((j) => articles[j]!),
    ),
  };
}

/**
 * What a numbered page says of itself: its count and the span of its dates,
 * which stay true however many dispatches come after (pages.ts).
 */
function blockSummary(newestFirst: Article[]): string {
  // Days, not hours: "du 1er mai 2019 au 11 mai 2019".
  const day = (d: ArticleDate) => frenchDate(d.precision === 'minute' ? { value: d.value.slice(0, 10), precision: 'day' } : d);
  const newest = newestFirst[0]!.date;
  const oldest = newestFirst.at(-1)!.date;
  const span = day(oldest) === day(newest) ? `le ${day(newest)}` : `du ${day(oldest)} au ${day(newest)}`;
  return `${plural(newestFirst.length, 'dépêche', 'dépêches')}, ${span}`;
}

/** A numbered page's own crumb, after its listing's; the newest page is the listing itself. */
const pageCrumb = (pager: Pager | null): Crumb[] => (pager?.newer ? [{ href: null, text: `page ${pager.number}` }] : []);

const lastmodOf = (newestFirst: Article[]) => newestFirst[0]?.date.value.slice(0, 10) ?? '';

function entityListing(entity: Entity, site: SiteConfig): EntityPage[] {
  const { title } = KINDS[entity.kind];
  const quotes = entity.quotes.map((q) => {
    const lang = pageLanguage(q.article, site);
    return {
      text: typeset(q.text, lang),
      lang,
      href: q.article.url,
      headline: typeset(q.article.headline, lang),
      dateText: frenchDate(q.article.date),
      dateValue: q.article.date.value,
    };
  });
  return paginate(entity.articles, site.pageSize, entity.url).map(
    (page): EntityPage => ({
      kind: entity.kind,
      url: page.url,
      name: entity.name,
      title: page.newest ? entity.name : `${entity.name}, page ${page.pager!.number}`,
      summary: page.newest ? plural(entity.articles.length, 'dépêche', 'dépêches') : blockSummary(page.items),
      lastmod: lastmodOf(page.items),
      breadcrumbs: trail(HOME, { href: kindIndexUrl(KINDS[entity.kind].path), text: title }, { href: entity.url, text: entity.name }, ...pageCrumb(page.pager)),
      pager: page.pager,
      roles: entity.roles,
      acronym: entity.acronym,
      items: page.items.map((a) => articleCard(a, site)),
      quotes: page.newest ? quotes : [],
    }),
  );
}
