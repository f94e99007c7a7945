// Article pages, a batch at a time: the page by Eleventy, and beside it the
// dispatch as ninjs (JSON, not a page: written directly).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SiteConfig } from './config.ts';
import { renderRun } from './eleventy.ts';
import type { ArticlePageInput } from './archive.ts';
import { articleView } from './view.ts';

export interface ArticleBatch {
  pages: ArticlePageInput[];
  site: SiteConfig;
  outDir: string;
}

// Each Eleventy run leaves its pages behind for the garbage collector; a full
// collection after each batch keeps the peak to one batch (V8 would otherwise
// let several pile up before collecting).
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;

export async function renderArticleBatch({ pages, site, outDir }: ArticleBatch): Promise<number> {
  const views = pages.map((p) => articleView(p.article, site, p.context));
  await renderRun({ kind: 'articles', articles: views }, site, outDir);
  // Eleventy has made each page's folder: the ninjs goes beside the page.
  await Promise.all(views.map((v) => writeFile(path.join(outDir, v.url, 'ninjs.json'), v.ninjs + '\n')));
  collectGarbage();
  return views.length;
}
