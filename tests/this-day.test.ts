// "Ce jour-là": a page per calendar day with that day's dispatches across the
// years, newest year first, "il y a N ans" counted from the build's day; the
// home page points at the build's day, and a script at the reader's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Article } from '../src/dispatch/article.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { thisDayPages, yearsAgo } from '../src/site/this-day.ts';
import { buildInto, ROOT, tempDir } from './helpers/build.ts';
import { sitemapEntries } from './helpers/site.ts';

const dispatch = (date: string, title: string): Article =>
  parseDispatch(`date ${date}\n${title}\n\nPARIS (AFP) - ${title}, a-t-on appris de source sûre. La suite du texte vient ici.\n`, `content/${title}.txt`);
const ARTICLES = [
  dispatch('2021-11-25', 'Troisième dépêche'),
  dispatch('2021-11', 'Dépêche du mois seulement'),
  dispatch('2019-11-25T14:32', 'Deuxième dépêche'),
  dispatch('2014-11-25', 'Première dépêche'),
  dispatch('2014-11-25', 'Autre dépêche de 2014'),
  dispatch('2020-02-29', 'Jour bissextile'),
  dispatch('2016', 'Dépêche de l’année'),
].sort((a, b) => (a.date.value < b.date.value ? 1 : -1));
const card = (a: Article) => ({ headline: a.headline, url: a.url, dateValue: a.date.value }) as never;

test('a page per day with day-precise dispatches, years newest first, "il y a N ans" from the build day', () => {
  const { pages, index, today } = thisDayPages(ARTICLES, card, new Date(2024, 10, 25, 12));
  assert.deepEqual(
    pages.map((p) => p.url),
    ['/ce-jour-la/02-29/', '/ce-jour-la/11-25/'],
  );
  const day = pages[1]!;
  assert.equal(day.title, 'Un 25 novembre');
  assert.equal(day.summary, '4 dépêches datées d’un 25 novembre, de 2014 à 2021');
  assert.deepEqual(
    day.years.map((y) => [y.year, y.ago, y.items.length]),
    [
      ['2021', 'il y a 3 ans', 1],
      ['2019', 'il y a 5 ans', 1],
      ['2014', 'il y a 10 ans', 2],
    ],
  );
  // A month-precise or year-precise dispatch has no day.
  assert.ok(!JSON.stringify(pages).includes('Dépêche du mois seulement'));
  assert.ok(!JSON.stringify(pages).includes('Dépêche de l’année'));
  assert.deepEqual(day.previous, { href: '/ce-jour-la/02-29/', text: '29 février' });
  assert.equal(day.next, null);
  assert.deepEqual(
    index[0]!.months.map((m) => [m.name, m.days.map((d) => d.text)]),
    [
      ['février', ['29 février']],
      ['novembre', ['25 novembre']],
    ],
  );
  assert.deepEqual(today, { key: '11-25', text: '25 novembre', href: '/ce-jour-la/11-25/', count: 4, days: '02-29:1 11-25:4' });
  assert.equal(thisDayPages(ARTICLES, card, new Date(2024, 2, 1)).today.href, null);
  assert.deepEqual(thisDayPages([], card, new Date(2024, 2, 1)).index, []);
});

test('"il y a N ans" counts whole years: the day not yet come this year is one year less; across New Year the next build says the new figure', () => {
  assert.equal(yearsAgo(2014, 11, 25, new Date(2024, 10, 24)), 'il y a 9 ans');
  assert.equal(yearsAgo(2014, 11, 25, new Date(2024, 10, 25)), 'il y a 10 ans');
  assert.equal(yearsAgo(2023, 1, 5, new Date(2023, 11, 31)), 'cette année');
  assert.equal(yearsAgo(2023, 1, 5, new Date(2024, 0, 1)), 'cette année');
  assert.equal(yearsAgo(2023, 1, 5, new Date(2024, 0, 5)), 'il y a 1 an');
  assert.equal(yearsAgo(2024, 3, 1, new Date(2024, 2, 1)), 'aujourd’hui');
  assert.equal(yearsAgo(2025, 3, 1, new Date(2024, 2, 1)), 'à venir');
});

test('the reader’s own day: the script points the home link at it, or says there is none', () => {
  const script = readFileSync(path.join(ROOT, 'public/ce-jour-la.js'), 'utf8');
  const run = (today: string, days: string, now: Date) => {
    // A minimal DOM: the section the home page renders, as the script reads it.
    const all = { href: 'https://example.org/depeches/ce-jour-la/', textContent: 'Tous les jours de l’année' };
    const p: { children: unknown[]; replaceChildren: (...c: unknown[]) => void } = { children: [], replaceChildren: (...c) => (p.children = c) };
    const current = { parentElement: p };
    const box = { dataset: { today, days }, querySelector: (s: string) => (s === '.this-day-link' ? current : all) };
    const document = { querySelector: () => box, createElement: (tag: string) => ({ tag, className: '', href: '', textContent: '' }) };
    class FixedDate extends Date {
      constructor() {
        super(now.getTime());
      }
    }
    vm.runInNewContext(script, { document, Date: FixedDate, URL, Map, Number, String });
    return p.children;
  };
  const pointed = run('11-25', '03-01:2 11-25:4', new Date(2024, 2, 1, 9));
  assert.deepEqual(pointed[0], {
    tag: 'a',
    className: 'this-day-link',
    href: 'https://example.org/depeches/ce-jour-la/03-01/',
    textContent: 'Le 1er mars dans l’archive',
  });
  // A no-break space before the colon, as French sets it.
  assert.equal(pointed[1], '\u00a0: 2 dépêches, d’une année à l’autre.');
  const none = run('11-25', '11-25:4', new Date(2024, 2, 2, 9));
  assert.deepEqual(none[0], { tag: 'span', className: 'this-day-link', href: '', textContent: 'Aucune dépêche de l’archive n’est datée d’un 2 mars.' });
  assert.deepEqual(run('03-02', '03-02:1', new Date(2024, 2, 2, 9)), [], 'the build day left as built');
});

test('the build publishes the day pages, their index, the home link and the sitemap entries', () => {
  const dir = tempDir('this-day');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(
    path.join(content, 'nantes-2019.txt'),
    'date 2019-02-07\nNANTES (AFP) - Une autre dépêche un 7 février, trois ans plus tôt, sur le port de Nantes et ses entrepôts.\n',
  );
  const out = path.join(dir, '_site');
  const r = buildInto(content, out);
  assert.equal(r.status, 0, r.stderr);
  const day = readFileSync(path.join(out, 'ce-jour-la/02-07/index.html'), 'utf8');
  assert.match(day, /<h1 class="page-title">Un 7 février<\/h1>/);
  const years = [...day.matchAll(/<h2 id="annee-(\d{4})">/g)].map((m) => m[1]);
  assert.deepEqual(years, ['2022', '2019']);
  assert.match(day, /<span class="ago">— (il y a \d+ ans?|cette année)<\/span>/);
  // The month-precise sample (2021-11) has no day page.
  assert.ok(!existsSync(path.join(out, 'ce-jour-la/11-01')));
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.match(home, /<section class="this-day-box"[^>]* data-today="\d\d-\d\d" data-days="[^"]*02-07:2/);
  assert.match(home, /<a class="all-days" href="\/ce-jour-la\/">/);
  assert.match(
    home,
    /(<a class="this-day-link" href="\/ce-jour-la\/\d\d-\d\d\/">Le [^<]+<\/a>&nbsp;: \d+ dépêches?, d’une année à l’autre\.|<span class="this-day-link">Aucune dépêche de l’archive n’est datée d’un [^<]+\.<\/span>)/,
  );
  assert.match(home, /<script type="module" src="\/ce-jour-la.js"><\/script>/);
  const sitemap = sitemapEntries(out);
  assert.ok(sitemap.some((e) => e.loc.endsWith('/ce-jour-la/02-07/') && e.lastmod === '2022-02-07'));
  assert.ok(sitemap.some((e) => e.loc.endsWith('/ce-jour-la/')));
  assert.match(
    readFileSync(path.join(out, 'ce-jour-la/index.html'), 'utf8'),
    /<a href="\/ce-jour-la\/02-07\/">7 février<\/a> <span class="count">2 dépêches<\/span>/,
  );
});
