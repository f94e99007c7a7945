// What a build's output was made with, as a hash of files: the parser's code
// for the parse cache, templates and page code for page reuse. Paths count
// (relative to the folder hashed, so that the same files hash the same
// wherever they are installed) as well as contents; a missing one is skipped.
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CODE_ROOT, PACKAGE_ROOT } from './paths.ts';

export function hashFiles(hash: Hash, roots: string[]): Hash {
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const add = (full: string) => {
      if (statSync(full).isDirectory()) {
        for (const name of readdirSync(full).sort()) add(path.join(full, name));
      } else {
        hash.update(path.join(path.basename(root), path.relative(root, full)));
        hash.update(readFileSync(full));
      }
    };
    add(root);
  }
  return hash;
}

/**
 * A part of Dépêches's code (`dispatch`: the parser; `site`: the pages), as
 * it runs (TypeScript sources or compiled JavaScript), with the versions of
 * the libraries it calls: the package's exact dependencies and, in this
 * repository, its lock file.
 */
export function codeFiles(part: 'dispatch' | 'site'): string[] {
  // The parser gives each dispatch its url from the site's URL scheme.
  const urls = part === 'dispatch' ? [path.join(CODE_ROOT, 'site', 'urls.ts'), path.join(CODE_ROOT, 'site', 'urls.js')] : [];
  return [path.join(CODE_ROOT, part), ...urls, path.join(PACKAGE_ROOT, 'package.json'), path.join(PACKAGE_ROOT, 'package-lock.json')];
}
