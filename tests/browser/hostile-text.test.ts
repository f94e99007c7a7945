// What hostile or clumsy text does to the pages a reader sees, in Chromium:
// a 5,000-character word must not widen a 320 px page (breadcrumb,
// previous/next links, headline, names, places); a right-to-left name must
// not pull the count beside it into its order; a dispatch in Arabic runs
// right to left; an entity written in a dispatch shows as written in the
// search results too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInto, ROOT, tempDir } from '../helpers/build.ts';
import { browserSkip, withPage } from '../helpers/browser.ts';

const skip = browserSkip();
const WORD = 'Anticonstitutionnellement'.repeat(200);

function hostileSite(): string {
  const dir = tempDir('hostile-browser');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const files: Record<string, string> = {
    'mot-long-titre.txt': `date 2022-03-04\nTitre${WORD}\n\nPARIS (AFP) - Le maire Jean Dupont a déclaré : « ${WORD} est un mot », a-t-il dit à l'AFP mardi.\n`,
    'mot-long-lieu.txt': `date 2022-03-05\nLONG${WORD.toUpperCase()} (AFP) - Le conseil municipal a voté mardi la construction d'une piscine, selon l'${WORD}.\n`,
    'mot-long-nom.txt': `date 2022-03-06\nPARIS (AFP) - "Nous allons gagner", a déclaré le ministre Jean ${WORD.toLowerCase().replace(/^a/, 'A')} mardi à Paris.\n`,
    'adresse-longue.txt': `date 2022-03-07\nPARIS (AFP) - Le site https://example.org/${'a/'.repeat(1500)} est ouvert, a annoncé mardi la mairie de Paris.\n`,
    'arabe.txt': 'date 2022-03-08\nLE CAIRE (AFP) - "Nous verrons", a déclaré محمد بن سلمان mardi au Caire, selon la presse.\n',
    'arabe-2.txt': 'date 2022-03-09\nLE CAIRE (AFP) - "Nous verrons encore", a déclaré محمد بن سلمان mercredi au Caire, selon la presse.\n',
    'arabe-depeche.txt':
      'date 2022-03-11\nالقاهرة (أ ف ب) - قال الرئيس المصري عبد الفتاح السيسي الثلاثاء إن بلاده ستواصل دعم الحوار، وفق ما أعلنت الرئاسة. وأضاف أن بلاده مستعدة للتفاوض في 12 آذار/مارس.\n',
    'entites.txt':
      'date 2022-03-10\nPARIS (AFP) - Le texte &lt;b&gt;gras&lt;/b&gt; et &#60;i&#62;penché&#60;/i&#62; restent écrits ainsi ; a dit la mairie de Paris mardi.\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, name), text);
  const out = path.join(dir, '_site');
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  return out;
}

function pagesOf(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind') walk(p);
      } else if (f === 'index.html') pages.push(`/${path.relative(root, dir)}/`.replace('//', '/'));
    }
  };
  walk(root);
  return pages;
}

test('no page is wider than a 320 px screen, whatever the length of a word; a right-to-left name keeps its count after it; entities stay as written in search', {
  skip,
  timeout: 300_000,
}, async () => {
  const out = hostileSite();
  const pages = pagesOf(out);
  assert.ok(pages.length > 40, `${pages.length} pages`);
  await withPage(
    out,
    async (page, base) => {
      const wide: string[] = [];
      for (const p of pages) {
        await page.goto(base + p);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${p} ${width}px`);
      }
      assert.deepEqual(wide, []);

      // The count of a right-to-left name stays on its right, as on a left-to-right page.
      await page.goto(base + '/sources/');
      const item = page.locator('li', { has: page.locator('a', { hasText: 'محمد بن سلمان' }) });
      const name = await item.locator('a').boundingBox();
      const count = await item.locator('.count').boundingBox();
      assert.ok(name && count && name.x + name.width <= count.x + 1, `name ${JSON.stringify(name)}, count ${JSON.stringify(count)}`);
      assert.equal(await item.locator('.count').textContent(), '(2)');

      // A dispatch in Arabic runs right to left; the site's French labels on its page do not.
      await page.goto(base + '/2022/03/');
      const arabic = await page.locator('.dispatch-headline a', { hasText: 'القاهرة' }).getAttribute('href');
      assert.match(arabic ?? '', /^\/2022\/03\/[a-z0-9-]+\/$/);
      await page.goto(base + arabic);
      const direction = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((e) => getComputedStyle(e).direction);
      assert.equal(await direction('h1'), 'rtl');
      assert.equal(await direction('.article-body, .lede'), 'rtl');
      assert.equal(await direction('.article-header .meta'), 'ltr');
      assert.equal(await direction('.breadcrumbs'), 'ltr');
      await page.goto(base + '/2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/');
      assert.equal(await direction('h1'), 'ltr');

      await page.goto(base + '/recherche/?q=gras');
      const result = page.locator('.results .dispatch').first();
      await result.waitFor();
      assert.match((await result.textContent()) ?? '', /&lt;b&gt;gras&lt;\/b&gt; et &#60;i&#62;penché/);
      assert.equal(await page.locator('.results b, .results i').count(), 0);
    },
    { viewport: { width: 320, height: 700 } },
  );
});
