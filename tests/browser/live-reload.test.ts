// npm start in a real browser: the page reloads by itself when a saved
// dispatch is published, and nothing it loads breaks the site's
// Content-Security-Policy (meta tag and header).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { browserSkip, launch } from '../helpers/browser.ts';
import { freePort } from '../helpers/http.ts';
import { oneDispatch, startCommand } from '../helpers/start.ts';

test("an open page reloads itself when npm start publishes a new dispatch, within the site's policy", { skip: browserSkip(), timeout: 180_000 }, async (t) => {
  const { content, out } = oneDispatch('live-reload');
  const port = await freePort();
  const { output } = startCommand(t, content, out, ['--port', String(port)]);
  const start = Date.now();
  while (!/1 dépêche lue, 1 publiée/.test(output())) {
    if (Date.now() - start > 60_000) throw new Error(`npm start never published:\n${output()}`);
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
