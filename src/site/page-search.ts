// Editors' pages in search: one small Pagefind bundle of their own at
// /pagefind/pages/, merged by the search page beside the years' bundles. The
// years' bundles read only their year's folder (search-index.ts), so a page
// at /a-propos/ would otherwise never be found. A few pages: indexed again on
// every build, as they are rendered on every build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export const PAGES_BUNDLE = 'pages';

/** Indexes the written pages at `urls` (site paths such as /a-propos/); returns how many. */
export async function indexEditorPages(siteDir: string, urls: string[]): Promise<number> {
  if (urls.length === 0) return 0;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', rootSelector: '[data-pagefind-body]' });
  if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
  try {
    for (const url of urls) {
      // Relative to the site's root, as the search page gives this bundle the site's base.
      const added = await index.addHTMLFile({ url: url.replace(/^\//, ''), content: readFileSync(path.join(siteDir, url, 'index.html'), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind', PAGES_BUNDLE) });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
    return urls.length;
  } finally {
    await index.deleteIndex();
  }
}
