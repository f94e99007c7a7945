// What editors drop into content/, good and bad, through the real commands:
// the messages they get (file, line, rule), the exit codes, and a published
// site that is either rebuilt whole or left exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInto, ROOT, runCommand, workspace } from './helpers/build.ts';
import { allFiles, treeHash } from './helpers/tree.ts';

const CONTENT = path.join(ROOT, 'content');

const check = (content: string) => runCommand('src/cli/check.ts', ['--content', content]);

const BAD: [string, string | Buffer, RegExp][] = [
  ['vide.txt', '', /content\/vide\.txt:1:1 {2}erreur {2}fichier vide.* {2}file-empty/],
  ['blancs.txt', '  \n\n \r\n', /content\/blancs\.txt:1:1 {2}erreur {2}fichier vide.* {2}file-empty/],
  [
    'photo.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    /content\/photo\.txt:1:1 {2}erreur {2}ce fichier n'est pas du texte.* {2}file-binary/,
  ],
  ['entete-seul.txt', 'date 2022-03-04\nURGENT\n', /content\/entete-seul\.txt:1:1 {2}erreur {2}aucun texte après l'en-tête.* {2}body-missing/],
  [
    'sans-date.txt',
    "Le conseil municipal a voté hier la construction d'une piscine olympique, selon la mairie.\n",
    /content\/sans-date\.txt:1:1 {2}erreur {2}aucune date.* {2}date-missing/,
  ],
  [
    'mois-13.txt',
    "date 2021-13\nLYON (AFP) - Le conseil municipal a voté la construction d'une piscine olympique.\n",
    /content\/mois-13\.txt:1:6 {2}erreur {2}date « 2021-13 » impossible : mois 13 impossible {2}date-impossible/,
  ],
  [
    '30-fevrier.txt',
    "date: 2021-02-30\nLYON (AFP) - Le conseil municipal a voté la construction d'une piscine olympique.\n",
    /content\/30-fevrier\.txt:1:7 {2}erreur {2}date « 2021-02-30 » impossible : le 30 n'existe pas en 2021-02 {2}date-impossible/,
  ],
  [
    'ligne-de-date-impossible.txt',
    "LYON, 31 avr 2021 (AFP) - Le conseil municipal a voté la construction d'une piscine olympique.\n",
    /content\/ligne-de-date-impossible\.txt:1:7 {2}erreur .*impossible.* {2}date-impossible/,
  ],
];

for (const [name, bytes, message] of BAD) {
  test(`bad input ${name}: check and build report it, the site is left byte-for-byte as it was`, () => {
    const { content, out, dir } = workspace('bad');
    const before = treeHash(out);
    writeFileSync(path.join(content, name), bytes);
    const checked = check(content);
    assert.equal(checked.status, 1);
    assert.match(checked.stdout, message);
    const built = buildInto(content, out);
    assert.equal(built.status, 1);
    assert.match(built.stderr, message);
    assert.equal(treeHash(out), before);
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f !== '.depeches-cache')
        .sort(),
      ['_site', 'content'],
      'temporary output left behind',
    );
  });
}

test('--keep-going publishes every valid dispatch, lists the rejected ones and exits 0', () => {
  const { content, out } = workspace('keep-going');
  for (const [name, bytes] of BAD) writeFileSync(path.join(content, name), bytes);
  const built = buildInto(content, out, ['--keep-going']);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stderr, new RegExp(`non publiées \\(${BAD.length}\\) : `));
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  const valid = readdirSync(CONTENT).filter((f) => f.endsWith('.txt')).length;
  assert.equal([...home.matchAll(/class="dispatch-headline"/g)].length, valid);
  assert.match(built.stdout, new RegExp(`${valid + BAD.length} dépêches lues, ${valid} publiées`));
});

test('warnings are published with the doubt named: no dateline, quotes, language, dates, length', () => {
  const { content } = workspace('warnings');
  const files: [string, string, RegExp][] = [
    [
      'sans-ligne-de-date.txt',
      'date 2022-05-06\nLe gouvernement a présenté vendredi un plan de soutien aux agriculteurs touchés par la sécheresse.\n',
      /sans-ligne-de-date\.txt:2:1 {2}avertissement {2}pas de ligne de date.* {2}dateline-missing/,
    ],
    [
      'guillemets.txt',
      'date 2022-05-06\nPARIS (AFP) - « Nous ne lâcherons rien, a dit le porte-parole du collectif des riverains.\n',
      /guillemets\.txt:2:15 {2}avertissement {2}guillemet ouvrant « sans son pendant.* {2}quote-unbalanced/,
    ],
    [
      'english.txt',
      'date 2022-05-06\nLONDON (AFP) - The government unveiled on Friday a support plan for farmers hit by the drought, officials said.\n',
      /english\.txt:2:16 {2}avertissement {2}dépêche en anglais.* {2}language-not-french/,
    ],
    [
      'dates.txt',
      'date 2022-05-06\nPARIS, 7 mai 2022 (AFP) - Le gouvernement a présenté un plan de soutien aux agriculteurs touchés par la sécheresse.\n',
      /dates\.txt:2:8 {2}avertissement {2}dates en désaccord : 2022-05-06 dans l'en-tête, 2022-05-07 dans la ligne de date.* {2}date-mismatch/,
    ],
    [
      'courte.txt',
      'date 2022-05-06\nPARIS (AFP) - Le gouvernement a présenté.\n',
      /courte\.txt:2:15 {2}avertissement {2}texte très court \(4 mots\).* {2}body-short/,
    ],
    [
      'longue.txt',
      `date 2022-05-06\nPARIS (AFP) - ${'Le gouvernement a présenté un plan. '.repeat(900)}\n`,
      /longue\.txt:2:15 {2}avertissement {2}texte très long.* {2}body-long/,
    ],
  ];
  for (const [name, text] of files) writeFileSync(path.join(content, name), text);
  const checked = check(content);
  assert.equal(checked.status, 0, checked.stdout);
  for (const [, , message] of files) assert.match(checked.stdout, message);
});

test('the same dispatch dropped twice (CRLF and BOM, another name) is published once, with a warning naming both', () => {
  const { content, out } = workspace('duplicate');
  const original = readFileSync(path.join(content, '2019-03-14-bordeaux-greve-tramway.txt'), 'utf8');
  writeFileSync(path.join(content, 'Copie de tramway.txt'), '\uFEFF' + original.replace(/\n/g, '\r\n'));
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  assert.match(
    built.stderr,
    /content\/Copie de tramway\.txt:1:1 {2}avertissement {2}même dépêche que content\/2019-03-14-bordeaux-greve-tramway\.txt : content\/Copie de tramway\.txt n'est pas publiée une seconde fois {2}duplicate/,
  );
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.equal([...home.matchAll(/Bordeaux\u00a0: grève illimitée/g)].length, 1);
});

test('two dispatches with the same headline get distinct, stable URLs and a warning', () => {
  const { content, out } = workspace('collision');
  const text = (day: string, body: string) => `date 2022-05-${day}\nIncendie dans un entrepôt à Lyon\n\nLYON (AFP) - ${body}\n`;
  writeFileSync(
    path.join(content, 'a.txt'),
    text('03', 'Un incendie a détruit mardi un entrepôt de la zone industrielle, sans faire de victime, ont indiqué les pompiers.'),
  );
  writeFileSync(
    path.join(content, 'b.txt'),
    text('09', 'Un second incendie a touché lundi un entrepôt voisin, ont annoncé les pompiers, qui soupçonnent un acte criminel.'),
  );
  const first = buildInto(content, out);
  assert.equal(first.status, 0, first.stderr);
  assert.match(
    first.stderr,
    /content\/b\.txt {2}avertissement {2}même titre que content\/a\.txt : publiée à \/2022\/05\/incendie-dans-un-entrepot-a-lyon-[0-9a-f]{6}\/ {2}slug-collision/,
  );
  assert.ok(existsSync(path.join(out, '2022/05/incendie-dans-un-entrepot-a-lyon/index.html')));
  const suffixed = readdirSync(path.join(out, '2022/05')).filter((d) => /^incendie-dans-un-entrepot-a-lyon-[0-9a-f]{6}$/.test(d));
  assert.equal(suffixed.length, 1);
  // A file added later, with a name sorting first, moves neither URL.
  writeFileSync(
    path.join(content, '0-autre.txt'),
    "date 2022-05-20\nLYON (AFP) - Le conseil municipal a voté la construction d'une piscine olympique, a annoncé la mairie.\n",
  );
  assert.equal(buildInto(content, out).status, 0);
  assert.ok(existsSync(path.join(out, '2022/05/incendie-dans-un-entrepot-a-lyon/index.html')));
  assert.ok(existsSync(path.join(out, '2022/05', suffixed[0]!, 'index.html')));
});

test('file names with spaces, accents, capitals and 200 characters publish at clean URLs inside _site', () => {
  const { content, out } = workspace('names');
  const long = 'Dépêche ' + 'très '.repeat(38) + 'longue.txt';
  assert.ok(long.length >= 200);
  const names = ['Grève à la SNCF.txt', 'MAJUSCULES ET ESPACES.TXT', long, '../échappée.txt'.replace('../', 'points..')];
  for (const [i, name] of names.entries())
    writeFileSync(
      path.join(content, name),
      `date 2022-06-0${i + 1}\nPARIS (AFP) - Dépêche numéro ${i + 1} déposée sous un nom de fichier inhabituel, a indiqué la rédaction en chef.\n`,
    );
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  for (const file of allFiles(out)) {
    const rel = path.relative(out, file);
    assert.ok(!rel.startsWith('..'), rel);
    assert.match(rel, /^[a-z0-9/._-]+$/, `output path ${rel}`);
  }
  for (let i = 1; i <= names.length; i++) assert.ok(existsSync(path.join(out, `2022/06/depeche-numero-${i}-deposee-sous-un-nom-de-fichier/index.html`)));
});

test('a 5 MB dispatch builds (with a length warning) and does not take the others down', { timeout: 180_000 }, () => {
  const { content, out } = workspace('huge');
  const paragraph = readFileSync(path.join(CONTENT, '2022-02-07-nantes-incendie-entrepot-port.txt'), 'utf8').split('\n').slice(5, -4).join('\n');
  let text = 'date 2022-02-08\nNANTES (AFP) - Compilation des dépêches de la semaine sur les incendies du port.\n\n';
  while (text.length < 5 * 1024 * 1024) text += paragraph + '\n\n';
  writeFileSync(path.join(content, 'enorme.txt'), text);
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stderr, /content\/enorme\.txt:.*body-long/);
  assert.ok(existsSync(path.join(out, '2022/02/compilation-des-depeches-de-la-semaine-sur-les/index.html')));
  assert.match(built.stdout, new RegExp(`${readdirSync(CONTENT).filter((f) => f.endsWith('.txt')).length + 1} dépêches lues`));
});

test('nothing written in a dispatch becomes markup; every page carries a Content-Security-Policy', () => {
  const { content, out } = workspace('injection');
  const attempts = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '[cliquez ici](javascript:alert(1))',
    '![image](http://exemple.invalid/a.png)',
    '**gras** et _italique_',
    '`code` et ```bloc```',
    '<iframe src="http://exemple.invalid"></iframe>',
    '&lt;deja-echappe&gt;',
  ];
  writeFileSync(
    path.join(content, 'pieges.txt'),
    `date 2022-07-01\n# Titre en markdown\n\nPARIS (AFP) - Un forum a publié ces messages : ${attempts.join(' puis ')}.\n\n- Intertitre <b>gras</b> -\n\n> Une citation en markdown.\n`,
  );
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  const pages = allFiles(out).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;;/,
      page,
    );
    assert.ok(!/<script>alert|<img src=x|<iframe|href="javascript:|<b>gras/.test(html), `markup from a dispatch in ${page}`);
    // Emphasis and code are the Markdown of the pages editors write (content/pages/), never of a dispatch.
    const editors = html.includes('class="editor-page"');
    if (!editors) assert.ok(!/<strong>|<em>|<code>/.test(html), `markup from a dispatch in ${page}`);
  }
  const page = path.join(out, '2022/07/titre-en-markdown/index.html');
  const html = readFileSync(page, 'utf8');
  assert.ok(html.includes('[cliquez ici](javascript:alert(1))'));
  assert.ok(html.includes('**gras** et _italique_'));
  assert.ok(html.includes('`code` et ```bloc```'));
  assert.ok(html.includes('&#x26;lt;deja-echappe&#x26;gt;') || html.includes('&amp;lt;deja-echappe&amp;gt;'));
  assert.match(html, /<h1[^>]*># Titre en markdown<\/h1>/);
});
