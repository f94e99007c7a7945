// A reader in Chromium: the walk through the archive, the search, and
// accessibility (axe-core, WCAG 2.2 AA) on every kind of page, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, runCommand, tempDir } from '../helpers/build.ts';
import { serveStatic } from '../../src/site/static-server.ts';
import { browserSkip, launch, withPage } from '../helpers/browser.ts';
import { pagesOfEachKind } from '../helpers/site.ts';
import { writeCorpus } from '../../bench/generate.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const skip = browserSkip();

function fixtureSite(): string {
  const dir = tempDir('browse');
  const content = path.join(dir, 'content');
  mkdirSync(content);
  for (const d of ['corpus', 'holdout'])
    for (const f of readdirSync(path.join(FIXTURES, d)).filter((x) => x.endsWith('.txt'))) cpSync(path.join(FIXTURES, d, f), path.join(content, f));
  // The pages editors write, as content/ ships them.
  cpSync(path.join(ROOT, 'content', 'pages'), path.join(content, 'pages'), { recursive: true });
  const out = path.join(dir, '_site');
  const r = runCommand('src/cli/build.ts', ['--content', content, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

test('walk: home → year → month → article → place → article', { skip, timeout: 120_000 }, async () => {
  await withPage(fixtureSite(), async (page, base, errors) => {
    await page.goto(base + '/');
    await page.getByRole('navigation', { name: 'Archives par année' }).getByRole('link', { name: '2021' }).click();
    assert.equal(await page.locator('h1').textContent(), '2021');
    await page.getByRole('link', { name: 'novembre' }).click();
    assert.equal(await page.locator('h1').textContent(), 'novembre 2021');
    await page.getByRole('link', { name: /L’aviation syrienne a tué près de 100 personnes/ }).click();
    assert.match((await page.locator('h1').textContent())!, /^L’aviation syrienne a tué près de 100 personnes/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.getByRole('region', { name: 'Dans cette dépêche' }).getByRole('link', { name: 'Raqa', exact: true }).click();
    assert.equal(await page.locator('h1').textContent(), 'Raqa');
    const links = page.locator('.dispatch-headline a');
    assert.ok((await links.count()) >= 1);
    const headline = (await links.first().textContent())!;
    await links.first().click();
    assert.equal(await page.locator('h1').textContent(), headline);
    assert.deepEqual(errors, []);
  });
});

test('search: typing "Poutine" in /recherche/ leads to the sample', { skip, timeout: 120_000 }, async () => {
  await withPage(fixtureSite(), async (page, base, errors) => {
    await page.goto(base + '/recherche/');
    await page.getByLabel('Mots recherchés').fill('Poutine');
    await page.keyboard.press('Enter');
    const first = page.locator('.results .dispatch-headline a').first();
    await first.waitFor();
    assert.match((await page.locator('.status').textContent())!, /dépêches? pour « Poutine »/);
    assert.match((await page.locator('.results .meta').first().textContent())!, /novembre 2021/);
    // By keyboard: the result is a link that takes focus and opens with Enter.
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/laviation-syrienne/);
    assert.match((await page.locator('h1').textContent())!, /^L’aviation syrienne/);
    // Filters narrow the results.
    await page.goto(base + '/recherche/?q=incendie&lieu=Nantes');
    await page.locator('.results .dispatch-headline a').first().waitFor();
    const titles = await page.locator('.results .dispatch-headline a').allTextContents();
    assert.ok(titles.length >= 1 && titles.every((t) => /Nantes/.test(t)), titles.join(' | '));
    assert.deepEqual(errors, []);
  });
});

test('search page without JavaScript says so and points to the archives', { skip, timeout: 60_000 }, async () => {
  await withPage(
    fixtureSite(),
    async (page, base) => {
      await page.goto(base + '/recherche/');
      assert.match((await page.locator('.notice').textContent())!, /a besoin de JavaScript/);
      await page.goto(base + '/');
      assert.ok((await page.locator('.dispatch').count()) > 5, 'pages read without JavaScript');
    },
    { javaScriptEnabled: false },
  );
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test('axe-core finds no WCAG 2.2 AA violation on any kind of page, light or dark, 320 px or wide', { skip, timeout: 240_000 }, async () => {
  const out = fixtureSite();
  const server = await serveStatic(out);
  const browser = await launch();
  const failures: string[] = [];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 320]) {
        // The audit script is injected by the test, so the page's CSP is set aside for it.
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 }, bypassCSP: true });
        const page = await context.newPage();
        for (const [kind, url] of Object.entries(pagesOfEachKind(out))) {
          await page.goto(server.url + url);
          await page.evaluate(axeSource);
          const result = await page.evaluate(() =>
            (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            }),
          );
          for (const v of result.violations) failures.push(`${scheme} ${width}px ${kind} ${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) failures.push(`${scheme} ${width}px ${kind} ${url}: page is ${scroll}px wide`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  assert.deepEqual(failures, []);
});

test('axe-core on every kind of page of an archive built from generated dispatches it has never seen', { skip, timeout: 180_000 }, async () => {
  const dir = tempDir('axe-generated');
  const content = path.join(dir, 'content');
  writeCorpus(content, 150, 77);
  cpSync(path.join(ROOT, 'content', 'pages'), path.join(content, 'pages'), { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(runCommand('src/cli/build.ts', ['--content', content, '--out', out]).status, 0);
  const server = await serveStatic(out);
  const browser = await launch();
  const failures: string[] = [];
  try {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const [kind, url] of Object.entries(pagesOfEachKind(out))) {
      await page.goto(server.url + url);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      );
      for (const v of result.violations) failures.push(`${kind} ${url}: ${v.id}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  assert.deepEqual(failures, []);
});
