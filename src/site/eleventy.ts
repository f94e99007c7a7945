// Eleventy lays out the archive we hand it as data. Templates paginate over
// pre-built page data (linear in the number of pages, DESIGN §3). Article
// pages are rendered in batches, each by its own Eleventy run, because
// Eleventy keeps every page it renders in memory: a batch at a time keeps
// memory bounded. The RSS plugin brings the feed date filters and the HTML
// base plugin, which serves the site under a path prefix.
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import nunjucks from 'nunjucks';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { absoluteUrl, PROJECT_ROOT, type SiteConfig } from './config.ts';
import type { Archive } from './archive.ts';
import type { Crumb } from './pages.ts';
import type { ArticleView, PageHead } from './view.ts';

export { PROJECT_ROOT };

export const TEMPLATES = path.join(PROJECT_ROOT, 'templates');
export const PUBLIC = path.join(PROJECT_ROOT, 'public');

export type RenderRun =
  | { kind: 'articles'; articles: ArticleView[] }
  | { kind: 'listings'; archive: Archive }
  /** Month and name pages, a batch at a time: at 100,000 dispatches they are tens of thousands. */
  | { kind: 'listing-pages'; months: Archive['months']; entityPages: Archive['entityPages'] };

interface PageData {
  item?: { title?: string; description?: string; summary?: string; lang?: string; breadcrumbs?: Crumb[] };
  title?: string;
  description?: string;
  breadcrumbs?: Crumb[];
  /** "" for a page without one (404). */
  canonical?: string;
  page: { url: string | false };
}

// What every page's <head> and breadcrumbs need, as a function rather than a
// template string: a Nunjucks string here would be escaped a second time.
// Article pages bring their own (`item.head`): working computed data out
// for each of thousands of pages is a cost Eleventy pays per page.
function pageHead(site: SiteConfig) {
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
function cachedNunjucks(cfg: EleventyUserConfig): void {
  let env: nunjucks.Environment | null = null;
  const compiled = new Map<string, nunjucks.Template>();
  cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
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

export async function renderRun(run: RenderRun, site: SiteConfig, outDir: string): Promise<void> {
  // Eleventy resolves its folders against the working directory.
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  const elev = new Eleventy(rel(TEMPLATES), rel(outDir), {
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(cfg) {
      const only = (keep: string[]) => {
        for (const name of readdirSync(TEMPLATES)) if (name.endsWith('.njk') && !keep.includes(name)) cfg.ignores.add(rel(path.join(TEMPLATES, name)));
      };
      cfg.setQuietMode(true);
      cachedNunjucks(cfg);
      cfg.setTemplateFormats(['njk']);
      cfg.setUseGitIgnore(false);
      cfg.addPlugin(rssPlugin);
      cfg.addGlobalData('site', site);
      if (run.kind === 'articles') {
        cfg.addGlobalData('batch', run.articles);
        // Only the article template runs in an article batch.
        only(['article.njk']);
      } else if (run.kind === 'listing-pages') {
        cfg.addGlobalData('eleventyComputed', { head: pageHead(site) });
        cfg.addGlobalData('archive', { months: run.months, entityPages: run.entityPages });
        only(['month.njk', 'entity.njk']);
      } else {
        // Month and name pages come in their own batches.
        cfg.addGlobalData('eleventyComputed', { head: pageHead(site) });
        cfg.addGlobalData('archive', { ...run.archive, months: [], entityPages: [] });
        only(readdirSync(TEMPLATES).filter((n) => !['article.njk', 'month.njk', 'entity.njk'].includes(n)));
        cfg.addPassthroughCopy({ [rel(PUBLIC)]: '/' });
      }
    },
  });
  await elev.write();
}
