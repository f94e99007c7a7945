// npm start as an editor uses it: the server is up, a new or changed
// dispatch is on the page a moment after it is saved, a bad file is reported
// and the last good site stays served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildInto, ROOT, runCommand, tempDir } from './helpers/build.ts';
import { freePort } from './helpers/http.ts';
import { FIRST_DISPATCH, oneDispatch, startCommand } from './helpers/start.ts';

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<{ value: T; waited: number }> {
  const start = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return { value, waited: Date.now() - start };
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('npm start serves the site and publishes a new, a changed and never a broken dispatch', { timeout: 120_000 }, async (t) => {
  const dir = tempDir('start');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  const { output } = startCommand(t, content, path.join(dir, '_site'), ['--port', String(port)]);
  const home = async () => {
    const r = await fetch(`http://127.0.0.1:${port}/`);
    return r.ok ? await r.text() : undefined;
  };
  await until('the server', home, 60_000);

  const saved = Date.now();
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2030-01-02\nLILLE (AFP) - Une dépêche toute fraîche arrive dans le fil, a annoncé la rédaction en chef.\n',
  );
  const appeared = await until('the new dispatch', async () => ((await home())?.includes('Une dépêche toute fraîche') ? true : undefined));
  t.diagnostic(`new dispatch on the home page ${appeared.waited} ms after saving (${Date.now() - saved} ms)`);

  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2030-01-02\nLILLE (AFP) - Une dépêche corrigée remplace la première version, a annoncé la rédaction en chef.\n',
  );
  const changed = await until('the changed dispatch', async () => ((await home())?.includes('Une dépêche corrigée') ? true : undefined));
  t.diagnostic(`changed dispatch on the home page after ${changed.waited} ms`);

  writeFileSync(path.join(content, 'cassee.txt'), 'date 2030-02-30\nLILLE (AFP) - Une dépêche à la date impossible.\n');
  // The diagnostics come on stderr, the summary on stdout: two pipes, read in either order.
  await until('the error report', async () =>
    output().includes('content/cassee.txt:1:6  erreur') && output().includes('— site précédent conservé') ? true : undefined,
  );
  assert.match(output(), /site précédent conservé/);
  const page = await home();
  assert.ok(page?.includes('Une dépêche corrigée'), 'the last good site is still served');
  assert.ok(!page?.includes('date impossible'));
});

/** The Pagefind binary, wrapped: the first run fails at once, the next ones are Pagefind. */
function indexerFailingOnce(dir: string): NodeJS.ProcessEnv {
  const real = path.join(ROOT, 'node_modules/@pagefind', `${process.platform}-${process.arch}`, 'bin', 'pagefind_extended');
  const wrapper = path.join(dir, 'pagefind-fails-once.sh');
  const marker = path.join(dir, 'pagefind-failed');
  writeFileSync(wrapper, `#!/bin/sh\nif [ ! -e '${marker}' ]; then : > '${marker}'; exit 1; fi\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: wrapper };
}

test('npm start: after the search indexer dies during a rebuild, the next change builds and publishes again; pages hear of each build', {
  timeout: 180_000,
}, async (t) => {
  const { dir, content, out } = oneDispatch('start-indexer');
  // Built once beforehand: npm start's first build reuses its search index, so
  // the indexer first runs (and fails) on the rebuild after a change.
  assert.equal(buildInto(content, out).status, 0);
  const port = await freePort();
  const { output } = startCommand(t, content, out, ['--port', String(port)], indexerFailingOnce(dir));
  const home = async () => {
    const r = await fetch(`http://127.0.0.1:${port}/`);
    return r.ok ? await r.text() : undefined;
  };
  await until('the first build', async () => (/1 dépêche lue, 1 publiée/.test(output()) ? true : undefined), 60_000);
  const page = await home();
  assert.match(page ?? '', /<script src="\/\.depeches\/live-reload\.js" defer><\/script>/, 'pages carry the live-reload script');

  // A page listening for builds, as the live-reload script does.
  const events = new AbortController();
  t.after(() => events.abort());
  let heard = '';
  void fetch(`http://127.0.0.1:${port}/.depeches/events`, { signal: events.signal })
    .then(async (r) => {
      const reader = r.body!.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) heard += Buffer.from(chunk.value).toString();
    })
    .catch(() => {});
  // Each event names the build last published (its number counts them): the
  // first build's, whether the stream opened before or after it was announced.
  const lastBuild = () => [...heard.matchAll(/event: build\ndata: \w+-(\d+)/g)].at(-1)?.[1];
  await until('the first build announced', async () => (lastBuild() === '1' ? true : undefined));

  writeFileSync(
    path.join(content, 'deux.txt'),
    'date 2030-01-02\nLILLE (AFP) - Une deuxième dépêche arrive pendant que Pagefind tombe, a annoncé la rédaction.\n',
  );
  await until('the failure report', async () => (/échec de la construction/.test(output()) ? true : undefined), 60_000);
  assert.match(output(), /site précédent conservé/);
  assert.equal(lastBuild(), '1', 'a failed build is not announced');
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.startsWith('_site.tmp-')),
    [],
    'the failed build left no temporary folder',
  );

  writeFileSync(
    path.join(content, 'trois.txt'),
    'date 2030-01-03\nLILLE (AFP) - Une troisième dépêche arrive une fois Pagefind revenu, a annoncé la rédaction.\n',
  );
  await until('the rebuilt site', async () => ((await home())?.includes('Une troisième dépêche') ? true : undefined), 60_000);
  assert.ok((await home())?.includes('Une deuxième dépêche'), 'the dispatch of the failed build is published too');
  await until('the announcement of the new build', async () => (lastBuild() === '2' ? true : undefined));
  assert.ok(existsSync(path.join(out, 'pagefind', '2030')), 'the search index of the new year was written');
});

test('npm start listens where it is told, and says in French what stops it from listening', { timeout: 60_000 }, async (t) => {
  const dir = tempDir('start-listen');
  const content = path.join(dir, 'content');
  mkdirSync(content);
  const start = (...args: string[]) => runCommand('src/cli/start.ts', ['--content', content, '--out', path.join(dir, '_site'), ...args]);
  const badPort = start('--port', 'quatre-vingts');
  assert.equal(badPort.status, 2);
  assert.match(badPort.stderr, /^l'option --port attend un nombre de 0 à 65535, pas « quatre-vingts »/);
  const noContent = runCommand('src/cli/start.ts', ['--content', path.join(dir, 'absent'), '--port', '0']);
  assert.equal(noContent.status, 1);
  assert.match(noContent.stderr, /absent\/ n'existe pas : le créer, ou indiquer le bon avec --content DIR/);
  const notHere = start('--host', '192.0.2.1', '--port', '0');
  assert.equal(notHere.status, 1);
  assert.match(notHere.stderr, /l'adresse 192\.0\.2\.1 n'est pas une adresse de cette machine/);
  const taken = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => taken.once('listening', r));
  t.after(() => taken.close());
  const busy = start('--port', String((taken.address() as { port: number }).port));
  assert.equal(busy.status, 1);
  assert.match(busy.stderr, /le port \d+ est déjà pris \(un autre npm start \?\) : l'arrêter, ou choisir un autre port avec --port N/);
  for (const r of [badPort, noContent, notHere, busy]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');

  // Another loopback address, chosen with --host, and a free port chosen by the system.
  const { output } = startCommand(t, content, path.join(dir, '_site'), ['--host', '127.0.0.2', '--port', '0']);
  const { value: url } = await until('the address', async () => /site servi sur (http:\/\/127\.0\.0\.2:\d+\/)/.exec(output())?.[1]);
  assert.ok([200, 404].includes((await fetch(url)).status), 'the server answers there');
});

test('npm start with the site inside the watched folder: its own writes start no build (no endless rebuilding)', { timeout: 120_000 }, async (t) => {
  const dir = tempDir('start-inside');
  writeFileSync(path.join(dir, 'une.txt'), FIRST_DISPATCH);
  const port = await freePort();
  // --content . as a clumsy editor types it: the site, its temporary and old
  // copies and the parse cache are all written inside the watched folder.
  const { output } = startCommand(t, dir, path.join(dir, '_site'), ['--port', String(port)]);
  const summaries = () => output().match(/dépêches? lues?, /g)?.length ?? 0;
  await until('the first build', async () => (summaries() === 1 ? true : undefined), 60_000);
  const saved = Date.now();
  writeFileSync(path.join(dir, 'deux.txt'), 'date 2030-01-02\nLILLE (AFP) - Une deuxième dépêche arrive dans le fil, a annoncé la rédaction en chef.\n');
  await until(
    'the new dispatch',
    async () => ((await (await fetch(`http://127.0.0.1:${port}/`)).text()).includes('Une deuxième dépêche') ? true : undefined),
    60_000,
  );
  await until('the second summary', async () => (summaries() >= 2 ? true : undefined));
  // A build set off by the last one's own writes would be done within twice
  // the time that one took: wait that long, and no other build may come.
  // (A window for seeing a loop, not a limit on speed: a slow machine only
  // makes it longer.)
  await new Promise((r) => setTimeout(r, 2 * (Date.now() - saved) + 1000));
  assert.equal(summaries(), 2, `one build per change:\n${output()}`);
});

test('npm start under PATH_PREFIX serves the site where its links point', { timeout: 120_000 }, async (t) => {
  const { content, out } = oneDispatch('start-prefix');
  const port = await freePort();
  startCommand(t, content, out, ['--port', String(port)], { ...process.env, PATH_PREFIX: '/depeches/' });
  const { value: home } = await until(
    'the site under /depeches/',
    async () => {
      const r = await fetch(`http://127.0.0.1:${port}/depeches/`);
      return r.ok ? await r.text() : undefined;
    },
    60_000,
  );
  const article = /href="(\/depeches\/2021\/11\/[^"]+\/)"/.exec(home)?.[1];
  assert.ok(article, 'the home page links to the dispatch under the prefix');
  assert.match(await (await fetch(`http://127.0.0.1:${port}${article}`)).text(), /Une première dépêche/);
  assert.equal((await fetch(`http://127.0.0.1:${port}/depeches/style.css`)).status, 200);
  assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 404, 'nothing at the root');
});
