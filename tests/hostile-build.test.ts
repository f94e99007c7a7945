// One build of dispatches a hostile or clumsy editor drops: control
// characters, damaged UTF-8, UTF-16 without a mark, a right-to-left
// override, entities, names in other scripts, a date in the future, a time
// with its offset. Every XML output is parsed by an XML parser; nothing that
// XML or HTML forbids reaches any output; each problem is reported where it
// stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { buildInto, ROOT, tempDir } from './helpers/build.ts';

const BODY = "Le conseil municipal de Paris a voté mardi la construction d'une piscine olympique, a annoncé la mairie.";

function files(): Record<string, string | Buffer> {
  const utf8 = Buffer.from(`date 2022-03-11\nPARIS (AFP) - Été comme hiver, ${BODY}\n`);
  const at = utf8.indexOf('hiver');
  return {
    'controle.txt': `date 2022-03-05\nLe maire\u000bde Paris\u0000 dit\ufffe oui\u001b[2J\n\nPARIS (AFP) - Le maire\u000ba dit\u0000 que la ville\ufffe allait bien\u0085, ${BODY}\u0007\n`,
    'octet.txt': Buffer.concat([utf8.subarray(0, at), Buffer.from([0xe9]), utf8.subarray(at)]),
    'utf16.txt': Buffer.from(`date 2022-03-12\nPARIS (AFP) - Hiver comme été, ${BODY}\n`, 'utf16le'),
    'rtl.txt': `date 2022-03-07\nLe maire \u202eMohamed Ali dit non\n\nPARIS (AFP) - Le maire \u202eMohamed Ali a déclaré mardi que la ville allait bien, selon la mairie de Paris.\n`,
    'entites.txt': `date 2022-03-06\nLe &lt;b&gt; et &#60;i&#62; au menu; R&amp;D\n\nPARIS (AFP) - Le texte &lt;b&gt;gras&lt;/b&gt; et &#60;i&#62; et &amp; restent écrits ainsi; ${BODY}\n`,
    'cyrillique.txt': 'date 2022-03-08\nMOSCOU (AFP) - "Nous allons gagner", a déclaré Владимир Путин mardi à Moscou, selon l\'agence TASS.\n',
    'grec.txt': 'date 2022-03-09\nATHENES (AFP) - "Nous allons perdre", a déclaré Αλέξης Τσίπρας mercredi à Athènes, selon la presse.\n',
    'futur.txt': `date 2199-01-01\nPARIS (AFP) - ${BODY}\n`,
    'fuseau.txt': `date: 2022-03-10T11:48+05:00\nPARIS (AFP) - La mairie de Paris a voté mardi la construction d'une grande piscine olympique, a annoncé la mairie.\n`,
  };
}

function outputs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind') walk(p);
      } else if (/\.(html|xml|json|txt)$/.test(f)) found.push(p);
    }
  };
  walk(root);
  return found;
}

/** `line:column rule` of each match, as the build reports them. */
function places(text: string, re: RegExp, rule: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(re)].map((m) => `${i + 1}:${m.index + 1} ${rule}`));
}

// Forbidden in XML 1.0 or reported by HTML parsers, and the bidirectional controls taken out.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u;

test('a build of hostile dispatches: every XML output parses, nothing forbidden is published, each problem is reported where it stands', () => {
  const dir = tempDir('hostile');
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  for (const [name, bytes] of Object.entries(files())) writeFileSync(path.join(content, name), bytes);
  const out = path.join(dir, '_site');
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);

  for (const [file, expected] of [
    ['controle.txt', places(files()['controle.txt'] as string, /[\u0000\u0007\u000b\u001b\u0085\ufffe]/g, 'control-character')],
    ['octet.txt', ['2:25 encoding-invalid']],
    ['rtl.txt', ['2:10 bidi-control', '4:24 bidi-control']],
    ['futur.txt', ['1:6 date-future']],
  ] as const) {
    const reported = [...built.stderr.matchAll(new RegExp(`^content/${file.replace('.', '\\.')}:(\\d+:\\d+) {2}avertissement {2}.* {2}([a-z-]+)$`, 'gm'))].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    assert.deepEqual(
      reported.filter((r) => !/dateline-missing|body-short|language/.test(r)),
      expected,
      file,
    );
  }
  assert.doesNotMatch(built.stderr, /utf16\.txt|fuseau\.txt|entites\.txt/);

  const xml = ['flux.xml', 'rss.xml', 'sitemap.xml'].map((f) => path.join(out, f));
  for (const f of outputs(out)) {
    const text = readFileSync(f, 'utf8');
    assert.doesNotMatch(text, FORBIDDEN, path.relative(out, f));
    if (f.endsWith('.xml') && !xml.includes(f)) xml.push(f);
    if (f.endsWith('.json')) JSON.parse(text);
  }
  for (const f of xml) assert.equal(XMLValidator.validate(readFileSync(f, 'utf8')), true, path.relative(out, f));

  // Damaged UTF-8 stays UTF-8; UTF-16 without a mark is read.
  const atom = readFileSync(path.join(out, 'flux.xml'), 'utf8');
  assert.match(atom, /<title>Hiver comme été, Le conseil/);
  assert.match(atom, /<title>Été comme \uFFFDhiver, Le conseil/);
  assert.doesNotMatch(atom, /Ã©/);
  // Entities as written, in the feed (escaped once for XML) and on the page.
  assert.match(atom, /<title>Le &amp;lt;b&amp;gt; et &amp;#60;i&amp;#62; au menu\u202f; R&amp;amp;D<\/title>/);
  const page = readFileSync(path.join(out, '2022/03/le-lt-b-gt-et-60-i-62-au-menu-r-amp-d/index.html'), 'utf8');
  assert.match(
    page,
    /<h1 data-pagefind-meta="title">Le &#x26;lt;b&#x26;gt; et &#x26;#60;i&#x26;#62; au menu\u202f; R&#x26;amp;D<\/h1>|<h1 data-pagefind-meta="title">Le &amp;lt;b&amp;gt; et &amp;#60;i&amp;#62; au menu\u202f; R&amp;amp;D<\/h1>/,
  );
  assert.match(page, /"headline":"Le &lt;b&gt; et &#60;i&#62; au menu; R&amp;D"/);
  // Names in other scripts have pages of their own.
  assert.ok(!existsSync(path.join(out, 'personnes', 'sans-nom')));
  const people = readdirSync(path.join(out, 'personnes'));
  assert.ok(
    people.some((p) => /^vladimir-putin-[0-9a-f]{10}$/.test(p)),
    people.join(' '),
  );
  assert.ok(
    people.some((p) => /^alexis-tsipras-[0-9a-f]{10}$/.test(p)),
    people.join(' '),
  );
  // A time with its offset.
  const fuseau = readFileSync(path.join(out, '2022/03/la-mairie-de-paris-a-vote-mardi-la-construction/index.html'), 'utf8');
  assert.match(fuseau, /<time datetime="2022-03-10T11:48\+05:00"[^>]*>10 mars 2022 à 11\u00a0h\u00a048 \(UTC\+5\)<\/time>/);
});
