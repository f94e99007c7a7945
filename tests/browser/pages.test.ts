// In Chromium: search finds the pages editors write, and the home page's
// "Ce jour-là" link follows the reader's own day (their clock), or says that
// no dispatch is dated to it; without JavaScript the build's day stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInto, ROOT, tempDir } from '../helpers/build.ts';
import { browserSkip, withPage } from '../helpers/browser.ts';

const skip = browserSkip();

function site(): string {
  const dir = tempDir('pages-browser');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(
    path.join(content, 'nantes-2019.txt'),
    'date 2019-02-07\nNANTES (AFP) - Une autre dépêche un 7 février, sur le port de Nantes et ses entrepôts.\n',
  );
  const out = path.join(dir, '_site');
  const r = buildInto(content, out);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

test('search finds the À propos page and the reader follows it', { skip, timeout: 120_000 }, async () => {
  await withPage(site(), async (page, base, errors) => {
    await page.goto(`${base}/recherche/?q=${encodeURIComponent('intertitre')}`);
    const result = page.locator('.results a', { hasText: 'À propos de l’archive' });
    await result.waitFor();
    await result.click();
    await page.waitForURL(/\/a-propos\/$/);
    assert.deepEqual(await page.locator('h1').allTextContents(), ['À propos de l’archive']);
    assert.deepEqual(errors, []);
  });
});

test('the home page points "Ce jour-là" at the reader’s day, or says there is none', { skip, timeout: 120_000 }, async () => {
  const out = site();
  await withPage(out, async (page, base, errors) => {
    await page.clock.setFixedTime(new Date(2030, 1, 7, 10));
    await page.goto(`${base}/`);
    const link = page.locator('.this-day-box a.this-day-link');
    await link.waitFor();
    assert.equal(await link.textContent(), 'Le 7 février dans l’archive');
    assert.match((await page.locator('.this-day-box p').textContent()) ?? '', /: 2 dépêches, d’une année à l’autre\./);
    await link.click();
    await page.waitForURL(/\/ce-jour-la\/02-07\/$/);
    await page.clock.setFixedTime(new Date(2030, 1, 8, 10));
    await page.goto(`${base}/`);
    await page.locator('.this-day-box span.this-day-link', { hasText: 'Aucune dépêche de l’archive n’est datée d’un 8 février.' }).waitFor();
    assert.deepEqual(errors, []);
  });
  // Without JavaScript: the build's day, as built.
  await withPage(
    out,
    async (page, base) => {
      await page.goto(`${base}/`);
      assert.equal(await page.locator('.this-day-box a.all-days').getAttribute('href'), '/ce-jour-la/');
      assert.ok(await page.locator('.this-day-box .this-day-link').count());
    },
    { javaScriptEnabled: false },
  );
});
