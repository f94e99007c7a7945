// Eleventy lays out the archive we hand it as data. Templates paginate over
// pre-built page data (linear in the number of pages, DESIGN §3); the RSS
// plugin brings the feed date filters and the HTML base plugin, which serves
// the site under a path prefix.
import Eleventy from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import path from 'node:path';
import { absoluteUrl, PROJECT_ROOT, type SiteConfig } from './config.ts';
import type { Archive } from './archive.ts';
import type { Crumb } from './pages.ts';

export { PROJECT_ROOT };

export interface RenderInput {
  archive: Archive;
  site: SiteConfig;
  outDir: string;
}

interface PageData {
  item?: { headline?: string; title?: string; description?: string; summary?: string; lang?: string; breadcrumbs?: Crumb[] };
  title?: string;
  description?: string;
  breadcrumbs?: Crumb[];
  page: { url: string | false };
}

// What every page's <head> and breadcrumbs need, as functions rather than
// template strings: a Nunjucks string here would be escaped a second time.
function pageComputed(site: SiteConfig) {
  return {
    pageTitle: (d: PageData) => d.item?.headline ?? d.item?.title ?? d.title ?? site.title,
    pageDescription: (d: PageData) => d.item?.description ?? (d.item?.summary ? `${d.item.title} : ${d.item.summary}` : undefined) ?? d.description ?? site.description,
    pageLang: (d: PageData) => d.item?.lang ?? site.language,
    pageBreadcrumbs: (d: PageData) => d.item?.breadcrumbs ?? d.breadcrumbs ?? [],
    canonical: (d: PageData) => (d.page.url ? absoluteUrl(site, d.page.url) : undefined),
  };
}

export async function renderSite({ archive, site, outDir }: RenderInput): Promise<void> {
  // Eleventy resolves its folders against the working directory.
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  const elev = new Eleventy(rel(path.join(PROJECT_ROOT, 'templates')), rel(outDir), {
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(cfg) {
      cfg.setQuietMode(true);
      cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
      cfg.setTemplateFormats(['njk']);
      cfg.setUseGitIgnore(false);
      cfg.addPlugin(rssPlugin);
      cfg.addGlobalData('site', site);
      cfg.addGlobalData('archive', archive);
      cfg.addGlobalData('eleventyComputed', pageComputed(site));
      cfg.addPassthroughCopy({ [rel(path.join(PROJECT_ROOT, 'public'))]: '/' });
    },
  });
  await elev.write();
}
