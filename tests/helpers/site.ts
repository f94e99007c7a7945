// Checks on a built site that need no browser: every internal link resolves,
// pages of each kind, the feeds and the sitemap.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { allFiles } from './tree.ts';

/** The file a site URL is served from, or null. */
export function fileFor(out: string, url: string, prefix = '/'): string | null {
  let p = decodeURI(url.split('#')[0]!.split('?')[0]!);
  if (!p.startsWith(prefix)) return null;
  p = '/' + p.slice(prefix.length);
  const file = path.join(out, p);
  if (!file.startsWith(path.resolve(out))) return null;
  if (p.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

/** Links from every HTML page to a file the site does not have. */
export function brokenLinks(out: string, prefix = '/'): string[] {
  const broken: string[] = [];
  for (const page of allFiles(out).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|cite)="([^"]+)"/g)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/|#|data:)/i.test(url)) continue;
      if (!url.startsWith('/')) {
        broken.push(`${path.relative(out, page)}: relative link ${url}`);
        continue;
      }
      if (!fileFor(out, url, prefix)) broken.push(`${path.relative(out, page)} → ${url}`);
    }
  }
  return broken;
}

/** One page of each kind, as site paths. */
export function pagesOfEachKind(out: string): Record<string, string> {
  const first = (dir: string) => {
    const html = readFileSync(path.join(out, dir, 'index.html'), 'utf8');
    const m = /<li><a href="([^"]+)">/.exec(html.slice(html.indexOf('<h2 id="lettre-')));
    return m![1]!;
  };
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  const article = /class="dispatch-headline"><a href="([^"]+)"/.exec(home)![1]!;
  const year = article.split('/').slice(0, 2).join('/') + '/';
  const month = article.split('/').slice(0, 3).join('/') + '/';
  return {
    home: '/',
    article,
    archives: '/archives/',
    year,
    month,
    places: '/lieux/',
    place: first('lieux'),
    people: '/personnes/',
    person: first('personnes'),
    organisations: '/organisations/',
    organisation: first('organisations'),
    sources: '/sources/',
    source: first('sources'),
    search: '/recherche/',
    notFound: '/404.html',
    thisDayIndex: '/ce-jour-la/',
    thisDay: /<ul class="days"><li><a href="([^"]+)"/.exec(readFileSync(path.join(out, 'ce-jour-la', 'index.html'), 'utf8'))![1]!,
    // The first page editors wrote (content/pages/), linked from the footer.
    editorPage: /<nav class="editor-pages"[^>]*>\s*<ul class="inline"><li><a href="([^"]+)"/.exec(home)![1]!,
  };
}

/**
 * Every address the site's sitemaps list, read through the index at
 * /sitemap.xml, with the file that lists it (as a site path).
 */
export function sitemapEntries(out: string, prefix = '/'): { loc: string; lastmod: string | null; file: string }[] {
  const index = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const entries: { loc: string; lastmod: string | null; file: string }[] = [];
  for (const [, loc] of index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)) {
    const file = new URL(loc!).pathname;
    const local = fileFor(out, file, prefix);
    if (!local) throw new Error(`the sitemap index lists ${loc}, which the site does not have`);
    for (const m of readFileSync(local, 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g))
      entries.push({ loc: m[1]!, lastmod: m[2] ?? null, file });
  }
  return entries;
}
