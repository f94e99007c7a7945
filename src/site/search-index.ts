// The search index: Pagefind over the rendered pages, written to /pagefind/.
// One French index for the whole archive (forceLanguage): French stemming for
// French copy, and one place to search the few dispatches in other languages,
// which a language filter then separates.
import * as pagefind from 'pagefind';
import path from 'node:path';

export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
