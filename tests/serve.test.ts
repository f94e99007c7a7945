// The local web server (npm start, the browser tests, the audit) against what
// an attacker or a clumsy reader sends: every request gets an answer, none
// reaches outside the site's folder, and the server still answers afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { createSiteServer, serveStatic } from '../src/site/static-server.ts';
import { LiveReload } from '../src/site/live-reload.ts';
import { NODE_ARGS, ROOT, tempDir } from './helpers/build.ts';
import { freePort, get, HOSTILE, PASSWD, plantSecrets, SECRET, send } from './helpers/http.ts';

const CSP_HEADER = /frame-ancestors 'none'/;

/** A hand-made site: a home, a folder with its index, a stylesheet, the 404 page. */
function handMadeSite(): string {
  const out = path.join(realpathSync(tempDir('serve')), '_site');
  mkdirSync(path.join(out, 'dossier'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><html><head><title>x</title></head><body>ACCUEIL</body></html>');
  writeFileSync(path.join(out, 'dossier', 'index.html'), '<!doctype html><html><head></head><body>DOSSIER</body></html>');
  writeFileSync(path.join(out, '404.html'), '<!doctype html><html><head></head><body>INTROUVABLE</body></html>');
  writeFileSync(path.join(out, 'style.css'), 'body { color: black }');
  writeFileSync(path.join(out, 'index.pf_meta'), 'pagefind');
  return out;
}

/** Every hostile case against the server on `port`; returns the outcome table. */
async function attack(port: number, isUp: () => boolean): Promise<string[]> {
  const table: string[] = [];
  for (const c of HOSTILE) {
    const r = await send(port, c);
    table.push(`${c.what}: ${r.status || 'connexion fermée'}`);
    assert.ok(c.ok.includes(r.status), `${c.what}: status ${r.status}, expected ${c.ok.join(' or ')}`);
    assert.ok(!r.body.includes(SECRET), `${c.what}: served a file outside the site`);
    assert.doesNotMatch(r.body, PASSWD, `${c.what}: served /etc/passwd`);
    if (!c.byParser) assert.match(r.headers['content-security-policy'] ?? '', CSP_HEADER, `${c.what}: no security headers`);
    assert.ok(isUp(), `the server died on: ${c.what}`);
  }
  const home = await get(port, '/');
  assert.equal(home.status, 200, 'the server still answers after the hostile requests');
  return table;
}

test('the site server answers every hostile request, serves nothing outside the site, and goes on', async (t) => {
  const out = handMadeSite();
  const { fifo } = plantSecrets(out);
  if (!fifo) t.diagnostic('mkfifo missing: the named-pipe case reads a missing file');
  const server = await serveStatic(out);
  t.after(() => server.close());
  const port = Number(new URL(server.url).port);
  const table = await attack(port, () => true);
  for (const line of table) t.diagnostic(line);
  assert.match((await get(port, '/lien-interne.html')).body, /ACCUEIL/, 'a symlink that stays inside the site is served');
});

test('the site server: folders, the 404 page, redirects, HEAD, ranges, and the headers a meta tag cannot send', async (t) => {
  const out = handMadeSite();
  const server = await serveStatic(out);
  t.after(() => server.close());
  const port = Number(new URL(server.url).port);
  const home = await get(port, '/');
  assert.equal(home.status, 200);
  assert.match(home.body, /ACCUEIL/);
  assert.match(home.headers['content-type'] ?? '', /^text\/html/);
  assert.match(home.headers['content-security-policy'] ?? '', /^default-src 'self'.*; frame-ancestors 'none'$/);
  assert.equal(home.headers['x-content-type-options'], 'nosniff');
  assert.ok(home.headers['referrer-policy']);
  assert.match((await get(port, '/dossier/')).body, /DOSSIER/);
  const folder = await get(port, '/dossier?q=1');
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.location, '/dossier/?q=1');
  // A doubled slash must not turn the redirect into one to another host.
  assert.equal((await get(port, '//dossier')).headers.location, '/dossier/');
  const missing = await get(port, '/nulle-part/');
  assert.equal(missing.status, 404);
  assert.match(missing.body, /INTROUVABLE/);
  assert.equal((await get(port, '/style.css/')).status, 404, 'a file named as a folder is not served');
  const head = await get(port, '/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  assert.equal(head.headers['content-length'], String(Buffer.byteLength(home.body)));
  const headMissing = await get(port, '/nulle-part', { method: 'HEAD' });
  assert.equal(headMissing.status, 404);
  assert.equal(headMissing.body, '');
  const post = await get(port, '/', { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
  const range = await get(port, '/style.css', { extra: 'Range: bytes=0-3\r\n' });
  assert.equal(range.status, 206);
  assert.equal(range.body, 'body');
  const pastEnd = await get(port, '/style.css', { extra: 'Range: bytes=999999-\r\n' });
  assert.equal(pastEnd.status, 416);
  assert.equal(pastEnd.headers['content-range'], 'bytes */21');
  assert.equal((await get(port, '/index.pf_meta')).headers['content-type'], 'application/octet-stream');
  // Under a path prefix: the site at /depeches/, nothing at the root.
  const prefixed = await serveStatic(out, '/depeches/');
  t.after(() => prefixed.close());
  const prefixedPort = Number(new URL(prefixed.url).port);
  assert.match((await get(prefixedPort, '/depeches/')).body, /ACCUEIL/);
  assert.equal((await get(prefixedPort, '/depeches')).headers.location, '/depeches/');
  assert.equal((await get(prefixedPort, '/index.html')).status, 404);
  assert.equal((await get(prefixedPort, '/depeches/%2e%2e%2fdepeches/index.html')).status, 404);
});

test("live reload: the script passes the site's policy (same origin, no inline code) and a build is announced", async (t) => {
  const out = handMadeSite();
  const live = new LiveReload();
  const server = createSiteServer({ root: out, contentSecurityPolicy: "default-src 'self'", host: '127.0.0.1', liveReload: live });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    live.close();
    server.close();
    server.closeAllConnections();
  });
  const port = (server.address() as { port: number }).port;
  const home = await get(port, '/');
  assert.match(home.body, /<script src="\/\.depeches\/live-reload\.js" defer><\/script><\/head>/);
  assert.doesNotMatch(home.body, /<script>/, 'no inline script: the policy forbids it');
  assert.match((await get(port, '/nulle-part')).body, /live-reload\.js/, 'the 404 page reloads too');
  const script = await get(port, '/.depeches/live-reload.js');
  assert.equal(script.status, 200);
  assert.match(script.headers['content-type'] ?? '', /^text\/javascript/);
  assert.match(script.body, /new EventSource\("\/\.depeches\/events"\)/);
  assert.equal((await get(port, '/.depeches/events', { method: 'POST' })).status, 405);
  const head = await get(port, '/.depeches/events', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body, '');

  // An event stream: the current build at once, the next one when published.
  const events = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => {
      received += d.toString();
      if ((received.match(/event: build/g) ?? []).length === 1 && !received.includes('reloaded')) {
        received += '(reloaded)';
        live.reload();
      }
      if ((received.match(/event: build/g) ?? []).length === 2) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
    socket.write(`GET /.depeches/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  });
  assert.match(events, /text\/event-stream/);
  const builds = [...events.matchAll(/event: build\r?\ndata: (\S+)/g)].map((m) => m[1]);
  assert.equal(builds.length, 2);
  assert.notEqual(builds[0], builds[1]);
});

test('npm start answers every hostile request, listens on 127.0.0.1 only, and stays up', { timeout: 120_000 }, async (t) => {
  const dir = realpathSync(tempDir('start-hostile'));
  const content = path.join(dir, 'content');
  mkdirSync(content);
  writeFileSync(path.join(content, 'une.txt'), 'date 2021-11-05\nLILLE (AFP) - Une dépêche pour le serveur, a annoncé la rédaction en chef de Lille.\n');
  const out = path.join(dir, '_site');
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/start.ts'), '--content', content, '--out', out, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  t.after(() => child.kill('SIGTERM'));
  const start = Date.now();
  while (!exited && Date.now() - start < 60_000) {
    if ((await get(port, '/').catch(() => null))?.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal((await get(port, '/')).status, 200, `npm start never served the site:\n${output}`);
  plantSecrets(out);
  const table = await attack(port, () => !exited);
  for (const line of table) t.diagnostic(line);
  assert.ok(!exited, `npm start ended:\n${output}`);
  assert.doesNotMatch(output, /Invalid path|URI malformed|at .*\.(js|ts):\d+/, 'no error nor stack trace printed');
  assert.match(output, new RegExp(`site servi sur http://127\\.0\\.0\\.1:${port}/`));
  // Another loopback address of this machine: a server on every interface answers there.
  const elsewhere = await new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.2');
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
  assert.equal(elsewhere, 'ECONNREFUSED', 'npm start listens on 127.0.0.1 only');
});

test('live reload: a flood of event streams is refused past a bound, and the server goes on', async (t) => {
  const out = handMadeSite();
  const live = new LiveReload();
  const server = createSiteServer({ root: out, contentSecurityPolicy: "default-src 'self'", host: '127.0.0.1', liveReload: live });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    live.close();
    server.close();
    server.closeAllConnections();
  });
  const port = (server.address() as { port: number }).port;
  const open = () =>
    new Promise<{ status: number; close: () => void }>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', (d) => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(d.toString())?.[1]), close: () => socket.destroy() }));
      socket.on('error', reject);
      socket.write(`GET /.depeches/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    });
  const streams = [];
  for (let i = 0; i < 64; i++) streams.push(await open());
  assert.ok(streams.every((s) => s.status === 200));
  const refused = await open();
  assert.equal(refused.status, 503);
  refused.close();
  assert.equal((await get(port, '/')).status, 200, 'pages are still served');
  for (const s of streams) s.close();
  // Once the readers have gone, a new one is let in.
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
    const s = await open();
    status = s.status;
    s.close();
    if (status !== 200) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(status, 200);
});
