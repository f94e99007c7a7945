// Ctrl-C, SIGTERM or SIGHUP (the terminal closed) in the middle of a build: the published site stays as it
// was and the temporary output is removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../bench/generate.ts';
import { buildInto, NODE_ARGS, ROOT, tempDir } from './helpers/build.ts';
import { treeHash } from './helpers/tree.ts';

const CODES = { SIGTERM: 143, SIGINT: 130, SIGHUP: 129 } as const;

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  test(`${signal} during a build leaves _site as it was and removes the temporary output`, { timeout: 180_000 }, async () => {
    const dir = tempDir('interrupt');
    const content = path.join(dir, 'content');
    const out = path.join(dir, '_site');
    writeCorpus(content, 1500, 7);
    assert.equal(buildInto(content, out).status, 0);
    const before = treeHash(out);
    writeFileSync(
      path.join(content, 'nouvelle.txt'),
      'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée pendant que le site se reconstruit, a indiqué la rédaction.\n',
    );

    const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/build.ts'), '--content', content, '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the build is writing its temporary output, then stop it at once
    // (polled closely: a folder made but not yet recorded was once left behind).
    const deadline = Date.now() + 120_000;
    while (!readdirSync(dir).some((f) => f.startsWith('_site.tmp-')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    assert.ok(
      readdirSync(dir).some((f) => f.startsWith('_site.tmp-')),
      'the build never started writing',
    );
    child.kill(signal);
    const code = await exited;
    assert.equal(code, CODES[signal], stderr);
    assert.match(stderr, /interrompu .* le site publié n'a pas été modifié/);
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f !== '.depeches-cache')
        .sort(),
      ['_site', 'content'],
    );
    // Nothing the build had started (Pagefind's process, a write in flight) makes it again afterwards.
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f !== '.depeches-cache')
        .sort(),
      ['_site', 'content'],
    );
    assert.equal(treeHash(out), before);
  });
}
