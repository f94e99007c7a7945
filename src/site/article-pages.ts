// Article pages, a batch at a time: the page (template-pages.ts), and beside
// it the dispatch as ninjs (JSON).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from './config.ts';
import type { TemplatePages } from './template-pages.ts';
import type { ArticlePageInput } from './archive.ts';
import { articleView } from './view.ts';

export async function writeArticlePages(pages: ArticlePageInput[], site: SiteConfig, out: TemplatePages): Promise<number> {
  for (const p of pages) {
    const item = articleView(p.article, site, p.context);
    const dir = await out.write('article.njk', { item, head: item.head, ogType: 'article' }, item.url);
    writeFileSync(path.join(dir, 'ninjs.json'), item.ninjs + '\n');
  }
  return pages.length;
}
