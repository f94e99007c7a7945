// The output's disk turned against the build: full, read-only, not ours to
// write. Each time: a French message naming the path and what to do, exit 1,
// no stack trace, the published site byte for byte as it was, and nothing
// left beside it. The disks are small tmpfs mounts (the tests run as root in
// CI); where mounting is not allowed, those tests say so and are skipped.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCommand, tempDir } from './helpers/build.ts';
import { treeHash } from './helpers/tree.ts';

const CONTENT = path.join(ROOT, 'content');
const build = (content: string, out: string) => runCommand('src/cli/build.ts', ['--content', content, '--out', out]);
const NEW = 'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée alors que le disque du site ne peut plus rien recevoir, a indiqué la rédaction.\n';

/** A tmpfs of `size` mounted at `dir`, or the reason it cannot be. */
function mountDisk(t: TestContext, dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    return `mount -t tmpfs impossible ici (${(r.error?.message ?? r.stderr).trim()}) : lancer les tests en root, avec le droit de monter`;
  // Before the temporary folders are removed (at the process's exit).
  t.after(() => {
    spawnSync('umount', ['-l', dir]);
  });
  return null;
}

/** content/ on the ordinary disk, the site on a tmpfs, built once. */
function siteOnSmallDisk(t: TestContext, name: string) {
  const dir = tempDir(name);
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const disk = path.join(dir, 'disque');
  const cannot = mountDisk(t, disk, '32m');
  if (cannot) {
    t.skip(cannot);
    return null;
  }
  const out = path.join(disk, '_site');
  const first = build(content, out);
  assert.equal(first.status, 0, first.stderr);
  return { dir, content, disk, out };
}

function assertCleanFailure(r: { status: number | null; stderr: string }, message: RegExp) {
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, message);
  assert.match(r.stderr, /n'a pas été modifié/);
  assert.ok(!/^\s+at /m.test(r.stderr), `stack trace printed:\n${r.stderr}`);
  // Eleventy's own log (English, with the error's stack trace) stays silent.
  assert.doesNotMatch(r.stderr, /\[11ty\]/);
}

/** Fills `disk` until only about `free` bytes are left. */
function fill(disk: string, free: number): void {
  const filler = path.join(disk, 'remplissage');
  writeFileSync(`${filler}-reserve`, Buffer.alloc(free));
  for (const chunk of [1 << 20, 1 << 12, 1]) {
    for (let i = 0; ; i++) {
      try {
        writeFileSync(`${filler}-${chunk}-${i}`, Buffer.alloc(chunk));
      } catch {
        break;
      }
    }
  }
  rmSync(`${filler}-reserve`);
}

// No room at all (the lock cannot be written), or room for the first pages
// and not the rest (the temporary folder must go), or room for nearly
// everything (Pagefind or the last pages fail).
for (const free of [0, 256 * 1024, 1024 * 1024, 2 * 1024 * 1024, 4 * 1024 * 1024]) {
  test(`a full disk (${free / 1024} Kio free): a French message naming the path, exit 1, the site untouched and nothing left`, (t) => {
    const ws = siteOnSmallDisk(t, 'disk-full');
    if (!ws) return;
    const { content, disk, out } = ws;
    const before = treeHash(out);
    // Another address: every page is written again, none linked from the published site.
    fill(disk, free);
    writeFileSync(path.join(content, 'nouvelle.txt'), NEW);
    const r = runCommand('src/cli/build.ts', ['--content', content, '--out', out], { SITE_URL: 'https://autre.example.org' });
    t.diagnostic(r.stderr.split('\n').find((l) => l.startsWith('échec')) ?? r.stderr);
    assertCleanFailure(
      r,
      /échec de la construction : (?:disque plein \(.*disque.*\) : libérer de la place|l'index de recherche .*Pagefind|le processus de Pagefind)/,
    );
    assert.equal(treeHash(out), before);
    assert.deepEqual(
      readdirSync(disk).filter((f) => f.startsWith('_site.') && !f.startsWith('_site.old-')),
      [],
    );
  });
}

test('a read-only output disk: a French message, exit 1, the site untouched', (t) => {
  const ws = siteOnSmallDisk(t, 'disk-ro');
  if (!ws) return;
  const { content, disk, out } = ws;
  const before = treeHash(out);
  const ro = spawnSync('mount', ['-o', 'remount,ro', disk]);
  if (ro.status !== 0) {
    t.skip('mount -o remount,ro impossible ici');
    return;
  }
  writeFileSync(path.join(content, 'nouvelle.txt'), NEW);
  const r = build(content, out);
  assertCleanFailure(r, /échec de la construction : système de fichiers en lecture seule \(.*disque.*\) : choisir un dossier où écrire \(--out\)/);
  assert.equal(treeHash(out), before);
});

test('an output folder the build may not write to (another user runs it): a French message, exit 1, the site untouched', (t) => {
  const dir = tempDir('disk-perm');
  chmodSync(dir, 0o755);
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, 'public', '_site');
  assert.equal(build(content, out).status, 0);
  const before = treeHash(out);
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  if (probe.error || probe.status !== 0) {
    t.skip("setpriv ne peut pas passer à l'utilisateur nobody ici (apt-get install util-linux, tests en root)");
    return;
  }
  const r = spawnSync(
    'setpriv',
    [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      process.execPath,
      '--import',
      'tsx',
      path.join(ROOT, 'src/cli/build.ts'),
      '--content',
      content,
      '--out',
      out,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOME: '/tmp' } },
  );
  assertCleanFailure(r, /échec de la construction : accès refusé \(.*public.*\) : vérifier les droits de ce dossier/);
  assert.equal(treeHash(out), before);
});
