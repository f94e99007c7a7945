// The whole build: read content/, parse every dispatch, hand the articles to
// Eleventy, swap the finished site into place. Returns what happened, for the
// command to print.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Diagnostic } from '../dispatch/article.ts';
import { decodeDispatch } from '../dispatch/decode.ts';
import { parseDispatch } from '../dispatch/parse.ts';
import { siteConfig, type SiteConfig } from './config.ts';
import { renderSite } from './eleventy.ts';
import { discard, swapIn, temporaryOutput } from './output.ts';
import { articleView, byDateDesc } from './view.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site?: SiteConfig;
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export interface BuildReport {
  read: number;
  published: number;
  warnings: number;
  errors: number;
  seconds: number;
  files: FileReport[];
  /** False when errors stopped the build and the output was left untouched. */
  written: boolean;
}

export async function listDispatches(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

export async function readArticles(contentDir: string): Promise<Article[]> {
  const label = path.basename(path.resolve(contentDir));
  const names = await listDispatches(contentDir);
  return Promise.all(
    names.map(async (name) => {
      const decoded = decodeDispatch(await readFile(path.join(contentDir, name)));
      return parseDispatch(decoded.text, `${label}/${name}`, { sha256: decoded.sha256, encoding: decoded.encoding });
    }),
  );
}

/** Two dispatches may derive the same URL: the later keeps it with a stable suffix from its id. */
function uniqueUrls(articles: Article[]): void {
  const seen = new Map<string, Article>();
  for (const a of [...articles].sort((x, y) => (x.source.file < y.source.file ? -1 : 1))) {
    const first = seen.get(a.url);
    if (first) {
      a.slug = `${a.slug}-${a.id.slice(0, 6)}`;
      a.url = a.url.replace(/[^/]+\/$/, `${a.slug}/`);
      a.diagnostics.push({
        severity: 'warning',
        message: `même titre que ${first.source.file} : publiée à ${a.url}`,
        rule: 'slug-collision',
      });
    }
    seen.set(a.url, a);
  }
}

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const site = options.site ?? siteConfig();
  const articles = await readArticles(options.contentDir);
  uniqueUrls(articles);
  const count = (s: Diagnostic['severity']) => articles.reduce((n, a) => n + a.diagnostics.filter((d) => d.severity === s).length, 0);
  const report: BuildReport = {
    read: articles.length,
    published: 0,
    warnings: count('warning'),
    errors: count('error'),
    seconds: 0,
    files: articles.map((a) => ({ file: a.source.file, diagnostics: a.diagnostics })),
    written: false,
  };
  if (report.errors === 0) {
    const views = articles.map((a) => articleView(a, site.language)).sort(byDateDesc);
    const tmp = await temporaryOutput(options.outDir);
    try {
      await renderSite({ articles: views, site, outDir: tmp });
      await swapIn(tmp, options.outDir);
    } catch (error) {
      await discard(tmp);
      throw error;
    }
    report.published = views.length;
    report.written = true;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
