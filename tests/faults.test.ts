// Builds that die or meet each other: a build killed outright leaves nothing
// that lasts, a second build on the same output waits for the first and says
// so, and a lock left by a dead build does not stop the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../bench/generate.ts';
import { buildInto, NODE_ARGS, ROOT, runCommand, tempDir } from './helpers/build.ts';
import { treeHash } from './helpers/tree.ts';

const CONTENT = path.join(ROOT, 'content');
const leftovers = (dir: string) => readdirSync(dir).filter((f) => /^_site\.(tmp-|lock)/.test(f));

function startBuild(
  content: string,
  out: string,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/build.ts'), '--content', content, '--out', out, ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  // Polled closely: the moments waited for can be short.
  for (let i = 0; i < 60_000 && !condition(); i++) await new Promise((r) => setTimeout(r, 2));
  assert.ok(condition(), `never happened: ${what}`);
}

test('a build killed with SIGKILL while indexing leaves a temporary folder and a lock that the next build removes', { timeout: 240_000 }, async () => {
  const dir = tempDir('sigkill');
  const content = path.join(dir, 'content');
  const out = path.join(dir, '_site');
  writeCorpus(content, 600, 3);
  assert.equal(buildInto(content, out).status, 0);
  const before = treeHash(out);
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée pendant que le site se reconstruit, a indiqué la rédaction.\n',
  );
  const build = startBuild(content, out);
  await until(() => readdirSync(dir).some((f) => f.startsWith('_site.tmp-')), 'the build writes its temporary output');
  build.child.kill('SIGKILL');
  assert.equal(await build.exited, null);
  assert.ok(
    leftovers(dir).some((f) => f.startsWith('_site.tmp-')),
    'nothing left behind: the scenario did not happen',
  );
  assert.equal(treeHash(out), before);

  const next = buildInto(content, out);
  assert.equal(next.status, 0, next.stderr);
  assert.doesNotMatch(next.stderr, /attente/, 'waited for a dead build');
  assert.deepEqual(leftovers(dir), []);
  assert.ok(existsSync(path.join(out, '2024', '01')));
});

test('a second build on the same output waits for the first, saying so, and both publish', { timeout: 240_000 }, async () => {
  const dir = tempDir('lock');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(buildInto(content, out).status, 0);
  // A build holding the lock, as lock.ts writes it: a live process of this machine.
  const holder = spawn('sleep', ['600']);
  writeFileSync(path.join(dir, '_site.lock'), JSON.stringify({ pid: holder.pid, host: hostname(), started: null }));
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée pendant une autre construction, a indiqué la rédaction.\n',
  );
  const waiting = startBuild(content, out);
  await until(() => /attente de sa fin/.test(waiting.stderr()), 'the second build says it waits');
  assert.match(waiting.stderr(), new RegExp(`une autre construction \\(pid ${holder.pid}\\) écrit déjà dans .*_site/ : attente de sa fin`));
  assert.ok(!existsSync(path.join(out, '2024')), 'published while another build held the lock');
  // The holder ends without removing its lock (killed): the waiting build takes it over.
  holder.kill('SIGKILL');
  assert.equal(await waiting.exited, 0, waiting.stderr());
  assert.ok(existsSync(path.join(out, '2024', '01')));
  assert.deepEqual(leftovers(dir), []);
});

test('builds started together on one output all succeed, one after the other, and the site is whole', { timeout: 240_000 }, async () => {
  const dir = tempDir('together');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(buildInto(content, out).status, 0);
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée avant trois constructions lancées ensemble, a indiqué la rédaction.\n',
  );
  const builds = [0, 1, 2].map(() => startBuild(content, out));
  const codes = await Promise.all(builds.map((b) => b.exited));
  assert.deepEqual(codes, [0, 0, 0], builds.map((b) => b.stderr()).join('\n---\n'));
  assert.deepEqual(leftovers(dir), []);
  const fresh = path.join(dir, 'fresh');
  assert.equal(buildInto(content, fresh).status, 0);
  assert.equal(treeHash(out), treeHash(fresh));
});

test('a lock left by a dead build, or one that is not a lock at all, does not stop the next build', () => {
  const dir = tempDir('stale-lock');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  // Folders of the user's that merely start like the build's own are never removed.
  for (const mine of ['_site.old-copie', '_site.tmp-notes', '_site.lock-ancien']) mkdirSync(path.join(dir, mine, 'dedans'), { recursive: true });
  const gone = spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
  for (const lock of [
    JSON.stringify({ pid: Number(gone), host: hostname(), started: null }),
    "ceci n'est pas un verrou",
    JSON.stringify({ pid: process.pid, host: hostname(), started: '1' }),
  ]) {
    writeFileSync(path.join(dir, '_site.lock'), lock);
    const r = buildInto(content, out);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /attente/);
    assert.deepEqual(leftovers(dir), ['_site.lock-ancien', '_site.tmp-notes']);
  }
  assert.ok(existsSync(path.join(dir, '_site.old-copie', 'dedans')));
});

/** The pid of a process whose parent is `parent` and whose command is `name`, or null. */
function childNamed(parent: number, name: string): number | null {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === parent && stat.includes(`(${name}`)) return Number(pid);
    } catch {
      // Gone meanwhile.
    }
  }
  return null;
}

test("Pagefind's process killed while it indexes: a French message, exit 1, the site untouched, nothing left", { timeout: 240_000 }, async () => {
  const dir = tempDir('pagefind-killed');
  const content = path.join(dir, 'content');
  const out = path.join(dir, '_site');
  writeCorpus(content, 600, 4);
  assert.equal(buildInto(content, out).status, 0);
  const before = treeHash(out);
  // Another site address: every page and year is made again, so Pagefind runs for a while.
  const build = startBuild(content, out, [], { SITE_URL: 'https://autre.example.org' });
  let pagefindPid: number | null = null;
  await until(() => (pagefindPid = childNamed(build.child.pid!, 'pagefind')) !== null, "Pagefind's process starts");
  process.kill(pagefindPid!, 'SIGKILL');
  const code = await build.exited;
  assert.equal(code, 1, build.stderr());
  assert.match(build.stderr(), /échec de la construction : le processus de Pagefind, qui fait l'index de recherche, s'est tué \(SIGKILL\)/);
  assert.ok(!/^\s+at /m.test(build.stderr()), build.stderr());
  assert.equal(treeHash(out), before);
  assert.deepEqual(leftovers(dir), []);
});

test('a Pagefind that dies as soon as it is asked anything: the same French failure, and the next build recovers', { timeout: 240_000 }, () => {
  const dir = tempDir('pagefind-dies');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  const fake = path.join(dir, 'pagefind-mourant');
  writeFileSync(fake, '#!/bin/sh\nhead -c 1 >/dev/null\nkill -KILL $$\n', { mode: 0o755 });
  const r = runCommand('src/cli/build.ts', ['--content', content, '--out', out], { PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: fake });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /le processus de Pagefind, qui fait l'index de recherche, s'est tué \(SIGKILL\)/);
  assert.ok(!existsSync(out));
  assert.deepEqual(leftovers(dir), []);
  assert.equal(buildInto(content, out).status, 0);
});

test('a pipe, a folder or a device in the place of the lock or of the parse cache: the build neither hangs nor fails', () => {
  const dir = tempDir('odd-files');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(buildInto(content, out).status, 0);
  const cacheDir = path.join(dir, '.depeches-cache');
  const cacheFile = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('articles-'))!);
  const lock = path.join(dir, '_site.lock');
  const odd: [string, () => void][] = [
    [
      'a pipe as the cache',
      () => {
        rmSync(cacheFile, { force: true });
        spawnSync('mkfifo', [cacheFile]);
      },
    ],
    [
      '/dev/zero as the cache',
      () => {
        rmSync(cacheFile, { force: true });
        symlinkSync('/dev/zero', cacheFile);
      },
    ],
    ['a pipe as the lock', () => spawnSync('mkfifo', [lock])],
    ['a folder as the lock', () => mkdirSync(path.join(lock, 'dedans'), { recursive: true })],
  ];
  for (const [what, make] of odd) {
    make();
    // A hang is what this guards against: the build is stopped rather than waited on forever.
    const r = spawnSync(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/build.ts'), '--content', content, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, `${what}: ${r.error?.message ?? ''} ${r.stderr}`);
    assert.deepEqual(leftovers(dir), [], what);
  }
});
