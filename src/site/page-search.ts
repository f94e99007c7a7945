// Editors' pages in search: one small Pagefind bundle of their own at
// /pagefind/pages/, merged by the search page beside the years' bundles. The
// years' bundles read only their year's folder (search-index.ts), so a page
// at /a-propos/ would otherwise never be found. A few pages: indexed again on
// every build, as they are rendered on every build.
import { indexPageFiles } from './search-index.ts';

export const PAGES_BUNDLE = 'pages';

/** Indexes the written pages at `urls` (site paths such as /a-propos/); returns how many. */
export async function indexEditorPages(siteDir: string, urls: string[]): Promise<number> {
  if (urls.length === 0) return 0;
  return indexPageFiles(siteDir, urls, PAGES_BUNDLE);
}
