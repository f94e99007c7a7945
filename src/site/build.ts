// The whole build: read content/, parse every dispatch, hand the articles to
// Eleventy, swap the finished site into place. Returns what happened, for the
// command to print.
import path from 'node:path';
import type { Diagnostic } from '../dispatch/article.ts';
import { readContent, type FileReport, type Progress } from './content.ts';
import { PROJECT_ROOT, siteConfig, type SiteConfig } from './config.ts';
import { writingInto } from './failure.ts';
import { lockOutput } from './lock.ts';
import { checkOutput, discard, prepareOutputParent, removeStaleOutput, swapIn, temporaryOutput } from './output.ts';
import type { RenderReport } from './render.ts';

export type { FileReport };

export type Phase = 'lecture' | 'rendu' | 'écriture';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site?: SiteConfig;
  /** Publish the valid dispatches even when others have errors. */
  keepGoing?: boolean;
  /** Publish even when the build would remove most of the published dispatches. */
  allowShrink?: boolean;
  /** Parsed dispatches kept between builds (default: .depeches-cache beside the output). */
  cacheDir?: string | null;
  onPhase?: (phase: Phase) => void;
  /** Told when the build waits for another on the same output (default: printed on stderr). */
  onNotice?: (message: string) => void;
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
  /** The build would have removed most of the published archive: refused, output untouched. */
  shrinkRefused?: boolean;
  /** Seconds spent in each phase. */
  phases: Record<string, number>;
  render?: RenderReport;
}

/** The parse cache lives beside the output: .depeches-cache/ next to _site/. */
export function defaultCacheDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), '.depeches-cache');
}

const count = (files: FileReport[], s: Diagnostic['severity']) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === s).length, 0);

// A build that would take more than this share of the published dispatches
// off the site, and at least this many, is refused unless told otherwise
// (allowShrink): an empty or mistyped content folder, or --keep-going over
// a folder of broken files, would otherwise replace the archive with next to
// nothing. Counts, not URLs: a parser upgrade that changes many headlines
// (and so URLs) removes nothing.
const SHRINK_SHARE = 0.5;
const SHRINK_AT_LEAST = 3;

/** The refusal, as a message about the archive, or null when the build may go on. */
function shrinkRefusal(published: number, publishing: number, options: BuildOptions): FileReport | null {
  const removed = published - publishing;
  if (options.allowShrink || removed < SHRINK_AT_LEAST || removed <= published * SHRINK_SHARE) return null;
  const message = `cette construction retirerait ${removed} des ${published} dépêches publiées dans ${options.outDir}/ (il en resterait ${publishing}) : ${options.contentDir}/ est-il le bon dossier, complet ? Vérifier --content ; pour publier quand même, relancer avec --allow-shrink`;
  return { file: options.contentDir, diagnostics: [{ severity: 'error', message, rule: 'archive-shrink' }], notice: true };
}

/**
 * Build, holding the output's lock: a second build on the same output waits
 * for the first (lock.ts). Folders a killed build left beside the output are
 * removed once the lock is ours.
 */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  // A system error that does not say which file (a write to a full disk)
  // names at least the folder the output is written in.
  let parent = path.dirname(path.resolve(options.outDir));
  let release: (() => void) | null = null;
  try {
    // The folder the site replaces: never the dispatches or the project; a link's target.
    // (The parse cache stays beside the output as named, in the project, not beside a link's target.)
    const cacheDir = options.cacheDir === undefined ? defaultCacheDir(options.outDir) : options.cacheDir;
    options = { ...options, cacheDir, outDir: checkOutput(options.outDir, options.contentDir, PROJECT_ROOT) };
    parent = path.dirname(options.outDir);
    prepareOutputParent(options.outDir);
    release = await lockOutput(options.outDir, options.onNotice ?? ((message) => process.stderr.write(`${message}\n`)));
    removeStaleOutput(options.outDir);
    return await buildLocked(options, started);
  } catch (error) {
    throw writingInto(error, parent);
  } finally {
    release?.();
  }
}

async function buildLocked(options: BuildOptions, started: number): Promise<BuildReport> {
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
    if (process.env.DEPECHES_MEMORY)
      process.stderr.write(
        `${name}: rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} Mio, tas ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} Mio\n`,
      );
  };
  options.onPhase?.('lecture');
  const content = await readContent(options.contentDir, { progress: options.onProgress, cacheDir: options.cacheDir ?? undefined, exclude: [options.outDir] });
  lap('lecture et analyse');
  const report: BuildReport = {
    read: content.files.filter((f) => !f.notice).length - content.pagesRead,
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
    const [{ buildArchive }, { readManifest, renderArchive }] = await pagesCode;
    const previous = readManifest(options.outDir);
    const refusal = shrinkRefusal(previous ? Object.keys(previous.pages).length : 0, content.publishable.length, options);
    if (refusal) {
      report.files.push(refusal);
      report.errors++;
      report.shrinkRefused = true;
    } else {
      // Editors' pages are in every page's footer: with the settings, so that a new page renders every page again.
      const pagesSite: SiteConfig = { ...site, footerPages: content.pages.map((p) => ({ href: p.url, title: p.title })) };
      const archive = buildArchive(content.publishable, pagesSite, { editorPages: content.pages });
      lap('pages');
      const tmp = temporaryOutput(options.outDir);
      try {
        report.render = await renderArchive(archive, pagesSite, tmp, options.outDir, previous);
        phases.rendu = report.render.seconds.articles + report.render.seconds.listings;
        // Pagefind mostly runs while pages are rendered: what is left is the wait.
        phases['index de recherche'] = report.render.seconds.searchWait;
        mark = performance.now();
        options.onPhase?.('écriture');
        swapIn(tmp, options.outDir);
        lap('écriture');
      } catch (error) {
        await discard(tmp);
        throw writingInto(error, tmp);
      }
      report.published = archive.sources.length;
      report.written = true;
    }
  }
  // The site is in place: a cache that could not be saved is a warning, not a failure.
  const unsaved = await content.saved;
  if (unsaved) {
    report.files.push(unsaved);
    report.warnings++;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
