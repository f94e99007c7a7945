// npm start as an editor uses it: the server is up, a new or changed
// dispatch is on the page a moment after it is saved, a bad file is reported
// and the last good site stays served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { NODE_ARGS, ROOT, tempDir } from './helpers/build.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

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
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/start.ts'), '--content', content, '--out', path.join(dir, '_site'), '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  t.after(() => {
    child.kill('SIGTERM');
  });
  const home = async () => {
    const r = await fetch(`http://127.0.0.1:${port}/`);
    return r.ok ? await r.text() : undefined;
  };
  await until('the server', home, 60_000);

  const saved = Date.now();
  writeFileSync(path.join(content, 'nouvelle.txt'), 'date 2030-01-02\nLILLE (AFP) - Une dépêche toute fraîche arrive dans le fil, a annoncé la rédaction en chef.\n');
  const appeared = await until('the new dispatch', async () => ((await home())?.includes('Une dépêche toute fraîche') ? true : undefined));
  t.diagnostic(`new dispatch on the home page ${appeared.waited} ms after saving (${Date.now() - saved} ms)`);

  writeFileSync(path.join(content, 'nouvelle.txt'), 'date 2030-01-02\nLILLE (AFP) - Une dépêche corrigée remplace la première version, a annoncé la rédaction en chef.\n');
  const changed = await until('the changed dispatch', async () => ((await home())?.includes('Une dépêche corrigée') ? true : undefined));
  t.diagnostic(`changed dispatch on the home page after ${changed.waited} ms`);

  writeFileSync(path.join(content, 'cassee.txt'), 'date 2030-02-30\nLILLE (AFP) - Une dépêche à la date impossible.\n');
  await until('the error report', async () => (output.includes('content/cassee.txt:1:6  erreur') ? true : undefined));
  assert.match(output, /site précédent conservé/);
  const page = await home();
  assert.ok(page?.includes('Une dépêche corrigée'), 'the last good site is still served');
  assert.ok(!page?.includes('date impossible'));
});
