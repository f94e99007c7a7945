// Every name in Cyrillic, Greek, Arabic or Chinese got the address
// "sans-nom": all shared one page, and one person's quotes showed on
// another's. Two different names never share a page now; the same name with
// or without Latin accents does (decided: États-Unis and Etats-Unis).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameKey, nameSlug, slugify } from '../src/dispatch/slug.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { buildEntityIndex, entityUrl } from '../src/site/entities.ts';

const NAMES = [
  'Владимир Путин',
  'Ксения Собчак',
  'Αλέξης Τσίπρας',
  'محمد بن سلمان',
  'محمود عباس',
  '习近平',
  '王伟',
  '汪伟',
  'בנימין נתניהו',
  'Þór Ólafsson',
  'Or Ólafsson',
  '★',
  '☆',
];

test('names in other scripts get a transliterated address of their own, never "sans-nom"', () => {
  const slugs = NAMES.map((n) => nameSlug(n));
  assert.equal(new Set(slugs).size, NAMES.length, slugs.join(' '));
  for (const s of slugs) assert.match(s, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  assert.match(nameSlug('Владимир Путин'), /^vladimir-putin-[0-9a-f]{10}$/);
  assert.match(nameSlug('Αλέξης Τσίπρας'), /^alexis-tsipras-[0-9a-f]{10}$/);
  assert.match(nameSlug('习近平'), /^xijinping-[0-9a-f]{10}$/);
  // Stable: the address depends on the name alone.
  assert.equal(nameSlug('Владимир Путин'), nameSlug('Владимир Путин'));
});

test('Latin names keep the address they had; accents, case, œ and punctuation alone do not make another name', () => {
  for (const name of ['Élise Dupont', "Observatoire syrien des droits de l'Homme", 'États-Unis', 'Bachar el-Assad', 'Łódź', 'Nguyễn Phú Trọng']) {
    assert.equal(nameSlug(name), slugify(name, 80), name);
  }
  assert.equal(nameSlug('Élise Dupont'), nameSlug('Elise Dupont'));
  assert.equal(nameSlug('ÉTATS-UNIS'), nameSlug('Etats Unis'));
  assert.equal(nameSlug('Œuvre d’Orient'), nameSlug("oeuvre d'Orient"));
  // Characters invisible in print make no other name.
  assert.equal(nameSlug('Du\u00adpont'), 'dupont');
  assert.equal(nameSlug('Jean\u200b Dupont\ufeff'), 'jean-dupont');
  assert.equal(nameSlug('Вла\u00adдимир'), nameSlug('Владимир'));
  // Names that the plain slug would cut alike past 80 characters stay apart.
  const long = 'Fédération nationale des syndicats départementaux des exploitants agricoles de la région';
  assert.notEqual(nameSlug(`${long} Bretagne`), nameSlug(`${long} Normandie`));
  assert.ok(nameSlug(`${long} Bretagne`).length <= 80);
});

test('two names with different keys never share an address', () => {
  const letters = fc.constantFrom(
    'a',
    'b',
    'é',
    'E',
    ' ',
    '-',
    "'",
    'þ',
    'ð',
    'ø',
    'o',
    'ß',
    'ı',
    'i',
    'Ж',
    'ж',
    'ω',
    'ώ',
    'ب',
    'ت',
    '王',
    '汪',
    'ア',
    '한',
    '1',
    '.',
  );
  const name = fc.array(letters, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  fc.assert(
    fc.property(name, name, (a, b) => {
      if (nameKey(a) !== nameKey(b) || (nameKey(a) === '' && a.normalize('NFC') !== b.normalize('NFC')))
        assert.notEqual(nameSlug(a), nameSlug(b), `${a} / ${b}`);
      else assert.equal(nameSlug(a), nameSlug(b));
    }),
    { numRuns: 5000 },
  );
});

test("each speaker's words stay on their own page", () => {
  const said = (place: string, quote: string, who: string) =>
    parseDispatch(`date 2022-03-08\n${place} (AFP) - "${quote}", a déclaré ${who} mardi.\n`, `${quote}.txt`);
  const articles = [
    said('MOSCOU', 'Nous allons gagner', 'Владимир Путин'),
    said('ATHENES', 'Nous allons perdre', 'Αλέξης Τσίπρας'),
    said('LE CAIRE', 'Nous verrons', 'محمد بن سلمان'),
    said('PEKIN', 'Nous sommes prêts', '王伟'),
    said('PEKIN', 'Nous aussi', '汪伟'),
  ];
  const index = buildEntityIndex(articles);
  const pages = [...index.sources.values()];
  assert.equal(pages.length, 5);
  for (const page of pages) {
    assert.equal(page.quotes.length, 1, page.name);
    assert.equal(page.url, entityUrl('sources', page.name));
    assert.doesNotMatch(page.url, /sans-nom/);
  }
  assert.deepEqual(pages.map((p) => `${p.name}: ${p.quotes[0]!.text}`).sort(), [
    'Αλέξης Τσίπρας: Nous allons perdre',
    'Владимир Путин: Nous allons gagner',
    'محمد بن سلمان: Nous verrons',
    '汪伟: Nous aussi',
    '王伟: Nous sommes prêts',
  ]);
});

test('a dispatch whose headline is in another script gets a transliterated address, not /AAAA/MM/depeche/', () => {
  const a = parseDispatch('date 2022-03-08\nМОСКВА (AFP) - Владимир Путин заявил во вторник, что Россия продолжит диалог.\n', 'x.txt');
  assert.equal(a.url, '/2022/03/vladimir-putin-zayavil-vo-vtornik-chto-rossiya/');
  const b = parseDispatch('date 2022-03-08\nقال الرئيس المصري عبد الفتاح السيسي الثلاثاء إن بلاده ستواصل دعم الحوار.\n', 'x.txt');
  assert.match(b.url, /^\/2022\/03\/[a-z0-9]+(?:-[a-z0-9]+)+\/$/);
  // A headline with ASCII letters keeps the slug it had.
  assert.equal(
    parseDispatch('date 2022-03-08\nPARIS (AFP) - Le conseil municipal de Paris a voté mardi la construction d’une piscine.\n', 'x.txt').slug,
    'le-conseil-municipal-de-paris-a-vote-mardi-la',
  );
});
