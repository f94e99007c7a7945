// A parse cache that a disk, a copy or a hand has altered, or that cannot be
// written: never trusted, never fatal. What it gives back is the true article
// or nothing (and the dispatch is parsed again); a save that fails is a
// warning; two saves at once both finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { Article } from '../src/dispatch/article.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { entryCheck, ParseCache, parserVersion } from '../src/site/parse-cache.ts';
import { buildInto, ROOT, runCommand, tempDir } from './helpers/build.ts';
import { treeHash } from './helpers/tree.ts';

const CORPUS = path.join(import.meta.dirname, 'fixtures', 'corpus');
const articles: Article[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parseDispatch(readFileSync(path.join(CORPUS, f), 'utf8'), f));

/** A cache folder holding every fixture's article, and the path of its file. */
async function savedCache(): Promise<{ dir: string; file: string }> {
  const dir = tempDir('cache-faults');
  const cache = await ParseCache.open(dir);
  for (const a of articles) cache.set(a);
  assert.ok(!(await cache.save()), 'not saved');
  const files = readdirSync(dir).filter((f) => f.startsWith('articles-'));
  assert.equal(files.length, 1);
  return { dir, file: path.join(dir, files[0]!) };
}

/** Every article is given back whole, or not at all: never altered, never a crash. */
async function onlyTrueArticles(dir: string): Promise<number> {
  const cache = await ParseCache.open(dir);
  let found = 0;
  for (const a of articles) {
    const got = cache.get(a.source.sha256, 'renamed.txt');
    if (got === undefined) continue;
    found++;
    assert.deepEqual(got, { ...a, source: { ...a.source, file: 'renamed.txt' } });
  }
  return found;
}

test('bytes flipped anywhere in the cache: each article comes back whole or is dropped', async () => {
  const { dir, file } = await savedCache();
  const original = readFileSync(file);
  assert.equal(await onlyTrueArticles(dir), articles.length);
  // Every byte of the start (the layout's header and the first entry's framing), then 400 spread over the rest.
  const positions = new Set<number>();
  for (let i = 0; i < 200 && i < original.length; i++) positions.add(i);
  for (let k = 0; k < 400; k++) positions.add(Math.floor((k * original.length) / 400) + (k % 7));
  let dropped = 0;
  for (const at of positions) {
    if (at >= original.length) continue;
    for (const mask of [0x01, 0xff]) {
      const altered = Buffer.from(original);
      altered[at]! ^= mask;
      writeFileSync(file, altered);
      dropped += articles.length - (await onlyTrueArticles(dir));
    }
  }
  assert.ok(dropped > 0);
});

test('a cut cache, and data of the wrong shape, give nothing back and break nothing', async () => {
  const { dir, file } = await savedCache();
  const original = readFileSync(file);
  const key = articles[0]!.source.sha256;
  const forged = (payload: Buffer) => {
    // Well framed and with a valid check, as if written by this version: only its shape is wrong.
    const k = Buffer.from(key, 'hex');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(payload.length);
    return Buffer.concat([original.subarray(0, 16), k, length, entryCheck(k, payload), payload]);
  };
  const wrong: Buffer[] = [
    original.subarray(0, original.length >> 1),
    original.subarray(0, 20),
    Buffer.alloc(0),
    Buffer.from('{"not": "a cache"}'),
    serialize(new Map([[key, serialize({})]])),
    serialize(new Map([[key, serialize({ ...articles[0]!, sections: 'pas une liste' })]])),
    serialize(new Map([[key, 'pas un tampon']])),
    serialize([1, 2, 3]),
    serialize(null),
    forged(serialize({})),
    forged(serialize({ ...articles[0]!, source: { ...articles[0]!.source, sha256: articles[1]!.source.sha256 } })),
    forged(serialize({ ...articles[0]!, diagnostics: [{ severity: 'fatal', message: 1 }] })),
    forged(Buffer.from('pas du v8')),
  ];
  for (const [i, data] of wrong.entries()) {
    writeFileSync(file, data);
    const found = await onlyTrueArticles(dir);
    // Half a file keeps the entries written whole before the cut; nothing else gives anything back.
    if (i > 0) assert.equal(found, 0, `case ${i}`);
  }
});

test('a cache that cannot be written is a warning, not a failure; two saves at once both finish', async () => {
  const dir = tempDir('cache-unsaved');
  // The cache folder's place is taken by a file: nothing can be written there.
  const blocked = path.join(dir, 'bloque');
  writeFileSync(blocked, 'un fichier');
  const cache = await ParseCache.open(blocked);
  cache.set(articles[0]!);
  assert.match((await cache.save()) ?? '', /cache des dépêches analysées non enregistré \(.*bloque.*\)/);

  const shared = path.join(dir, 'partage');
  mkdirSync(shared);
  // A save left unfinished by a dead process goes; a live one's stays.
  const gone = spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
  const unfinished = (pid: string | number) => `articles-${parserVersion()}.v8.${pid}-0badf00d.tmp`;
  writeFileSync(path.join(shared, unfinished(gone)), 'à moitié écrit');
  writeFileSync(path.join(shared, unfinished(process.pid)), 'en cours');
  const caches = await Promise.all([0, 1, 2, 3].map(() => ParseCache.open(shared)));
  caches.forEach((c, i) => {
    for (const a of articles.slice(i * 5, i * 5 + 20)) c.set(a);
  });
  assert.deepEqual(await Promise.all(caches.map((c) => c.save())), [null, null, null, null]);
  assert.deepEqual(
    readdirSync(shared).filter((f) => f.endsWith('.tmp')),
    [unfinished(process.pid)],
  );
  // The last save to finish is the cache, whole.
  const sizes = [0, 1, 2, 3].map((i) => articles.slice(i * 5, i * 5 + 20).length);
  assert.ok(sizes.includes(await onlyTrueArticles(shared)));
});

test('builds over an altered cache publish the true text; a cache that cannot be saved does not fail the build', () => {
  const dir = tempDir('cache-build');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const out = path.join(dir, '_site');
  const cacheDir = path.join(dir, '.depeches-cache');
  assert.equal(buildInto(content, out).status, 0);
  const truth = treeHash(out);
  const file = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('articles-'))!);
  const original = readFileSync(file);
  const key = hash('sha256', readFileSync(path.join(content, readdirSync(content)[0]!)), 'hex');
  const alterations: Buffer[] = [0.2, 0.5, 0.8].map((share) => {
    const altered = Buffer.from(original);
    for (let k = 0; k < 8; k++) altered[Math.floor(original.length * share) + k * 13]! ^= 0x20;
    return altered;
  });
  alterations.push(serialize(new Map([[key, serialize({ headline: 'faux' })]])));
  for (const data of alterations) {
    writeFileSync(file, data);
    const checked = runCommand('src/cli/check.ts', ['--content', content]);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    const built = buildInto(content, out, ['--verbose']);
    assert.equal(built.status, 0, built.stderr);
    assert.equal(treeHash(out), truth);
  }
  // The cache's place taken by a file: the site is built and published, with a warning.
  rmSync(cacheDir, { recursive: true });
  writeFileSync(cacheDir, 'un fichier à la place du dossier');
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche publiée alors que le cache ne peut pas être enregistré, a indiqué la rédaction.\n',
  );
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stderr,
    /\.depeches-cache\/ {2}avertissement {2}cache des dépêches analysées non enregistré .* : le site est publié ; .* {2}cache-unsaved/,
  );
  assert.ok(!/^\s+at /m.test(built.stderr), built.stderr);
  assert.ok(readdirSync(path.join(out, '2024')).length > 0);
});
