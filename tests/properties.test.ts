// Property-based tests: whatever the text, the parser returns a schema-valid
// article or says why not; dispatches assembled from random parts give those
// parts back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { slugify } from '../src/dispatch/slug.ts';
import { ROOT } from './helpers/build.ts';

const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'article.schema.json'), 'utf8')));

// Text that looks like copy: words, punctuation and quote marks of every kind.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '"',
    '«',
    '»',
    '“',
    '”',
    '+',
    ' - ',
    '\n',
    '\n\n',
    '\r\n',
    '(AFP)',
    'M.',
    'date 2021-11',
    'PARIS (AFP) - ',
    'AFP 251432 NOV 14',
    ':',
    '.',
    ',',
    '\u00a0',
    '\u202f',
    '<script>',
    '# ',
  ),
  fc.constantFrom('a déclaré', 'selon', "l'OSDH", 'Vladimir Poutine', 'il', 'a-t-il ajouté', 'Le', 'la', 'Raqa'),
);
const copyLike = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

test('random text never makes the parser throw, and gives a schema-valid article or an error', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), copyLike), (text) => {
      const article = parseDispatch(text, 'x.txt');
      assert.ok(validate(article), JSON.stringify(validate.errors));
      if (!article.date.value) assert.ok(article.diagnostics.some((d) => d.severity === 'error'));
      for (const d of article.diagnostics) {
        if (d.line !== undefined) assert.ok(d.line >= 1 && Number.isInteger(d.line));
      }
    }),
    { numRuns: 600 },
  );
});

const PLACES = ['PARIS', 'RAQA', 'SAINT-ÉTIENNE', 'LA NOUVELLE-ORLÉANS', 'BOGOTÁ', "N'DJAMENA"];
const COUNTRIES = [null, 'Syrie', 'Colombie', 'Etats-Unis'];
const MONTHS = ['jan', 'fév', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
const NAMES: [string, string][] = [
  ['Claire', 'Vidal'],
  ['Karim', 'Benali'],
  ['Hélène', 'Marchand'],
  ['Olivier', 'Texier'],
];
const sentence = fc
  .array(fc.constantFrom('le', 'conseil', 'municipal', 'a', 'voté', 'hier', 'une', 'réforme', 'des', 'transports', 'publics', 'dans', 'la', 'ville'), {
    minLength: 6,
    maxLength: 14,
  })
  .map((ws) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');

test('dispatches assembled from random parts give those parts back', () => {
  fc.assert(
    fc.property(
      fc.record({
        year: fc.integer({ min: 1990, max: 2030 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        place: fc.constantFrom(...PLACES),
        country: fc.constantFrom(...COUNTRIES),
        header: fc.boolean(),
        paragraphs: fc.array(sentence, { minLength: 1, maxLength: 4 }),
        intertitles: fc.array(fc.constantFrom('Une décision attendue', 'Réactions', "L'opposition s'indigne", 'Un précédent'), { maxLength: 3 }),
        quote: fc.option(fc.record({ words: sentence, who: fc.constantFrom(...NAMES), mark: fc.constantFrom('straight', 'guillemets') }), { nil: undefined }),
      }),
      (p) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        const lines: string[] = [];
        if (p.header) lines.push(`date ${p.year}-${pad(p.month)}-${pad(p.day)}`);
        const dateline = `${p.place}${p.country ? ` (${p.country})` : ''}, ${p.day} ${MONTHS[p.month - 1]} ${p.year} (AFP) - `;
        lines.push(dateline + p.paragraphs[0]!, '');
        for (const para of p.paragraphs.slice(1)) lines.push(para, '');
        if (p.quote) {
          const [first, last] = p.quote.who;
          const words = p.quote.words.replace(/\.$/, '');
          const quoted = p.quote.mark === 'straight' ? `"${words}"` : `« ${words} »`;
          lines.push(`${quoted}, a déclaré ${first} ${last}, porte-parole de la préfecture.`, '');
        }
        for (const title of p.intertitles) lines.push(`- ${title} -`, '', "Le texte continue après l'intertitre.", '');
        const a = parseDispatch(lines.join('\n'), 'x.txt');
        assert.equal(a.date.value, `${p.year}-${pad(p.month)}-${pad(p.day)}`);
        assert.equal(a.dateline?.place, p.place);
        assert.equal(a.dateline?.country, p.country);
        assert.equal(a.lede, p.paragraphs[0]);
        assert.deepEqual(
          a.sections.map((s) => s.title),
          [null, ...p.intertitles],
        );
        if (p.quote) {
          const speech = a.quotes.filter((q) => q.kind === 'speech');
          assert.equal(speech.length, 1, JSON.stringify(a.quotes));
          assert.equal(speech[0]!.text, p.quote.words.replace(/\.$/, ''));
          assert.equal(speech[0]!.speaker, p.quote.who.join(' '));
        } else {
          assert.deepEqual(a.quotes, []);
        }
        assert.ok(!a.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(a.diagnostics));
      },
    ),
    { numRuns: 300 },
  );
});

// The slug's definition, written plainly on the whole text; slugify works
// character by character (it is on every dispatch and every name page).
function slugByDefinition(text: string, max: number): string {
  const ligatures: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };
  const ascii = text
    .replace(/[œŒæÆßøØłŁđĐ]/g, (c) => ligatures[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.lastIndexOf('-', max);
  return ascii.slice(0, cut > 0 ? cut : max).replace(/-+$/, '');
}

test('slugs: accents dropped, ligatures spelled out, apostrophes dropped, other runs one hyphen, cut at a hyphen', () => {
  const letters = fc.constantFrom(
    'a',
    'Z',
    '0',
    ' ',
    '-',
    "'",
    '’',
    'ʼ',
    '`',
    'é',
    'É',
    'ç',
    'œ',
    'Œ',
    'ß',
    'ø',
    'İ',
    'Σ',
    'й',
    '中',
    'ệ',
    '\u0301',
    'e\u0308',
    '\u1dc0',
    '😀',
    '\ud83d',
    'ﬁ',
    '«',
    '\n',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.array(letters, { maxLength: 90 }).map((a) => a.join('')),
  );
  fc.assert(
    fc.property(text, fc.constantFrom(5, 50, 80), (t, max) => assert.equal(slugify(t, max), slugByDefinition(t, max))),
    { numRuns: 3000 },
  );
  assert.equal(slugify("L'Œuvre de Saint-Étienne à Łódź : 4.000 élèves"), 'loeuvre-de-saint-etienne-a-lodz-4-000-eleves');
});
