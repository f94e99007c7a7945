// Sitemaps hold at most 50,000 addresses each: one per year, one for the
// names, one for the rest, cut into numbered files when one cannot hold them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitemapFiles, type SitemapEntry } from '../src/site/sitemaps.ts';

const entries = (n: number, date = (i: number) => `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ loc: `https://x.example/${i}/`, lastmod: date(i) }));

test('a group that one file can hold is one file named after it, dated by its newest entry', () => {
  const files = sitemapFiles(
    new Map([
      ['2020', entries(3)],
      ['noms', entries(2, () => '')],
    ]),
    (url) => `https://x.example${url}`,
  );
  assert.deepEqual(
    files.map((f) => [f.url, f.loc, f.lastmod, f.entries.length]),
    [
      ['/sitemaps/2020.xml', 'https://x.example/sitemaps/2020.xml', '2020-01-03', 3],
      ['/sitemaps/noms.xml', 'https://x.example/sitemaps/noms.xml', '', 2],
    ],
  );
});

test('a group over the limit is cut into numbered files of at most the limit, nothing lost', () => {
  const all = entries(120_001);
  const files = sitemapFiles(new Map([['noms', all]]), (url) => url);
  assert.deepEqual(
    files.map((f) => [f.url, f.entries.length]),
    [
      ['/sitemaps/noms-1.xml', 50_000],
      ['/sitemaps/noms-2.xml', 50_000],
      ['/sitemaps/noms-3.xml', 20_001],
    ],
  );
  assert.deepEqual(
    files.flatMap((f) => f.entries),
    all,
  );
  assert.deepEqual(
    sitemapFiles(new Map([['vide', []]]), (url) => url),
    [],
  );
});
