// A second build redoes only what changed: unchanged pages are the same
// files (hard links, not rewritten), the new dispatch is on the site and in
// search, and only its year's search bundle is indexed again (its neighbour's
// page changes, but not what search reads from it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../bench/generate.ts';
import { runCommand, tempDir } from './helpers/build.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { sitemapEntries } from './helpers/site.ts';

/** `n` generated dispatches in a temporary folder, and `build`, the editor's command over them into `out` (with extra environment if given). */
function generatedArchive(prefix: string, n: number, seed: number) {
  const dir = tempDir(prefix);
  const content = path.join(dir, 'content');
  const out = path.join(dir, '_site');
  const corpus = writeCorpus(content, n, seed);
  const build = (env: NodeJS.ProcessEnv = {}) => runCommand('src/cli/build.ts', ['--content', content, '--out', out, '--timings'], env);
  return { content, out, corpus, build };
}

test('adding one dispatch rebuilds its pages and its year, and reuses everything else', { timeout: 180_000 }, () => {
  const { content, out, build } = generatedArchive('incremental', 400, 11);
  const first = build();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /pages : 400 rendues, 0 reprises/);
  const manifest = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8'));
  const someUrl = Object.keys(manifest.pages).find((u) => !u.startsWith('/2031/'))!;
  const before = statSync(path.join(out, someUrl, 'index.html')).ino;
  const years = Object.keys(manifest.years);
  const bundleBefore = statSync(path.join(out, 'pagefind', years[0]!, 'pagefind.js')).ino;

  // Nothing changed: nothing is rendered or indexed again, nothing parsed.
  const same = build();
  assert.match(
    same.stdout,
    /pages : 0 rendues, 400 reprises telles quelles \([\d.]+ s\) ; mois et noms : 0 rendues, \d+ reprises \(avec les autres pages : [\d.]+ s\) ; index de recherche : 0 années indexées/,
  );
  const monthUrl = Object.keys(manifest.listings).find((u) => /^\/\d{4}\/\d{2}\/$/.test(u))!;
  const monthBefore = statSync(path.join(out, monthUrl, 'index.html')).ino;

  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2031-03-04\nPARIS (AFP) - Une dépêche toute neuve rejoint une archive déjà publiée, a indiqué la rédaction en chef.\n',
  );
  const second = build();
  assert.equal(second.status, 0, second.stderr);
  // The new page, and the neighbour whose "next" link now points to it.
  const m = /pages : (\d+) rendues, (\d+) reprises/.exec(second.stdout)!;
  assert.ok(Number(m[1]) <= 6, `${m[1]} pages rendered again`);
  assert.equal(Number(m[1]) + Number(m[2]), 401);
  assert.match(second.stdout, /index de recherche : 1 années indexées/);
  // Its month, and the pages of the names it mentions.
  const listings = /mois et noms : (\d+) rendues, (\d+) reprises/.exec(second.stdout)!;
  assert.ok(Number(listings[1]) >= 1 && Number(listings[1]) <= 10, `${listings[1]} month and name pages rendered again`);
  assert.ok(readFileSync(path.join(out, 'index.html'), 'utf8').includes('Une dépêche toute neuve'));
  assert.ok(readFileSync(path.join(out, 'recherche/index.html'), 'utf8').includes('data-bundles="2031 '));
  assert.ok(statSync(path.join(out, 'pagefind', '2031', 'pagefind.js')).isFile());
  // An untouched page is the very same file: linked, not rewritten.
  const after = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8'));
  if (after.pages[someUrl] === manifest.pages[someUrl]) assert.equal(statSync(path.join(out, someUrl, 'index.html')).ino, before);
  if (after.years[years[0]!] === manifest.years[years[0]!]) assert.equal(statSync(path.join(out, 'pagefind', years[0]!, 'pagefind.js')).ino, bundleBefore);
  assert.equal(after.listings[monthUrl], manifest.listings[monthUrl]);
  assert.equal(statSync(path.join(out, monthUrl, 'index.html')).ino, monthBefore);
});

test('changing a template renders every page again', { timeout: 120_000 }, () => {
  const { out, build } = generatedArchive('template-change', 20, 3);
  assert.equal(build().status, 0);
  // Another site setting is another rendering: nothing may be reused.
  const r = build({ SITE_URL: 'https://autre.example.org' });
  assert.match(r.stdout, /pages : 20 rendues, 0 reprises/);
  assert.match(readFileSync(path.join(out, 'sitemap.xml'), 'utf8'), /<loc>https:\/\/autre\.example\.org\/sitemaps\//);
  assert.ok(sitemapEntries(out).every((e) => e.loc.startsWith('https://autre.example.org/')));
});

test('correcting a dispatch re-indexes its year for search, and only its year', { timeout: 120_000 }, () => {
  const { content, out, corpus, build } = generatedArchive('correction', 60, 5);
  assert.equal(build().status, 0);
  const before = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8'));
  // An editor corrects a dispatch: a sentence added at the end of its text.
  const target = corpus[7]!;
  writeFileSync(path.join(content, target.name), `${target.text.trimEnd()}\n\nLa rédaction précise que le zéphyrin xylophoniste a été rectifié.\n`);
  const second = build();
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /index de recherche : 1 années indexées/);
  const after = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8'));
  const changedYears = Object.keys(after.years).filter((y) => after.years[y] !== before.years[y]);
  assert.equal(changedYears.length, 1);
  const page = Object.keys(after.pages).find((u) => readFileSync(path.join(out, u, 'index.html'), 'utf8').includes('zéphyrin xylophoniste'))!;
  assert.ok(page, 'the corrected text is on its page');
  assert.ok(page.startsWith(`/${changedYears[0]}/`), `${page} is in the re-indexed year ${changedYears[0]}`);
});

test('correcting a lede renders again the pages that show it among their related dispatches', { timeout: 120_000 }, () => {
  const { content, out, corpus, build } = generatedArchive('lede-correction', 60, 5);
  assert.equal(build().status, 0);
  const manifest = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8')) as { pages: Record<string, string> };
  const pageOf = (u: string) => readFileSync(path.join(out, u, 'index.html'), 'utf8');
  const relatedOf = (u: string) => pageOf(u).split('class="related"')[1] ?? '';
  // A dispatch (with a title, so that its URL stays) that other pages show among their related ones.
  const shownBy = (u: string) => Object.keys(manifest.pages).filter((p) => p !== u && relatedOf(p).includes(`href="${u}"`));
  const file = corpus.find((g) => {
    const a = parseDispatch(g.text, g.name);
    return a.title !== null && a.url in manifest.pages && g.text.includes('(AFP) - ') && shownBy(a.url).length > 0;
  })!;
  assert.ok(file, 'some dispatch with a title is shown as related');
  const target = { u: parseDispatch(file.text, file.name).url };
  // The lede is corrected: its first words change, its title (and so its URL) does not.
  writeFileSync(path.join(content, file.name), file.text.replace('(AFP) - ', '(AFP) - Selon les dernières vérifications du xylophoniste zélé, '));
  const second = build();
  assert.equal(second.status, 0, second.stderr);
  const after = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8')) as { pages: Record<string, string> };
  assert.ok(target.u in after.pages, 'same URL');
  const showing = Object.keys(after.pages).filter((p) => p !== target.u && relatedOf(p).includes(`href="${target.u}"`));
  assert.ok(showing.length > 0, 'still shown as related somewhere');
  for (const p of showing) assert.ok(relatedOf(p).includes('xylophoniste zélé'), `${p} shows the corrected lede of ${target.u}`);
  // Its month's page lists it with its lede: rendered again too.
  const month = target.u.split('/').slice(0, 3).join('/') + '/';
  assert.ok(pageOf(month).includes(`href="${target.u}"`) && pageOf(month).includes('xylophoniste zélé'), `${month} shows the corrected lede`);
});

test('a new dispatch leaves the numbered pages of its month and of its names as they were', { timeout: 180_000 }, () => {
  const dir = tempDir('stable-pages');
  const content = path.join(dir, 'content');
  const out = path.join(dir, '_site');
  mkdirSync(content);
  const dispatch = (i: number, day: number) =>
    `date 2019-05-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00\nLYON (AFP) - Dépêche numéro ${i} sur la vie municipale, a indiqué la mairie de Lyon.\n`;
  for (let i = 0; i < 120; i++) writeFileSync(path.join(content, `d${i}.txt`), dispatch(i, 1 + (i % 28)));
  const build = () => runCommand('src/cli/build.ts', ['--content', content, '--out', out, '--timings']);
  assert.equal(build().status, 0);
  const numbered = ['2019/05/page/1', '2019/05/page/2', 'lieux/lyon/page/1', 'lieux/lyon/page/2'];
  const inodes = numbered.map((p) => statSync(path.join(out, p, 'index.html')).ino);

  writeFileSync(path.join(content, 'nouvelle.txt'), dispatch(120, 30));
  const second = build();
  assert.equal(second.status, 0, second.stderr);
  // Linked from the published site, not rendered again.
  assert.deepEqual(
    numbered.map((p) => statSync(path.join(out, p, 'index.html')).ino),
    inodes,
  );
  assert.match(readFileSync(path.join(out, 'lieux/lyon/index.html'), 'utf8'), /Dépêche numéro 120 /);
  assert.equal([...readFileSync(path.join(out, 'lieux/lyon/index.html'), 'utf8').matchAll(/class="dispatch"/g)].length, 21);
});
