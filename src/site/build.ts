// The whole build: read content/, parse every dispatch, hand the articles to
// Eleventy, swap the finished site into place. Returns what happened, for the
// command to print.
import type { Diagnostic } from '../dispatch/article.ts';
import { readContent, type FileReport, type Progress } from './content.ts';
import { siteConfig, type SiteConfig } from './config.ts';
import { buildArchive } from './archive.ts';
import { renderSite } from './eleventy.ts';
import { discard, swapIn, temporaryOutput } from './output.ts';
import { indexSite } from './search-index.ts';

export type { FileReport };

export type Phase = 'lecture' | 'rendu' | 'index de recherche' | 'écriture';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site?: SiteConfig;
  /** Publish the valid dispatches even when others have errors. */
  keepGoing?: boolean;
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
}

const count = (files: FileReport[], s: Diagnostic['severity']) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const site = options.site ?? siteConfig();
  options.onPhase?.('lecture');
  const content = await readContent(options.contentDir, options.onProgress);
  const report: BuildReport = {
    read: content.files.length,
    published: 0,
    warnings: count(content.files, 'warning'),
    errors: count(content.files, 'error'),
    seconds: 0,
    files: content.files,
    rejected: content.rejected,
    written: false,
  };
  if (report.errors === 0 || options.keepGoing) {
    options.onPhase?.('rendu');
    const archive = buildArchive(content.publishable, site);
    const tmp = await temporaryOutput(options.outDir);
    try {
      await renderSite({ archive, site, outDir: tmp });
      options.onPhase?.('index de recherche');
      await indexSite(tmp);
      options.onPhase?.('écriture');
      await swapIn(tmp, options.outDir);
    } catch (error) {
      await discard(tmp);
      throw error;
    }
    report.published = archive.articles.length;
    report.written = true;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
