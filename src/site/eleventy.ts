// Eleventy renders the site from data we hand it: the parsed articles. One
// template paginates over them (linear in the number of pages), instead of
// one input file per dispatch (DESIGN §3).
import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import type { SiteConfig } from './config.ts';
import type { ArticleView } from './view.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RenderInput {
  articles: ArticleView[];
  site: SiteConfig;
  outDir: string;
}

interface PageData {
  article?: ArticleView;
  title?: string;
  description?: string;
  lang?: string;
}

// What every page's <head> needs, as functions rather than template strings:
// a Nunjucks string here would be escaped once more by the layout.
function pageComputed(site: SiteConfig) {
  return {
    pageTitle: (data: PageData) => data.article?.headline ?? data.title ?? '',
    pageDescription: (data: PageData) => data.article?.lede ?? data.description ?? site.tagline,
    pageLang: (data: PageData) => data.article?.lang ?? data.lang ?? site.language,
  };
}

export async function renderSite({ articles, site, outDir }: RenderInput): Promise<void> {
  // Eleventy resolves its folders against the working directory.
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  const input = rel(path.join(PROJECT_ROOT, 'templates'));
  const elev = new Eleventy(input, rel(outDir), {
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(cfg) {
      cfg.setQuietMode(true);
      cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
      cfg.setTemplateFormats(['njk']);
      cfg.setUseGitIgnore(false);
      cfg.addGlobalData('site', site);
      cfg.addGlobalData('articles', articles);
      cfg.addGlobalData('latest', articles.slice(0, site.homeCount));
      cfg.addGlobalData('eleventyComputed', pageComputed(site));
      cfg.addPassthroughCopy({ [rel(path.join(PROJECT_ROOT, 'public'))]: '/' });
    },
  });
  await elev.write();
}
