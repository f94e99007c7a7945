// Pages of which the site has thousands (one per dispatch, month and name)
// are rendered here rather than by Eleventy paginating over them: for each
// page Eleventy pays for pagination, its data cascade, layout resolution and
// the garbage it leaves (a run per batch, with a full collection after each,
// to keep memory bounded), which cost more than the page itself. A page here
// is its template chained into the base layout as Eleventy chains a layout,
// rendered in an environment made as Eleventy makes its own, then given the
// HTML base transform Eleventy applies (eleventy.ts). The output is the same
// byte for byte. Eleventy keeps the few other pages and the static files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from './config.ts';
import { htmlBaseTransform, nunjucksEnvironment } from './eleventy.ts';

export interface TemplatePages {
  /** Renders `_includes/<template>` with `data` (and `site`) in the base layout; writes it at `url`; returns its folder. */
  write(template: string, data: Record<string, unknown>, url: string): Promise<string>;
}

export async function templatePages(site: SiteConfig, outDir: string): Promise<TemplatePages> {
  const env = nunjucksEnvironment();
  const layout = env.getTemplate('base.njk', true);
  const transform = await htmlBaseTransform(site);
  return {
    async write(template, data, url) {
      const page = { site, ...data };
      const content = env.getTemplate(template, true).render(page);
      const html = await transform(layout.render({ ...page, content }), url);
      const dir = path.join(outDir, url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), html);
      return dir;
    },
  };
}
