import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInto, ROOT, tempDir } from './helpers/build.ts';

const CONTENT = path.join(ROOT, 'content');
const SAMPLE_PAGE = '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/index.html';

test('npm run build publishes every dispatch in content/ and the home page', () => {
  const out = path.join(tempDir('build'), '_site');
  const r = buildInto(CONTENT, out);
  assert.equal(r.status, 0, r.stderr);
  const dispatches = readdirSync(CONTENT).filter((f) => f.endsWith('.txt'));
  assert.match(r.stdout, new RegExp(`${dispatches.length} dépêches lues, ${dispatches.length} publiées, \\d+ avertissements?, 0 erreur, [\\d,]+ s`));
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  const links = [...home.matchAll(/<h2 class="dispatch-headline"><a href="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(links.length, dispatches.length);
  for (const href of links) assert.ok(existsSync(path.join(out, href, 'index.html')), href);
  assert.ok(existsSync(path.join(out, 'style.css')));
});

test('--out may name a folder whose parents do not exist yet', () => {
  const out = path.join(tempDir('nested'), 'sites', 'archive', '_site');
  const r = buildInto(CONTENT, out);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(path.join(out, 'index.html')));
});

test("the sample's page is French, with its derived headline as h1, its intertitle as h2 and its month", () => {
  const out = path.join(tempDir('sample'), '_site');
  const r = buildInto(CONTENT, out);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(path.join(out, SAMPLE_PAGE), 'utf8');
  assert.match(html, /<html lang="fr">/);
  const h1 = [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/g)].map((m) => m[1]!);
  assert.deepEqual(h1, ['L’aviation syrienne a tué près de 100 personnes dans les raids les plus meurtriers jamais menés contre Raqa']);
  assert.match(html, /<h2>Poutine s’implique<\/h2>/);
  assert.match(html, /<time datetime="2021-11"[^>]*>novembre 2021<\/time>/);
  assert.match(html, /M\. Poutine, dont le pays/);
});

test('a build with an error exits 1 and leaves the published site exactly as it was', () => {
  const dir = tempDir('error');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  assert.equal(buildInto(content, out).status, 0);
  const before = readFileSync(path.join(out, 'index.html'));
  writeFileSync(path.join(content, 'sans-date.txt'), 'Un texte sans aucune date, ni en-tête ni ligne de date.\n');
  const r = buildInto(content, out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /content\/sans-date\.txt:1:1 {2}erreur {2}aucune date/);
  assert.deepEqual(readFileSync(path.join(out, 'index.html')), before);
  assert.deepEqual(
    readdirSync(dir)
      .filter((f) => f !== '.depeches-cache')
      .sort(),
    ['_site', 'content'],
    'a temporary folder was left behind',
  );
});

test('text that looks like markup is published as the characters written', () => {
  const dir = tempDir('markup');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(
    path.join(content, 'balises.txt'),
    'date 2023-05-02\nPARIS (AFP) - Un internaute a écrit <script>alert(1)</script> et **gras** sur [un lien](javascript:alert(1)) dans un forum.\n',
  );
  const out = path.join(dir, '_site');
  assert.equal(buildInto(content, out).status, 0);
  const page = readFileSync(path.join(out, '2023/05/un-internaute-a-ecrit-script-alert-1-script-et/index.html'), 'utf8');
  assert.ok(!page.includes('<script>alert'), 'script tag published as markup');
  assert.match(page, /&#x3C;script>alert\(1\)&#x3C;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(page, /\*\*gras\*\* sur \[un lien\]\(javascript:alert\(1\)\)/);
});
