// What templates read: an article with everything a page shows already
// worked out (French date, HTML body), so templates hold no logic.
import type { Article } from '../dispatch/article.ts';
import { sectionsHtml } from './body-html.ts';
import { frenchDate } from './french-date.ts';

export interface ArticleView {
  id: string;
  url: string;
  lang: string;
  headline: string;
  dateText: string;
  dateValue: string;
  priority: string | null;
  /** "RAQA (Syrie)" as the reader sees it, or null. */
  place: string | null;
  lede: string;
  bodyHtml: string;
  wordCount: number;
}

function placeOf(article: Article): string | null {
  const d = article.dateline;
  if (!d) return null;
  return d.country ? `${d.place} (${d.country})` : d.place;
}

export function articleView(article: Article, siteLanguage = 'fr'): ArticleView {
  return {
    id: article.id,
    url: article.url,
    lang: article.language === 'und' ? siteLanguage : article.language,
    headline: article.headline,
    dateText: frenchDate(article.date),
    dateValue: article.date.value,
    priority: article.priority,
    place: placeOf(article),
    lede: article.lede,
    // The lede is shown on its own, above the body, as newspapers set it.
    bodyHtml: sectionsHtml(article.sections, true),
    wordCount: article.wordCount,
  };
}

/** Newest first; a month-precise date sorts after the days of its month. */
export function byDateDesc(a: { dateValue: string; url: string }, b: { dateValue: string; url: string }): number {
  if (a.dateValue !== b.dateValue) return a.dateValue < b.dateValue ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
