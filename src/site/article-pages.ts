// Article pages, a batch at a time: the page, and beside it the dispatch as
// ninjs (JSON). They are most of the site (one per dispatch) and Eleventy's
// per-page pipeline (pagination, data cascade, layout resolution, a run per
// batch to bound its memory) cost more than the page itself, so they are
// rendered here: the same Nunjucks templates and layout, an environment made
// as Eleventy makes its own, and the HTML base transform Eleventy applies
// (eleventy.ts). Listings stay with Eleventy. The site's output is the same
// byte for byte (tests/site.test.ts builds under a path prefix too).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from './config.ts';
import { htmlBaseTransform, nunjucksEnvironment } from './eleventy.ts';
import type { ArticlePageInput } from './archive.ts';
import { articleView } from './view.ts';

/** Data every article page gets beside its own (what article.njk's front matter gave under Eleventy). */
const PAGE_DATA = { ogType: 'article' };

export type ArticlePageWriter = (pages: ArticlePageInput[]) => Promise<number>;

export async function articlePageWriter(site: SiteConfig, outDir: string): Promise<ArticlePageWriter> {
  const env = nunjucksEnvironment();
  const body = env.getTemplate('article.njk', true);
  const layout = env.getTemplate('base.njk', true);
  const transform = await htmlBaseTransform(site);
  return async (pages) => {
    for (const p of pages) {
      const item = articleView(p.article, site, p.context);
      const data = { ...PAGE_DATA, site, item };
      const html = await transform(layout.render({ ...data, content: body.render(data) }), item.url);
      const dir = path.join(outDir, item.url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), html);
      writeFileSync(path.join(dir, 'ninjs.json'), item.ninjs + '\n');
    }
    return pages.length;
  };
}
