import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { buildInto, ROOT, tempDir } from '../helpers/build.ts';
import { serveStatic } from '../../src/site/static-server.ts';
import { browserSkip, launch } from '../helpers/browser.ts';

test('a reader opens the home page and follows the link to the sample', { skip: browserSkip() }, async () => {
  const out = path.join(tempDir('browser'), '_site');
  const built = buildInto(path.join(ROOT, 'content'), out);
  assert.equal(built.status, 0, built.stderr);
  const server = await serveStatic(out);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(server.url + '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.getByRole('link', { name: /L’aviation syrienne a tué près de 100 personnes/ }).click();
    await page.waitForURL(/\/2021\/11\/laviation-syrienne-a-tue-pres-de-100-personnes\/$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const h1 = await page.locator('h1').allTextContents();
    assert.deepEqual(h1, ['L’aviation syrienne a tué près de 100 personnes dans les raids les plus meurtriers jamais menés contre Raqa']);
    assert.deepEqual(await page.locator('.article-body h2').allTextContents(), ['Poutine s’implique']);
    assert.equal(await page.locator('time').first().textContent(), 'novembre 2021');
    // Responsive: nothing wider than a 360 px screen.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide at 360px`);
  } finally {
    await browser.close();
    await server.close();
  }
});
