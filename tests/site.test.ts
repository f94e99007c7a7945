// The built archive without a browser: links, feeds, sitemap, structured
// data, ninjs, typography, path prefix. Run on the fixture corpus and on
// generated dispatches the project has never seen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { writeCorpus } from '../bench/generate.ts';
import { ROOT, runCommand, tempDir } from './helpers/build.ts';
import { brokenLinks, fileFor, sitemapEntries } from './helpers/site.ts';
import { allFiles } from './helpers/tree.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function corpusSite(name: string, fill: (content: string) => void, env: NodeJS.ProcessEnv = {}) {
  const dir = tempDir(name);
  const content = path.join(dir, 'content');
  mkdirSync(content);
  fill(content);
  const out = path.join(dir, '_site');
  const r = runCommand('src/cli/build.ts', ['--content', content, '--out', out, '--keep-going'], env);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

const fixtureSite = () =>
  corpusSite('fixtures', (content) => {
    for (const d of ['corpus', 'holdout'])
      for (const f of readdirSync(path.join(FIXTURES, d)).filter((x) => x.endsWith('.txt'))) cpSync(path.join(FIXTURES, d, f), path.join(content, f));
  });

/** IPTC's ninjs 2.1 schema (schema/ninjs-2.1.schema.json), with the two formats it names checked. */
function ninjsValidator() {
  // Not strict: IPTC's schema writes `oneOf: [{ required: [...] }]` beside its properties, which strict mode refuses.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'ninjs-2.1.schema.json'), 'utf8')));
}

test('the ninjs 2.1 schema refuses what the standard refuses', () => {
  const valid = ninjsValidator();
  const item = {
    uri: 'https://depeches.example.org/2021/11/x/',
    type: 'text',
    urgency: 5,
    firstcreated: '2021-11-01T00:00:00Z',
    headlines: [{ role: 'main', value: 'Titre' }],
  };
  assert.ok(valid(item), JSON.stringify(valid.errors));
  for (const wrong of [
    { headlines: undefined, uri: undefined },
    { urgency: 0 },
    { type: 'article' },
    { firstcreated: '2021-11' },
    { speakers: [] },
    { headlines: [{ role: 'main' }] },
    { people: [{ name: 'X', role: 'y' }] },
  ]) {
    assert.ok(!valid({ ...item, ...wrong }), JSON.stringify(wrong));
  }
});

const sites: [string, () => string][] = [
  ['the fixture corpus', fixtureSite],
  ['300 generated dispatches', () => corpusSite('generated', (content) => writeCorpus(content, 300, 2024))],
];

for (const [label, make] of sites) {
  test(`${label}: every internal link resolves, feeds parse, the sitemap lists every article, every ninjs is valid ninjs 2.1`, () => {
    const out = make();
    assert.deepEqual(brokenLinks(out), []);
    const articles = allFiles(out).filter(
      (f) => /\/\d{4}\/(?:\d{2}\/)?[a-z0-9-]+\/index\.html$/.test(f) && !/\/page\/\d+\//.test(f) && readFileSync(f, 'utf8').includes('class="article"'),
    );
    assert.ok(articles.length > 0);
    const validNinjs = ninjsValidator();
    for (const f of articles) {
      const item = JSON.parse(readFileSync(path.join(path.dirname(f), 'ninjs.json'), 'utf8'));
      assert.ok(validNinjs(item), `${path.relative(out, f)}: ${JSON.stringify(validNinjs.errors)}`);
    }
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
    // /sitemap.xml is an index of sitemap files, each a valid urlset of at most 50,000 addresses.
    const index = parser.parse(readFileSync(path.join(out, 'sitemap.xml'), 'utf8'));
    const files = [index.sitemapindex.sitemap].flat() as { loc: string }[];
    assert.ok(files.length > 0);
    for (const { loc } of files) {
      const file = fileFor(out, new URL(loc).pathname);
      assert.ok(file, `the sitemap index lists a file that does not exist: ${loc}`);
      const urls = [parser.parse(readFileSync(file, 'utf8')).urlset.url].flat();
      assert.ok(urls.length > 0 && urls.length <= 50_000, loc);
    }
    const locs = new Set(sitemapEntries(out).map((u) => u.loc));
    for (const f of articles) {
      const url = '/' + path.relative(out, path.dirname(f)) + '/';
      assert.ok(locs.has(`https://depeches.example.org${url}`), `${url} missing from the sitemap`);
    }
    for (const loc of locs) assert.ok(fileFor(out, new URL(loc).pathname), `sitemap lists a page that does not exist: ${loc}`);

    const latest = Math.min(50, articles.length);
    const atom = parser.parse(readFileSync(path.join(out, 'flux.xml'), 'utf8'));
    const entries = [atom.feed.entry].flat();
    assert.equal(entries.length, latest);
    for (const e of entries) {
      assert.ok(e.title && e.id && e.updated && e.content['#text'].includes('<p>'), JSON.stringify(e).slice(0, 200));
      assert.ok(fileFor(out, new URL(e.id).pathname));
    }
    const rss = parser.parse(readFileSync(path.join(out, 'rss.xml'), 'utf8'));
    const items = [rss.rss.channel.item].flat();
    assert.equal(items.length, latest);
    for (const i of items) assert.match(i.pubDate, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]0000$|GMT$/);
    const json = JSON.parse(readFileSync(path.join(out, 'flux.json'), 'utf8'));
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(json.items.length, latest);
    for (const i of json.items) assert.ok(i.id && i.url && i.content_html && !Number.isNaN(Date.parse(i.date_published)));
    // Newest first in all three.
    const dates = json.items.map((i: { date_published: string }) => Date.parse(i.date_published));
    assert.deepEqual(
      dates,
      [...dates].sort((a: number, b: number) => b - a),
    );
  });
}

test('article pages: one h1, JSON-LD NewsArticle at the date’s precision, Open Graph, canonical, ninjs beside', () => {
  const out = fixtureSite();
  const html = readFileSync(path.join(out, '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/index.html'), 'utf8');
  assert.equal([...html.matchAll(/<h1[\s>]/g)].length, 1);
  const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.datePublished, '2021-11');
  assert.equal(ld.inLanguage, 'fr');
  assert.equal(ld.publisher.name, 'Dépêches');
  assert.match(html, /<link rel="canonical" href="https:\/\/depeches\.example\.org\/2021\/11\/laviation-syrienne-a-tue-pres-de-100-personnes\/">/);
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, /<meta name="twitter:card" content="summary">/);
  const bogota = readFileSync(path.join(out, '2020/03', readdirSync(path.join(out, '2020/03')).find((d) => d.startsWith('colombie'))!, 'index.html'), 'utf8');
  assert.equal(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(bogota)![1]!).contentLocation.name, 'BOGOTÁ (Colombie)');

  const ninjs = JSON.parse(readFileSync(path.join(out, '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/ninjs.json'), 'utf8'));
  // The fields of IPTC ninjs 2.1 this archive fills, and nothing outside the standard.
  const allowed = [
    'standard',
    'uri',
    'type',
    'profile',
    'version',
    'firstcreated',
    'pubstatus',
    'urgency',
    'language',
    'headlines',
    'descriptions',
    'bodies',
    'slugline',
    'subjects',
    'located',
    'by',
    'infosources',
    'people',
    'places',
    'organisations',
    'altids',
  ];
  for (const key of Object.keys(ninjs)) assert.ok(allowed.includes(key), `ninjs field ${key}`);
  assert.equal(ninjs.standard.version, '2.1');
  assert.equal(ninjs.type, 'text');
  assert.equal(ninjs.headlines[0].value, "L'aviation syrienne a tué près de 100 personnes dans les raids les plus meurtriers jamais menés contre Raqa");
  assert.ok(ninjs.infosources.some((s: { name: string; role?: string }) => s.name === 'Rami Abdel Rahmane' && s.role === "directeur de l'OSDH"));
  assert.ok(ninjs.people.some((p: { name: string }) => p.name === 'Vladimir Poutine'));
  assert.ok(ninjs.bodies.some((b: { contenttype: string; value: string }) => b.contenttype === 'text/html' && b.value.includes('<h2>Poutine s’implique</h2>')));
});

test('French typography in pages: « » with no-break spaces, 4 000, ’, 1er, spaces before : ; ! ?', () => {
  const out = fixtureSite();
  const sample = readFileSync(path.join(out, '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/index.html'), 'utf8');
  assert.ok(sample.includes('la «\u202fcapitale\u202f» du groupe'));
  assert.ok(sample.includes('au moins 4\u202f000 morts'));
  assert.ok(sample.includes('début 2014'), 'a year is not a number to group');
  assert.ok(sample.includes('L’aviation syrienne'));
  const nantes = readFileSync(path.join(out, '2022/02/nantes-un-incendie-ravage-un-entrepot-du-port-pas/index.html'), 'utf8');
  assert.ok(nantes.includes('<h1 data-pagefind-meta="title">Nantes\u00a0: un incendie ravage'));
  const stEtienne = readFileSync(path.join(out, '2020/07', readdirSync(path.join(out, '2020/07'))[0]!, 'index.html'), 'utf8');
  assert.ok(stEtienne.includes('<time datetime="2020-07-01" data-pagefind-meta="date">1er juillet 2020</time>'));
  const parlement = readFileSync(path.join(out, '2023/10/le-parlement-europeen-adopte-un-texte-sur/index.html'), 'utf8');
  // The words are marked up as reported speech (<q>); the typography around and inside them is the text's.
  assert.ok(
    parlement
      .replace(/<[^>]+>/g, '')
      .includes(
        '«\u202fAucun outil ne permet aujourd’hui de détecter de façon fiable un contenu généré, nous parlons de “mission impossible” pour les petites entreprises\u202f»',
      ),
  );
  assert.match(parlement, /«\u202f<q cite="[^"]*sophie-brandt[^"]*">Aucun outil ne permet/u);
});

test('who said what: a person’s page lists the words the archive attributes to them, linked to the dispatch', () => {
  const out = fixtureSite();
  const page = readFileSync(path.join(out, 'personnes/rami-abdel-rahmane/index.html'), 'utf8');
  assert.match(page, /Ses propos dans les dépêches/);
  assert.ok(page.includes('Après le premier raid, les gens ont accouru'));
  assert.match(page, /<a href="\/2021\/11\/laviation-syrienne-a-tue-pres-de-100-personnes\/"/);
  const org = readFileSync(path.join(out, 'organisations/ministere-russe-des-affaires-etrangeres/index.html'), 'utf8');
  assert.ok(org.includes('des contacts entre le gouvernement syrien'));
});

test('the whole site works under a path prefix (/depeches/)', () => {
  const out = corpusSite('prefix', (content) => cpSync(path.join(ROOT, 'content'), content, { recursive: true }), { PATH_PREFIX: '/depeches/' });
  assert.deepEqual(brokenLinks(out, '/depeches/'), []);
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.match(home, /<link rel="stylesheet" href="\/depeches\/style\.css">/);
  assert.match(home, /href="\/depeches\/2021\/11\/laviation-syrienne-a-tue-pres-de-100-personnes\/"/);
  assert.match(readFileSync(path.join(out, 'sitemap.xml'), 'utf8'), /<loc>https:\/\/depeches\.example\.org\/depeches\/sitemaps\/2021\.xml<\/loc>/);
  assert.ok(sitemapEntries(out, '/depeches/').some((e) => e.loc.startsWith('https://depeches.example.org/depeches/2021/11/laviation-syrienne')));
  assert.match(readFileSync(path.join(out, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/depeches\.example\.org\/depeches\/sitemap\.xml/);
});

test('month pages group dispatches by day and paginate by 50, numbered from the oldest', () => {
  const out = corpusSite('month', (content) => {
    for (let i = 0; i < 120; i++) {
      const day = 1 + (i % 28);
      writeFileSync(
        path.join(content, `d${i}.txt`),
        `date 2019-05-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00\nLYON (AFP) - Dépêche numéro ${i} du mois de mai sur la vie municipale, a indiqué la mairie de Lyon.\n`,
      );
    }
  });
  // The month's own page holds the newest 20, what is left over the blocks of 50.
  const newest = readFileSync(path.join(out, '2019/05/index.html'), 'utf8');
  assert.equal([...newest.matchAll(/class="dispatch"/g)].length, 20);
  assert.match(newest, /<h2 id="jour-1"><time datetime="2019-05-28">28 mai 2019<\/time><\/h2>/);
  assert.match(newest, /<span aria-current="page">Récentes<\/span>/);
  assert.match(newest, /<p class="summary">120 dépêches<\/p>/);
  assert.match(newest, /<a href="\/2019\/05\/page\/2\/" rel="prev">‹ Plus anciennes<\/a>/);
  // Page 1 holds the oldest 50, and says so in a way the next dispatches will not change.
  const oldest = readFileSync(path.join(out, '2019/05/page/1/index.html'), 'utf8');
  assert.equal([...oldest.matchAll(/class="dispatch"/g)].length, 50);
  assert.match(oldest, /<title>mai 2019, page 1 /);
  assert.match(oldest, /<p class="summary">50 dépêches, du 1er mai 2019 au 11 mai 2019<\/p>/);
  assert.match(oldest, /<li><a href="\/2019\/05\/">mai<\/a><\/li>\s*<li><span aria-current="page">page 1<\/span><\/li>/);
  assert.match(oldest, /<a href="\/2019\/05\/page\/2\/" rel="next">Plus récentes ›<\/a>/);
  assert.equal([...readFileSync(path.join(out, '2019/05/page/2/index.html'), 'utf8').matchAll(/class="dispatch"/g)].length, 50);
  const year = readFileSync(path.join(out, '2019/index.html'), 'utf8');
  assert.match(year, /<a href="\/2019\/05\/">mai<\/a> <span class="count">120 dépêches<\/span>/);
});
