// npm start in a real browser: the page reloads by itself when a saved
// dispatch is published, and nothing it loads breaks the site's
// Content-Security-Policy (meta tag and header).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_ARGS, ROOT, tempDir } from '../helpers/build.ts';
import { browserSkip, launch } from '../helpers/browser.ts';
import { freePort } from '../helpers/http.ts';

test("an open page reloads itself when npm start publishes a new dispatch, within the site's policy", { skip: browserSkip(), timeout: 180_000 }, async (t) => {
  const dir = tempDir('live-reload');
  const content = path.join(dir, 'content');
  mkdirSync(content);
  writeFileSync(
    path.join(content, 'une.txt'),
    'date 2021-11-05\nLILLE (AFP) - Une première dépêche est dans le fil, a annoncé la rédaction en chef de Lille.\n',
  );
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...NODE_ARGS, path.join(ROOT, 'src/cli/start.ts'), '--content', content, '--out', path.join(dir, '_site'), '--port', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  t.after(() => child.kill('SIGTERM'));
  const start = Date.now();
  while (!/1 dépêche lue, 1 publiée/.test(output)) {
    if (Date.now() - start > 60_000) throw new Error(`npm start never published:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // The script has connected once its event stream answers: wait for that before saving.
  const connected = page.waitForResponse((r) => r.url().endsWith('/.depeches/events'), { timeout: 30_000 });
  await page.goto(`http://127.0.0.1:${port}/`);
  assert.match((await page.textContent('body')) ?? '', /Une première dépêche/);
  assert.equal((await connected).status(), 200);
  const loads: number[] = [];
  page.on('load', () => loads.push(Date.now()));
  writeFileSync(
    path.join(content, 'deux.txt'),
    'date 2030-01-02\nLILLE (AFP) - Une deuxième dépêche arrive et la page se recharge seule, a annoncé la rédaction.\n',
  );
  await page.waitForFunction(() => document.body.textContent?.includes('Une deuxième dépêche'), null, { timeout: 90_000 });
  assert.ok(loads.length >= 1, 'the page was reloaded, not patched');
  assert.deepEqual(errors, [], 'no script refused by the policy, no error');
});
