import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { decodeDispatch } from '../src/dispatch/decode.ts';
import { sentences } from '../src/dispatch/sentences.ts';
import { deriveHeadline } from '../src/dispatch/plugins/headline.ts';
import { wordCount } from '../src/dispatch/words.ts';
import { titleCase } from '../src/dispatch/semantics/names.ts';

const here = import.meta.dirname;
const SAMPLE = path.join(here, 'fixtures', 'sample', '000_3d2d1b338fec40bb.txt');
const sample = () => parseDispatch(readFileSync(SAMPLE, 'utf8'), 'content/000_3d2d1b338fec40bb.txt');
const paragraphs = (a: ReturnType<typeof sample>) => a.sections.flatMap((s) => s.paragraphs);

test('sample: date header inline before the body, month precision', () => {
  const a = sample();
  assert.deepEqual(a.date, { value: '2021-11', precision: 'month', from: 'header' });
  assert.ok(!a.lede.startsWith('date'), a.lede);
  assert.ok(a.lede.startsWith("L'aviation syrienne a tué"));
});

test('sample: exact sections, the inline intertitle is a title and in no sentence', () => {
  const a = sample();
  assert.deepEqual(
    a.sections.map((s) => s.title),
    [null, "Poutine s'implique"],
  );
  for (const p of paragraphs(a)) assert.ok(!p.includes("Poutine s'implique -") && !p.includes('- Poutine'), p);
  assert.ok(a.sections[1]!.paragraphs[0]!.startsWith('Raqa et ses alentours'));
  assert.ok(a.sections[0]!.paragraphs.at(-1)!.endsWith("dans le nord et l'est syrien."));
});

test('sample: the one-line body becomes short agency paragraphs, lede alone', () => {
  const a = sample();
  const all = paragraphs(a);
  assert.ok(all.length >= 8, `only ${all.length} paragraphs`);
  assert.equal(sentences(a.lede).length, 1);
  for (const p of all) assert.ok(p.length <= 450, `paragraph too long (${p.length}): ${p}`);
  // Nothing lost: every word of the body is in some paragraph, in order.
  const body = readFileSync(SAMPLE, 'utf8')
    .replace(/^\s*date 2021-11\s*/, '')
    .replace(/\s*- Poutine s'implique -\s*/, ' ');
  assert.equal(all.join(' ').replace(/\s+/g, ' '), body.replace(/\s+/g, ' ').trim());
});

test('a one-line body is cut into paragraphs with its lede alone, however short the lede (isLede was read after being set)', () => {
  const sentencesOfBody = [
    'Le conseil municipal de Lyon a voté jeudi soir un plan de rénovation des écoles.',
    'Le plan prévoit la rénovation de quarante écoles en six ans, selon la mairie.',
    "Les travaux commenceront à l'été, pendant les vacances scolaires des enfants.",
    "L'opposition a voté contre, jugeant le calendrier trop long pour les familles.",
    "Les parents d'élèves ont salué un effort attendu depuis de nombreuses années.",
    "Le coût total du plan est estimé à cent vingt millions d'euros par la ville.",
    "L'État doit apporter une part du financement, selon le maire de la ville.",
    'Une réunion publique est prévue le mois prochain dans chaque arrondissement.',
  ];
  const a = parseDispatch(`date 2022-03-10\nLYON, 10 mars 2022 (AFP) - ${sentencesOfBody.join(' ')}\n`, 'content/lyon.txt');
  const all = paragraphs(a);
  assert.equal(all[0], sentencesOfBody[0]);
  assert.equal(all.join(' '), sentencesOfBody.join(' '));
});

test('sample: "M. Poutine" stays inside one paragraph and one sentence', () => {
  const a = sample();
  const p = paragraphs(a).find((x) => x.includes('M. Poutine'));
  assert.ok(p, 'no paragraph holds "M. Poutine"');
  const s = sentences(p).find((x) => x.includes('M. Poutine'));
  assert.ok(s?.startsWith("C'est la première fois que M. Poutine, dont le pays"), s);
});

test('sample: no sentence or paragraph is cut inside a quote', () => {
  const a = sample();
  for (const p of paragraphs(a)) {
    assert.equal((p.match(/"/g) ?? []).length % 2, 0, `unbalanced quotes in: ${p}`);
    for (const s of sentences(p)) assert.equal((s.match(/"/g) ?? []).length % 2, 0, `sentence cut in a quote: ${s}`);
  }
  assert.ok(paragraphs(a).some((p) => p.startsWith('"Après le premier raid,') && p.includes('s\'est produit", a souligné')));
});

test('sample: headline derived from the lede at a natural point', () => {
  const a = sample();
  assert.equal(a.title, null);
  assert.equal(a.headline, "L'aviation syrienne a tué près de 100 personnes dans les raids les plus meurtriers jamais menés contre Raqa");
  assert.equal(a.slug, 'laviation-syrienne-a-tue-pres-de-100-personnes');
  assert.equal(a.url, '/2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/');
  assert.equal(a.language, 'fr');
});

test('sample: the same text gives the same id, whatever its line ends or BOM', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const a = parseDispatch(text, 'a.txt');
  const b = parseDispatch('\uFEFF' + text.replace(/\n/g, '\r\n'), 'b.txt');
  assert.equal(a.id, b.id);
  assert.equal(a.headline, b.headline);
});

test('headline: cut at a word, never mid-word, when no clause boundary fits', () => {
  const lede =
    'Le gouvernement annonce une réforme profonde du système de retraites qui concernera près de douze millions de salariés du secteur privé dès janvier prochain.';
  const h = deriveHeadline(lede);
  assert.ok(h.endsWith('…'), h);
  assert.ok(lede.startsWith(h.slice(0, -1)), h);
  assert.match(lede.slice(h.length - 1), /^ /);
});

test('date header alone on the first line: year, month, day, minute precision', () => {
  const body = "PARIS (AFP) - Le Sénat a adopté jeudi le projet de loi de finances pour l'année prochaine.";
  for (const [header, value, precision] of [
    ['date 2016', '2016', 'year'],
    ['date 2021-11', '2021-11', 'month'],
    ['date 2014-11-25', '2014-11-25', 'day'],
    ['date: 2014-11-25T14:32', '2014-11-25T14:32', 'minute'],
  ] as const) {
    const a = parseDispatch(`${header}\n${body}\n`, 'x.txt');
    assert.deepEqual(a.date, { value, precision, from: 'header' }, header);
    assert.equal(a.dateline?.place, 'PARIS');
    assert.ok(a.lede.startsWith('Le Sénat'), a.lede);
  }
});

test('an impossible date is an error with line and column, not a crash', () => {
  const a = parseDispatch('date 2021-02-30\nPARIS (AFP) - Le texte.\n', 'x.txt');
  const d = a.diagnostics.find((x) => x.rule === 'date-impossible');
  assert.equal(d?.severity, 'error');
  assert.equal(d?.line, 1);
  assert.equal(d?.column, 6);
});

test('intertitles on their own line become sections', () => {
  const text = [
    'date 2022-03-04',
    'LYON (AFP) - Premier paragraphe du texte, assez long pour être une phrase.',
    '',
    '- Une décision attendue -',
    '',
    "Deuxième paragraphe. Il suit l'intertitre.",
    '',
    '– Réactions –',
    '',
    'Troisième paragraphe.',
  ].join('\n');
  const a = parseDispatch(text, 'x.txt');
  assert.deepEqual(
    a.sections.map((s) => s.title),
    [null, 'Une décision attendue', 'Réactions'],
  );
  assert.deepEqual(a.sections[1]!.paragraphs, ["Deuxième paragraphe. Il suit l'intertitre."]);
});

test('hard-wrapped wire copy is joined back into paragraphs', () => {
  const text = [
    'date 1998-05-12',
    'PARIS (AFP) - Le gouvernement a présenté mardi en conseil des',
    'ministres un projet de loi sur la réduction du temps de travail,',
    'a annoncé le porte-parole.',
    '',
    'Le texte sera examiné en juin par',
    "l'Assemblée nationale.",
  ].join('\n');
  const a = parseDispatch(text, 'x.txt');
  assert.deepEqual(a.sections[0]!.paragraphs, [
    'Le gouvernement a présenté mardi en conseil des ministres un projet de loi sur la réduction du temps de travail, a annoncé le porte-parole.',
    "Le texte sera examiné en juin par l'Assemblée nationale.",
  ]);
});

test('dispatches in content/ all parse without errors and with a dateline or a warning', () => {
  const dir = path.join(here, '..', 'content');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 7);
  for (const f of files) {
    const { text, encoding, sha256 } = decodeDispatch(readFileSync(path.join(dir, f)));
    const a = parseDispatch(text, `content/${f}`, { encoding, sha256 });
    assert.deepEqual(
      a.diagnostics.filter((d) => d.severity === 'error'),
      [],
      f,
    );
    assert.ok(a.headline.length > 10, f);
    assert.ok(a.dateline !== null || a.diagnostics.some((d) => d.rule === 'dateline-missing'), f);
  }
});

test('Windows-1252 bytes are decoded without mojibake', () => {
  const bytes = Buffer.from('date 2014-11-25\r\nPARIS (AFP) - L\x92\xe9t\xe9 a \xe9t\xe9 br\xfblant, a d\xe9clar\xe9 le ministre.\r\n', 'latin1');
  const d = decodeDispatch(bytes);
  assert.equal(d.encoding, 'windows-1252');
  const a = parseDispatch(d.text, 'x.txt');
  assert.equal(a.lede, 'L’été a été brûlant, a déclaré le ministre.');
});

test('word count: what stands between spaces and holds a letter or a digit, for every character', () => {
  const reference = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const samples = [
    '',
    ' ',
    'Raqa',
    "L'aviation syrienne a tué 12 civils",
    '\u00a0«\u202fNon\u202f»\u00a0',
    'a\u2003b\u3000c',
    '\ud835\udc00 \ud83d\ude00 x',
    '- - 3 -',
  ];
  for (let c = 0; c < 0x10000; c++) samples.push(`a${String.fromCharCode(c)}b`, String.fromCharCode(c), ` ${String.fromCharCode(c)} `);
  const differ = samples.filter((t) => wordCount(t) !== reference(t));
  assert.deepEqual(differ.slice(0, 5), []);
  assert.equal(wordCount("Un jour, 12 civils ont fui. — D'autres"), 7);
});

test('"Selon X, Y ont prévenu": X and Y are two sources, not one; a capitalised word inside a sentence ("du Jura", "Edward Said") is not a reporting verb', () => {
  const file = path.join(here, 'fixtures', 'corpus', '29-selon-then-subject.txt');
  const a = parseDispatch(readFileSync(file, 'utf8'), '29-selon-then-subject.txt');
  assert.deepEqual(
    a.sources.map((s) => [s.name, s.type]),
    [
      ['Confédération générale du travail', 'organisation'],
      ['syndicats', 'other'],
      ['Karim Benali', 'person'],
    ],
  );
  assert.deepEqual(a.entities.organisations, ['Confédération générale du travail']);
  // "Said" inside a sentence is Edward Said, not "said" (it made "ouvrage d'Edward" a source).
  const b = parseDispatch(
    "date 2023-03-15\nPARIS, 15 mars 2023 (AFP) - L'ouvrage d'Edward Said sur l'orientalisme est réédité en poche, a indiqué son éditeur.\n",
    'said.txt',
  );
  // "son éditeur" names no one the archive can make a page for: no source, and Edward Said is none either.
  assert.deepEqual(
    b.sources.map((s) => s.name),
    [],
  );
});

test('"…», a ajouté M. Romero." at a sentence\'s end: the speaker is Sofia Romero, and "M" is no source', () => {
  const text = [
    'date 2014-04-04',
    "RAQA (Syrie), 4 avr 2014 (AFP) - L'équipe locale s'est qualifiée pour la finale, a indiqué la présidente de la région, Sofia Romero.",
    '',
    '« Nous ferons tout pour que la situation revienne à la normale », a ajouté M. Romero.',
    '',
    '« Le dialogue reste ouvert », a précisé M. Romero. Le match se jouera dimanche.',
    '',
  ].join('\n');
  const a = parseDispatch(text, 'titre.txt');
  assert.deepEqual(
    a.quotes.map((q) => q.speaker),
    ['Sofia Romero', 'Sofia Romero'],
  );
  assert.deepEqual(
    a.sources.map((s) => s.name),
    ['Sofia Romero'],
  );
});

test('"Le Dr Martin Vidal", "le Dr. Vidal", "le Pr Anne Roux": a title after the article names a person, and a title is not a role', () => {
  const file = path.join(here, 'fixtures', 'corpus', '30-doctor-titles.txt');
  const a = parseDispatch(readFileSync(file, 'utf8'), '30-doctor-titles.txt');
  // "Le Dr Martin Vidal" opening a sentence read as a thing named after an article ("Le Clemenceau").
  assert.deepEqual(a.entities.people, ['Martin Vidal', 'Anne Roux']);
  assert.deepEqual(
    a.quotes.map((q) => q.speaker),
    ['Martin Vidal', 'Anne Roux', 'Martin Vidal'],
  );
  assert.deepEqual(
    a.sources.map((s) => [s.name, s.role]),
    [
      ["direction de l'établissement", null],
      ['Martin Vidal', null],
      ['Anne Roux', 'infectiologue'],
    ],
  );
  // English-style periods, and roles kept where a title stands beside them.
  const b = parseDispatch(
    'date 2023-01-12\nTOURS, 12 jan 2023 (AFP) - Le Dr. Martin Vidal a reçu les premiers blessés. "La situation est sous contrôle", a déclaré le chef du service des urgences, le Dr. Vidal. "Nous tiendrons", a ajouté Mgr Jean Dupont.\n',
    'dr.txt',
  );
  assert.deepEqual(b.entities.people, ['Martin Vidal', 'Jean Dupont']);
  assert.deepEqual(
    b.sources.map((s) => [s.name, s.role]),
    [
      ['Martin Vidal', 'chef du service des urgences'],
      ['Jean Dupont', null],
    ],
  );
  // A role that starts like a title is left whole.
  const c = parseDispatch('date 2023-01-12\nLONDON, Jan 12, 2023 (AFP) - "We are ready," Mexican ambassador John Smith told reporters.\n', 'en.txt');
  assert.deepEqual(
    c.sources.map((s) => [s.name, s.role]),
    [['John Smith', 'Mexican ambassador']],
  );
});

test('a role written around the name reads as written: no space before its comma', () => {
  const file = path.join(here, 'fixtures', 'corpus', '03-nantes-incendie.txt');
  const a = parseDispatch(readFileSync(file, 'utf8'), '03-nantes-incendie.txt');
  // "a précisé le lieutenant-colonel Hervé Guillou, du service départemental…": the name taken out left "lieutenant-colonel , du service".
  assert.equal(a.sources.find((s) => s.name === 'Hervé Guillou')?.role, "lieutenant-colonel, du service départemental d'incendie et de secours");
});

test('"selon Me Claire Vidal, avocate de la famille, …": the role in apposition after the name is the source\'s role', () => {
  const file = path.join(here, 'fixtures', 'corpus', '31-selon-roles.txt');
  const a = parseDispatch(readFileSync(file, 'utf8'), '31-selon-roles.txt');
  assert.deepEqual(
    a.sources.map((s) => [s.name, s.role]),
    [
      ['source judiciaire', null],
      // Closed by a comma, by the sentence's end, or before a quote.
      ['Claire Vidal', 'avocate de la famille'],
      ['Karim Benali', 'maire de la commune'],
      ['Hélène Marchand', "sociologue à l'université de Lyon"],
      // "Selon Olivier Texier, la procédure…" is the main clause; "interrogée par l'AFP" is not a role.
      ['Olivier Texier', null],
      ['Anne Roux', null],
    ],
  );
  assert.deepEqual(
    a.quotes.map((q) => q.speaker),
    ['Claire Vidal', 'Hélène Marchand'],
  );
  const b = parseDispatch(
    'date 2024-05-16\nLYON, 16 mai 2024 (AFP) - Selon Paul Martin, déçu, les salariés attendent. Selon Marie Durand, économiste, la croissance ralentit.\n',
    'b.txt',
  );
  assert.deepEqual(
    b.sources.map((s) => [s.name, s.role]),
    [
      ['Paul Martin', null],
      ['Marie Durand', 'économiste'],
    ],
  );
});

test('places: "près d\'Ambérieu-en-Bugey" is a place, and a dateline\'s compound name keeps its small words small', () => {
  const file = path.join(here, 'fixtures', 'corpus', '31-selon-roles.txt');
  const a = parseDispatch(readFileSync(file, 'utf8'), '31-selon-roles.txt');
  // BOURG-EN-BRESSE in the dateline, Ambérieu after "près d'" (after a bare "d'" a capital is most often no place).
  assert.deepEqual(a.entities.places, ['Bourg-en-Bresse', 'Ambérieu-en-Bugey', 'Ain']);
  assert.deepEqual(['PORT-AU-PRINCE', "VILLENEUVE-D'ASCQ", 'LE PUY-EN-VELAY', 'LA NOUVELLE-ORLÉANS', "N'DJAMENA"].map(titleCase), [
    'Port-au-Prince',
    "Villeneuve-d'Ascq",
    'Le Puy-en-Velay',
    'La Nouvelle-Orléans',
    "N'Djamena",
  ]);
});
