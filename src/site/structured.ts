// What an article says to machines: schema.org NewsArticle (JSON-LD), Open
// Graph, and IPTC ninjs 2.1 (the archive as a static API).
import type { Article } from '../dispatch/article.ts';
import { absoluteUrl, type SiteConfig } from './config.ts';
import { dateInstant } from './french-date.ts';

/** The dateline's place as a reader reads it, "Raqa (Syrie)"; null when the dateline names none (`(AFP) -`). */
export function datelinePlace(a: Article): string | null {
  const d = a.dateline;
  if (!d?.place) return d?.country ?? null;
  return d.country ? `${d.place} (${d.country})` : d.place;
}

/** JSON for a <script> element: "</" can never close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function newsArticleJsonLd(a: Article, site: SiteConfig, lang: string): object {
  const url = absoluteUrl(site, a.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline.length > 110 ? a.headline.slice(0, 109) + '…' : a.headline,
    // At the precision the dispatch gives: a month stays a month.
    datePublished: a.date.value,
    inLanguage: lang,
    mainEntityOfPage: url,
    url,
    description: a.lede,
    wordCount: a.wordCount,
    keywords: a.keywords.length > 0 ? a.keywords.join(', ') : undefined,
    ...(datelinePlace(a) ? { contentLocation: { '@type': 'Place', name: datelinePlace(a) } } : {}),
    about: [...a.entities.people.map((name) => ({ '@type': 'Person', name })), ...a.entities.organisations.map((name) => ({ '@type': 'Organization', name }))],
    isPartOf: { '@type': 'WebSite', name: site.title, url: absoluteUrl(site, '/') },
    publisher: { '@type': 'Organization', name: site.publisher.name, url: site.publisher.url },
  };
}

const URGENCY = { FLASH: 1, ALERTE: 1, URGENT: 2, BULLETIN: 3 } as const;

/** IPTC ninjs 2.1: https://iptc.org/std/ninjs/ */
export function ninjs(a: Article, site: SiteConfig, lang: string, bodyHtml: string): object {
  const body = a.sections.flatMap((s) => [...(s.title ? [s.title] : []), ...s.paragraphs]).join('\n\n');
  return {
    standard: { name: 'ninjs', version: '2.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json' },
    uri: absoluteUrl(site, a.url),
    type: 'text',
    profile: 'depeche',
    version: a.id,
    firstcreated: dateInstant(a.date)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    pubstatus: 'usable',
    urgency: a.priority ? URGENCY[a.priority] : 5,
    language: lang,
    headlines: [{ role: 'main', value: a.headline }, ...(a.title && a.title !== a.headline ? [{ role: 'title', value: a.title }] : [])],
    descriptions: [{ role: 'summary', value: a.lede }],
    bodies: [
      { role: 'main', contenttype: 'text/plain', value: body, charcount: body.length, wordcount: a.wordCount },
      { role: 'main', contenttype: 'text/html', value: bodyHtml },
    ],
    ...(a.keywords.length > 0 ? { slugline: a.keywords.join('-'), subjects: a.keywords.map((name) => ({ name, rel: 'keyword' })) } : {}),
    ...(datelinePlace(a) ? { located: datelinePlace(a) } : {}),
    ...(a.signature ? { by: a.signature } : {}),
    infosources: a.sources.map((s) => ({ name: s.name, ...(s.role ? { role: s.role } : {}) })),
    people: a.entities.people.map((name) => ({ name })),
    places: a.entities.places.map((name) => ({ name })),
    organisations: a.entities.organisations.map((name) => ({ name })),
    altids: [{ role: 'depeches-id', value: a.id }, ...(a.service ? [{ role: 'afp-service', value: a.service }] : [])],
  };
}
