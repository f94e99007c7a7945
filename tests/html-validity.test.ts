// The Nu Html Checker (vnu-jar, the W3C validator) on every kind of page:
// no errors. It needs Java; where Java is missing the test is skipped with
// the command that installs it, and on CI (CI=true) a missing Java fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, runCommand, tempDir } from './helpers/build.ts';
import { pagesOfEachKind, fileFor } from './helpers/site.ts';

const INSTALL = 'apt-get update && apt-get install -y default-jre-headless';

function javaSkip(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status === 0) return undefined;
  if (process.env.CI === 'true') throw new Error(`Java not found; CI must install it: ${INSTALL}`);
  return `Java not found; install it with: ${INSTALL}`;
}

test('the Nu Html Checker finds no error on any kind of page', { skip: javaSkip(), timeout: 180_000 }, () => {
  const dir = tempDir('vnu');
  const content = path.join(dir, 'content');
  mkdirSync(content);
  const fixtures = path.join(import.meta.dirname, 'fixtures', 'corpus');
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.txt'))) cpSync(path.join(fixtures, f), path.join(content, f));
  // The pages editors write, as content/ ships them.
  cpSync(path.join(ROOT, 'content', 'pages'), path.join(content, 'pages'), { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(runCommand('src/cli/build.ts', ['--content', content, '--out', out]).status, 0);
  const files = Object.values(pagesOfEachKind(out)).map((url) => fileFor(out, url)!);
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const report = JSON.parse(r.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; lastLine?: number }[] };
  const errors = report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${path.relative(out, new URL(m.url).pathname)}:${m.lastLine ?? ''} ${m.message}`);
  assert.deepEqual(errors, []);
});
