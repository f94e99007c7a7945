// The feeds (Atom, RSS, JSON Feed): the latest dispatches, full text.
import { JSON_FEED_URL } from './urls.ts';
import type { Article } from '../dispatch/article.ts';
import { articleBodyHtml } from './body-html.ts';
import { absoluteUrl, type SiteConfig } from './config.ts';
import { dateInstant } from './french-date.ts';
import { typeset } from './typography.ts';
import { pageLanguage } from './view.ts';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  lang: string;
}

export interface Feed {
  updated: Date;
  items: FeedItem[];
  /** The JSON Feed, written as it is. */
  json: string;
}

/** `articles` newest first. */
export function latestFeed(articles: Article[], site: SiteConfig): Feed {
  const feedItems = articles.slice(0, site.feedCount).map((a): FeedItem => {
    const lang = pageLanguage(a, site);
    return {
      id: absoluteUrl(site, a.url),
      url: absoluteUrl(site, a.url),
      title: typeset(a.headline, lang),
      summary: typeset(a.lede, lang),
      contentHtml: articleBodyHtml(a, lang),
      published: dateInstant(a.date),
      lang,
    };
  });
  const updated = feedItems[0]?.published ?? new Date(0);
  const json = JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      home_page_url: absoluteUrl(site, '/'),
      feed_url: absoluteUrl(site, JSON_FEED_URL),
      description: site.description,
      language: site.language,
      authors: [{ name: site.publisher.name, url: site.publisher.url }],
      items: feedItems.map((i) => ({
        id: i.id,
        url: i.url,
        title: i.title,
        summary: i.summary,
        content_html: i.contentHtml,
        date_published: i.published.toISOString(),
        language: i.lang,
      })),
    },
    null,
    2,
  );

  return { updated, items: feedItems, json };
}
