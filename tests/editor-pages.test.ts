// Pages editors write (content/pages/*.md): Markdown read safely, problems
// reported at their line, addresses that cannot take the site's own, and the
// pages published in the layout, the footer, the sitemap and search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEditorPage, readEditorPages } from '../src/site/editor-pages.ts';
import { renderMarkdown, safeUrl } from '../src/site/markdown-page.ts';
import { buildInto, ROOT, tempDir } from './helpers/build.ts';
import { sitemapEntries } from './helpers/site.ts';

const CONTENT = path.join(ROOT, 'content');
const page = (text: string, name = 'charte.md') => readEditorPage(new TextEncoder().encode(text), name, `content/pages/${name}`);

test('a page: its title, date, description, body in HTML with French typography, at /NAME/', () => {
  const { report, page: p } = page('---\ntitle: "Charte éditoriale"\ndate: 2024-03-01\n---\n\n# Nos principes\n\nL\'archive publie : tout.\n');
  assert.deepEqual(report.diagnostics, []);
  assert.equal(p!.url, '/charte/');
  assert.equal(p!.title, 'Charte éditoriale');
  assert.equal(p!.dateValue, '2024-03-01');
  assert.equal(p!.dateText, '1er mars 2024');
  // The page's title is its h1: the body's headings start at h2.
  assert.match(p!.html, /<h2>Nos principes<\/h2>/);
  assert.match(p!.html, /<p>L’archive publie\u00a0: tout\.<\/p>/);
  assert.equal(p!.description, 'L’archive publie\u00a0: tout.');
});

test('raw HTML is never published, and the editor is told where it stood', () => {
  const { report, page: p } = page(
    '---\ntitle: T\n---\nAvant <script>alert(1)</script> après.\n\n<iframe src="https://evil.example"></iframe>\n\n<img src=x onerror=alert(1)>\n',
  );
  assert.doesNotMatch(p!.html, /<script|<iframe|<img|onerror/i);
  assert.match(p!.html, /Avant/);
  const lines = report.diagnostics.filter((d) => d.rule === 'page-raw-html').map((d) => d.line);
  assert.deepEqual([...new Set(lines)], [4, 6, 8]);
  for (const d of report.diagnostics) assert.equal(d.severity, 'warning');
});

test('javascript:, data: and other schemes that run code are dropped; the words stay', () => {
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example/x',
  ]) {
    assert.equal(safeUrl(bad), false, bad);
  }
  for (const good of [
    'https://www.afp.com/',
    'http://example.org',
    'mailto:redaction@example.org',
    'tel:+33100000000',
    '/archives/',
    '#haut',
    'sources/',
    '?q=x',
  ])
    assert.equal(safeUrl(good), true, good);
  const r = renderMarkdown(
    '[cliquez](javascript:alert(1)) et [ici](<java\tscript:alert(1)>) et [autoref][x]\n\n[x]: javascript:alert(2)\n\n<javascript:alert(3)>\n',
    4,
  );
  // No address but the safe ones; the words of a refused link stay as text.
  assert.doesNotMatch(r.html, /<a /);
  assert.match(r.html, /<p>cliquez et ici et/);
  assert.ok(
    r.diagnostics.every((d) => d.rule === 'page-link-unsafe' && d.line! >= 5),
    JSON.stringify(r.diagnostics),
  );
  assert.deepEqual(
    r.diagnostics.map((d) => d.line),
    [5, 5, 7, 9],
  );
  const images = renderMarkdown('![logo](https://evil.example/x.png) ![carte](/carte.png) ![x](javascript:alert(1))\n', 0);
  assert.match(images.html, /<img src="\/carte.png" alt="carte">/);
  assert.doesNotMatch(images.html, /evil|javascript/);
});

test('a broken page is an error at its file and line: no title, bad front matter, not UTF-8, a reserved name', () => {
  const cases: [string | Uint8Array, string, string, number][] = [
    ['Pas d’en-tête.\n', 'a.md', 'page-title-missing', 1],
    ['---\ndate: 2024-01-01\n---\nTexte.\n', 'a.md', 'page-title-missing', 1],
    ['---\ntitle: ""\n---\nTexte.\n', 'a.md', 'page-title-missing', 2],
    ['---\ntitle: Bien\n\nTexte jamais séparé.\n', 'a.md', 'page-front-matter', 1],
    ['---\ntitle: Bien\nauteur: [ouvert\n---\nTexte.\n', 'a.md', 'page-front-matter', 4],
    ['---\ntitle: Bien\ndate: 2024-02-30\n---\nTexte.\n', 'a.md', 'page-date', 3],
    [new Uint8Array([...new TextEncoder().encode('---\ntitle: Bien\n---\nCaf'), 0xe9, 0x0a]), 'a.md', 'file-encoding', 4],
    ['---\ntitle: Bien\n---\n', 'archives.md', 'page-name-reserved', 1],
    ['---\ntitle: Bien\n---\n', 'Lieux.md', 'page-name-reserved', 1],
    ['---\ntitle: Bien\n---\n', '2021.md', 'page-name-reserved', 1],
    ['---\ntitle: Bien\n---\n', 'ce-jour-la.md', 'page-name-reserved', 1],
    ['---\ntitle: Bien\n---\n', 'recherche.md', 'page-name-reserved', 1],
  ];
  for (const [text, name, rule, line] of cases) {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const { report, page: p } = readEditorPage(bytes, name, `content/pages/${name}`);
    assert.equal(p, null, `${rule}: ${String(text)}`);
    const d = report.diagnostics.find((x) => x.severity === 'error');
    assert.equal(d?.rule, rule, JSON.stringify(report.diagnostics));
    assert.equal(d?.line, line, `${rule}: ${JSON.stringify(d)}`);
  }
  // Front matter that would run code in other readers (gray-matter's ---js) is only ever text.
  assert.equal(page('---js\n{ title: (() => { throw new Error("exécuté") })() }\n---\n').page, null);
  // An unknown key is a warning on its line; the page is published.
  const typo = page('---\ntitle: Bien\ntitre: Mal\n---\nTexte.\n');
  assert.ok(typo.page);
  assert.deepEqual(
    typo.report.diagnostics.map((d) => [d.rule, d.line, d.severity]),
    [['page-field-unknown', 3, 'warning']],
  );
});

test('two files with the same address: the second is an error', async () => {
  const dir = tempDir('pages-collide');
  mkdirSync(path.join(dir, 'pages'));
  writeFileSync(path.join(dir, 'pages', 'a-propos.md'), '---\ntitle: Un\n---\nUn.\n');
  writeFileSync(path.join(dir, 'pages', 'A propos.md'), '---\ntitle: Deux\n---\nDeux.\n');
  const { files, pages } = await readEditorPages(dir);
  assert.equal(pages.length, 1);
  assert.deepEqual(
    files.flatMap((f) => f.diagnostics.map((d) => `${f.file} ${d.rule}`)),
    [`${path.basename(dir)}/pages/a-propos.md page-name-collision`],
  );
});

function workspace(name: string): { content: string; out: string } {
  const dir = tempDir(name);
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  return { content, out: path.join(dir, '_site') };
}

test('content/pages/ is published: the page in the layout, in every footer, in the sitemap and in search; not read as dispatches', () => {
  const { content, out } = workspace('pages-build');
  // A .md (or a .txt) in content/pages/ is never a dispatch, even one that would parse as one.
  writeFileSync(path.join(content, 'pages', 'charte.md'), '---\ntitle: Charte\n---\ndate 2022-01-05\nPARIS (AFP) - Une phrase de dépêche.\n');
  const r = buildInto(content, out);
  assert.equal(r.status, 0, r.stderr);
  const dispatches = readdirSync(content).filter((f) => f.endsWith('.txt')).length;
  assert.match(r.stdout, new RegExp(`^${dispatches} dépêches lues, ${dispatches} publiées`, 'm'));
  assert.ok(!existsSync(path.join(out, '2022/01')), 'a page read as a dispatch');
  const about = readFileSync(path.join(out, 'a-propos/index.html'), 'utf8');
  assert.match(about, /<h1 class="page-title" data-pagefind-meta="title">À propos de l’archive<\/h1>/);
  assert.match(about, /Comment lire une dépêche/);
  assert.match(about, /<link rel="canonical" href="[^"]+\/a-propos\/">/);
  for (const file of ['index.html', '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/index.html', 'lieux/index.html', 'ce-jour-la/index.html']) {
    const footer = readFileSync(path.join(out, file), 'utf8').split('<footer')[1]!;
    assert.match(footer, /<a href="\/a-propos\/">À propos de l’archive<\/a>/, file);
    assert.match(footer, /<a href="\/charte\/">Charte<\/a>/, file);
  }
  const sitemap = sitemapEntries(out).map((e) => e.loc);
  assert.ok(sitemap.some((loc) => loc.endsWith('/a-propos/')));
  assert.ok(sitemap.some((loc) => loc.endsWith('/charte/')));
  assert.ok(existsSync(path.join(out, 'pagefind/pages/pagefind.js')));
  assert.match(readFileSync(path.join(out, 'recherche/index.html'), 'utf8'), /data-page-bundle/);
});

test('a broken page stops the build as a broken dispatch does; --keep-going publishes the rest', () => {
  const { content, out } = workspace('pages-broken');
  writeFileSync(path.join(content, 'pages', 'vide.md'), 'Pas de titre ici.\n');
  const r = buildInto(content, out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^content\/pages\/vide\.md:1:1 {2}erreur {2}pas d’en-tête[^\n]+ {2}page-title-missing$/m);
  assert.ok(!existsSync(out));
  const kept = buildInto(content, out, ['--keep-going']);
  assert.equal(kept.status, 0, kept.stderr);
  assert.match(kept.stderr, /non publiées \(1\) : content\/pages\/vide\.md/);
  assert.ok(existsSync(path.join(out, 'a-propos/index.html')));
  assert.ok(!existsSync(path.join(out, 'vide')));
});
