// The whole build: read content/, parse every dispatch, hand the articles to
// Eleventy, swap the finished site into place. Returns what happened, for the
// command to print.
import path from 'node:path';
import type { Diagnostic } from '../dispatch/article.ts';
import { readContent, type FileReport, type Progress } from './content.ts';
import { siteConfig, type SiteConfig } from './config.ts';
import { discard, swapIn, temporaryOutput } from './output.ts';
import type { RenderReport } from './render.ts';

export type { FileReport };

export type Phase = 'lecture' | 'rendu' | 'écriture';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site?: SiteConfig;
  /** Publish the valid dispatches even when others have errors. */
  keepGoing?: boolean;
  /** Parsed dispatches kept between builds (default: .depeches-cache beside the output). */
  cacheDir?: string | null;
  onPhase?: (phase: Phase) => void;
  onProgress?: Progress;
}

export interface BuildReport {
  read: number;
  published: number;
  warnings: number;
  errors: number;
  seconds: number;
  files: FileReport[];
  rejected: FileReport[];
  /** False when errors stopped the build and the output was left untouched. */
  written: boolean;
  /** Seconds spent in each phase. */
  phases: Record<string, number>;
  render?: RenderReport;
}

/** The parse cache lives beside the output: .depeches-cache/ next to _site/. */
export function defaultCacheDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), '.depeches-cache');
}

const count = (files: FileReport[], s: Diagnostic['severity']) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const site = options.site ?? siteConfig();
  // The code that makes pages (Eleventy and the rest: 0.9 s to load) loads
  // while the dispatches are read and parsed, when this thread mostly waits
  // for the parser's threads. A failure to load is thrown where it is used.
  const pagesCode = Promise.all([import('./archive.ts'), import('./render.ts')]);
  pagesCode.catch(() => {});
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = (now - mark) / 1000;
    mark = now;
    if (process.env.DEPECHES_MEMORY) process.stderr.write(`${name}: rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} Mio, tas ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} Mio\n`);
  };
  options.onPhase?.('lecture');
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir(options.outDir) : options.cacheDir;
  const content = await readContent(options.contentDir, { progress: options.onProgress, cacheDir: cacheDir ?? undefined });
  lap('lecture et analyse');
  const report: BuildReport = {
    read: content.files.length - content.pagesRead,
    published: 0,
    warnings: count(content.files, 'warning'),
    errors: count(content.files, 'error'),
    seconds: 0,
    files: content.files,
    rejected: content.rejected,
    written: false,
    phases,
  };
  if (report.errors === 0 || options.keepGoing) {
    options.onPhase?.('rendu');
    const [{ buildArchive }, { renderArchive }] = await pagesCode;
    // Editors' pages are in every page's footer: with the settings, so that a new page renders every page again.
    const pagesSite: SiteConfig = { ...site, footerPages: content.pages.map((p) => ({ href: p.url, title: p.title })) };
    const archive = buildArchive(content.publishable, pagesSite, { editorPages: content.pages });
    lap('pages');
    const tmp = temporaryOutput(options.outDir);
    try {
      report.render = await renderArchive(archive, pagesSite, tmp, options.outDir);
      phases.rendu = report.render.seconds.articles + report.render.seconds.listings;
      // Pagefind mostly runs while pages are rendered: what is left is the wait.
      phases['index de recherche'] = report.render.seconds.searchWait;
      mark = performance.now();
      options.onPhase?.('écriture');
      swapIn(tmp, options.outDir);
      lap('écriture');
    } catch (error) {
      await discard(tmp);
      throw error;
    }
    report.published = archive.sources.length;
    report.written = true;
  }
  await content.saved;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
