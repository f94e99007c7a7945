// Listing pages are numbered from the oldest dispatch in fixed blocks, the
// newest page (the listing's own URL) holding the remainder: a numbered
// page's URL always shows the same dispatches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paginate, type Page } from '../src/site/pages.ts';

/** Items numbered 1 (oldest) to n, newest first, as listings hold them. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

test('120 dispatches by 50: the newest page holds the remaining 20, page 1 the oldest 50', () => {
  const pages = paginate(newestFirst(120), 50, '/lieux/lyon/');
  assert.deepEqual(
    pages.map((p) => [p.url, p.items.length, p.items[0], p.items.at(-1), p.newest]),
    [
      ['/lieux/lyon/', 20, 120, 101, true],
      ['/lieux/lyon/page/2/', 50, 100, 51, false],
      ['/lieux/lyon/page/1/', 50, 50, 1, false],
    ],
  );
  assert.deepEqual(
    pages[0]!.pager!.links.map((l) => l && [l.label, l.href, l.current]),
    [
      ['1', '/lieux/lyon/page/1/', false],
      ['2', '/lieux/lyon/page/2/', false],
      ['Récentes', '/lieux/lyon/', true],
    ],
  );
  assert.equal(pages[0]!.pager!.newer, null);
  assert.equal(pages[0]!.pager!.older, '/lieux/lyon/page/2/');
  assert.equal(pages[2]!.pager!.older, null);
  assert.equal(pages[2]!.pager!.newer, '/lieux/lyon/page/2/');
});

test('one page needs no pager; an empty listing is one empty page', () => {
  assert.deepEqual(paginate(newestFirst(50), 50, '/a/'), [{ url: '/a/', items: newestFirst(50), newest: true, pager: null }]);
  assert.deepEqual(paginate([], 50, '/a/'), [{ url: '/a/', items: [], newest: true, pager: null }]);
});

test('a new dispatch changes only the newest page, and the few next to it when a block fills', () => {
  const numbered = (pages: Page<number>[]) => new Map(pages.filter((p) => !p.newest).map((p) => [p.url, JSON.stringify(p)]));
  for (const size of [1, 3, 10]) {
    for (let n = 1; n < 60; n++) {
      const before = numbered(paginate(newestFirst(n), size, '/x/'));
      const after = numbered(paginate(newestFirst(n + 1), size, '/x/'));
      const changed = [...before].filter(([url, page]) => after.get(url) !== page).map(([url]) => url);
      // The newest page was full: it becomes a numbered page, and the pages
      // whose links reached it by its URL now reach the new numbered page.
      const filled = n % size === 0;
      assert.ok(changed.length <= (filled ? 3 : 0), `size ${size}, ${n} → ${n + 1}: ${changed.join(' ')}`);
      // Whatever their links, numbered pages show the same dispatches.
      for (const [url, page] of before) assert.deepEqual(JSON.parse(after.get(url)!).items, JSON.parse(page).items, url);
    }
  }
});

test('links leave gaps past the first, the newest and the two nearest pages', () => {
  const pages = paginate(newestFirst(1000), 50, '/b/');
  const page10 = pages.find((p) => p.url === '/b/page/10/')!;
  assert.deepEqual(
    page10.pager!.links.map((l) => (l ? l.label : '…')),
    ['1', '…', '8', '9', '10', '11', '12', '…', 'Récentes'],
  );
});
