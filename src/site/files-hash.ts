// What a build's output was made with, as a hash of files: the parser's code
// for the parse cache, templates and page code for page reuse. Paths count
// (relative to the project) as well as contents; a missing one is skipped.
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';

export function hashFiles(hash: Hash, roots: string[]): Hash {
  const add = (full: string) => {
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.join(full, name));
    } else {
      hash.update(path.relative(PROJECT_ROOT, full));
      hash.update(readFileSync(full));
    }
  };
  for (const root of roots) if (existsSync(root)) add(root);
  return hash;
}
