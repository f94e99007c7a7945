// tsx runs the sources through esbuild for this Node version, and esbuild
// rewrites a regular expression literal with a bare \p{…} outside a character
// class (/^\p{Lu}/u) into `new RegExp("^\\p{Lu}", "u")`: inside a function that
// builds the expression again on every call (34 such in the parser, several
// per word or per phrase). Written [\p{Lu}], the same expression stays a
// literal. This keeps it so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers/build.ts';

// The esbuild that tsx itself runs.
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as typeof import('esbuild');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('no regular expression literal becomes a constructor call under tsx (write [\\p{L}], not \\p{L})', () => {
  const added: string[] = [];
  const files = [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'bench'))];
  assert.ok(files.length > 40);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const code = esbuild.transformSync(text, { loader: 'ts', format: 'esm', target: `node${process.versions.node}` }).code;
    const count = (s: string) => (s.match(/new RegExp\(/g) ?? []).length;
    if (count(code) > count(text)) added.push(`${path.relative(ROOT, file)}: ${count(code) - count(text)}`);
  }
  assert.deepEqual(added, []);
});
