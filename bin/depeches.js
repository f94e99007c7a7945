#!/usr/bin/env node
// The `depeches` command: runs the compiled JavaScript in dist/, with no
// TypeScript loader in the build's process. In a checkout of the repository
// (its sources are there and change), dist/ is compiled again first when a
// source is newer than the last compilation, so that `npm run build` after an
// edit or a `git pull` runs the code as it is. Installed, dist/ is shipped
// compiled and nothing is checked.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.compiled');

/** The newest modification time under the given files and folders, in milliseconds. */
function newest(paths) {
  let latest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(p).map((name) => path.join(p, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

if (existsSync(path.join(root, 'tsconfig.build.json')) && existsSync(path.join(root, 'src'))) {
  const sources = ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json'].map((p) => path.join(root, p));
  if (!existsSync(stamp) || newest(sources) > statSync(stamp).mtimeMs) {
    process.stderr.write('compilation de src/ vers dist/…\n');
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
    if (r.status !== 0) {
      process.stderr.write('échec de la compilation (ci-dessus) : corriger src/ puis relancer\n');
      process.exit(1);
    }
    writeFileSync(stamp, '');
  }
}

await import('../dist/src/cli/main.js');
