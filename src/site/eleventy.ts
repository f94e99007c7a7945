// Eleventy lays out the archive we hand it as data: the home page, archives,
// years, A–Z indexes, feeds, sitemap, robots, search and 404, with the static
// files. Templates paginate over pre-built page data (linear in the number of
// pages, DESIGN §3). The pages of which there are thousands (articles, months,
// names) are rendered outside Eleventy's per-page pipeline (template-pages.ts)
// with an environment made as Eleventy makes its own and the same HTML base
// transform. The RSS plugin brings the feed date filters and the HTML base
// plugin, which serves the site under a path prefix.
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import nunjucks from 'nunjucks';
import path from 'node:path';
import { absoluteUrl, PROJECT_ROOT, type SiteConfig } from './config.ts';
import { currentTheme } from './theme.ts';
import type { Archive } from './archive.ts';
import type { Crumb } from './pages.ts';
import type { PageHead } from './view.ts';

export { PROJECT_ROOT };

// Eleventy resolves its folders against the working directory.
const rel = (p: string) => path.relative(process.cwd(), p) || '.';

export interface PageData {
  item?: { title?: string; description?: string; summary?: string; lang?: string; breadcrumbs?: Crumb[] };
  title?: string;
  description?: string;
  breadcrumbs?: Crumb[];
  /** "" for a page without one (404). */
  canonical?: string;
  page: { url: string | false };
}

// What a listing page's <head> and breadcrumbs need, as a function rather
// than a template string: a Nunjucks string here would be escaped a second
// time. Eleventy's pages get it as computed data; month and name pages from
// template-pages.ts are given it; article pages are given the one their view made.
export function pageHead(site: SiteConfig) {
  return (d: PageData): PageHead => ({
    title: d.item?.title ?? d.title ?? site.title,
    description: d.item?.description ?? (d.item?.summary ? `${d.item.title} : ${d.item.summary}` : undefined) ?? d.description ?? site.description,
    lang: d.item?.lang ?? site.language,
    breadcrumbs: d.item?.breadcrumbs ?? d.breadcrumbs ?? [],
    canonical: d.canonical ?? (d.page.url ? absoluteUrl(site, d.page.url) : undefined),
  });
}

// Eleventy 3.1 compiles a Nunjucks template again for every page it renders
// (its compile cache is off for Nunjucks): with one template paginating over
// thousands of articles, compiling cost more than rendering. Here each
// template is compiled once per run, in Eleventy's own environment (with its
// filters). The cache lives and dies with the run; so does the environment,
// which is why it is borrowed (amendLibrary), not given (setLibrary: Eleventy
// keeps every library it is given for the life of the process, and with it
// every run's data).
const NUNJUCKS_OPTIONS = { autoescape: true, throwOnUndefined: false };

function cachedNunjucks(cfg: EleventyUserConfig): void {
  let env: nunjucks.Environment | null = null;
  const compiled = new Map<string, nunjucks.Template>();
  cfg.setNunjucksEnvironmentOptions(NUNJUCKS_OPTIONS);
  cfg.amendLibrary('njk', (library) => {
    env = library as nunjucks.Environment;
  });
  cfg.addExtension('njk', {
    compileOptions: { cache: false, permalink: true },
    compile(str: string, inputPath: string) {
      if (!env) throw new Error("Eleventy n'a pas créé son environnement Nunjucks");
      const key = `${inputPath}\u0000${str}`;
      let template = compiled.get(key);
      if (!template) {
        template = new nunjucks.Template(str, env, inputPath ? path.resolve(inputPath) : undefined, true);
        compiled.set(key, template);
      }
      const ready = template;
      return (data: object) => new Promise<string>((resolve, reject) => ready.render(data, (e, out) => (e ? reject(e) : resolve(out ?? ''))));
    },
  });
}

let passthroughListened = false;

/** Eleventy's run: every page but articles, months and names (template-pages.ts), and the static files. */
export async function renderListings(archive: Archive, site: SiteConfig, outDir: string): Promise<void> {
  const theme = currentTheme();
  const elev = new Eleventy(rel(theme.templates), rel(outDir), {
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(cfg) {
      cfg.setQuietMode(true);
      cachedNunjucks(cfg);
      cfg.setTemplateFormats(['njk']);
      cfg.setUseGitIgnore(false);
      // Installed, the shipped templates are under the archive's node_modules/,
      // which Eleventy ignores by default: it then made no home page at all.
      cfg.ignores.delete('**/node_modules/**');
      cfg.addPlugin(rssPlugin);
      cfg.addGlobalData('site', site);
      cfg.addGlobalData('eleventyComputed', { head: pageHead(site) });
      // Month and name pages are not Eleventy's (template-pages.ts): not handed to it.
      cfg.addGlobalData('archive', { ...archive, months: [], entityPages: [] });
      cfg.addPassthroughCopy({ [rel(theme.public)]: '/' });
    },
  });
  // Eleventy's own log is English, and on a failure prints the error's stack
  // trace before write() rejects: the build says what failed, in French (and
  // an unexpected error still ends the command with its stack trace).
  elev.disableLogger();
  // Eleventy 3.1's write() starts copying public/ and handles that copy's
  // failure only once every template is generated: a copy failing first (a
  // full disk) was an unhandled rejection, and Node ended the build there,
  // with Eleventy's stack trace and its temporary folder left behind. Such a
  // rejection is let be: write() rejects with it (or with the failure that
  // came first), and the build reports that. It can come after write() has
  // rejected, so the listener stays for the life of the process. Any other
  // unhandled rejection is thrown, as Node would.
  if (!passthroughListened) {
    process.on('unhandledRejection', (reason: unknown) => {
      if ((reason as Error | null)?.name !== 'TemplatePassthroughManagerCopyError') throw reason;
    });
    passthroughListened = true;
  }
  await elev.write();
}

/** A Nunjucks environment as Eleventy makes its own: the same options, layouts and includes from `_includes/`. */
export function nunjucksEnvironment(): nunjucks.Environment {
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(currentTheme().templates, '_includes')), NUNJUCKS_OPTIONS);
}

export type PageTransform = (html: string, url: string) => Promise<string>;

/**
 * What Eleventy does to a page after its layout: the HTML base plugin's
 * transform, which puts the path prefix before the site's own links. Nothing
 * to do at the root; under a prefix, the plugin's own filter, from an
 * Eleventy configured as the site's runs are.
 */
export async function htmlBaseTransform(site: SiteConfig): Promise<PageTransform> {
  if (site.pathPrefix === '/') return async (html) => html;
  let userConfig: EleventyUserConfig | undefined;
  const elev = new Eleventy(rel(currentTheme().templates), undefined, {
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(cfg) {
      cfg.addPlugin(rssPlugin);
      userConfig = cfg;
    },
  });
  await elev.init();
  const filter = userConfig?.getFilter('transformWithHtmlBase') as ((this: { page: { url: string } }, html: string) => Promise<string>) | undefined;
  if (!filter) throw new Error("le greffon HTML base d'Eleventy n'a pas fourni transformWithHtmlBase");
  return (html, url) => filter.call({ page: { url } }, html);
}
