// The parser plugins' thresholds are options with defaults, as remark and
// retext plugins take them: createParser(options) changes them, parseDispatch
// keeps the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser, parseDispatch } from '../src/dispatch/parse.ts';

const rules = (a: { diagnostics: { rule?: string }[] }) => a.diagnostics.map((d) => d.rule);
const SENTENCES = Array.from(
  { length: 8 },
  (_, i) => `La phrase numéro ${i + 1} du conseil municipal de Lyon décrit le plan de rénovation des écoles de la ville.`,
);
const ONE_LINE = `date 2022-03-10\nLYON, 10 mars 2022 (AFP) - ${SENTENCES.join(' ')}\n`;
const SHORT = 'date 2022-03-10\nLYON, 10 mars 2022 (AFP) - Le conseil municipal a voté le plan.\n';

test('checks: the short and long body thresholds', () => {
  assert.ok(rules(parseDispatch(SHORT, 'c/a.txt')).includes('body-short'));
  assert.ok(!rules(createParser({ checks: { shortWords: 5 } })(SHORT, 'c/a.txt')).includes('body-short'));
  assert.ok(!rules(parseDispatch(ONE_LINE, 'c/a.txt')).includes('body-long'));
  assert.ok(rules(createParser({ checks: { longWords: 50 } })(ONE_LINE, 'c/a.txt')).includes('body-long'));
});

test('paragraphs: when a run of sentences is cut, and into what lengths', () => {
  const byDefault = parseDispatch(ONE_LINE, 'c/a.txt');
  assert.ok(rules(byDefault).includes('paragraphs-inferred'));
  const kept = createParser({ paragraphs: { longParagraph: 100_000 } })(ONE_LINE, 'c/a.txt');
  assert.equal(kept.sections[0]!.paragraphs.length, 1);
  assert.ok(!rules(kept).includes('paragraphs-inferred'));
  // Each sentence (about 105 characters) reaches a target of 100: one sentence a paragraph.
  const short = createParser({ paragraphs: { targetLength: 100 } })(ONE_LINE, 'c/a.txt');
  assert.deepEqual(short.sections[0]!.paragraphs, SENTENCES);
  assert.ok(byDefault.sections[0]!.paragraphs.length < SENTENCES.length);
});

test('headline: the length a derived headline aims at', () => {
  const text =
    'date 2022-03-10\nLYON, 10 mars 2022 (AFP) - Le conseil municipal de Lyon a voté jeudi soir, après un long débat, un plan de rénovation de quarante écoles en six ans, a annoncé la mairie dans un communiqué.\n';
  const byDefault = parseDispatch(text, 'c/a.txt').headline;
  const short = createParser({ headline: { short: 50, longest: 60, shortest: 20 } })(text, 'c/a.txt').headline;
  assert.ok(byDefault.length > 60, byDefault);
  assert.equal(short, 'Le conseil municipal de Lyon a voté jeudi soir');
});

test('language: the languages a dispatch may be in, and the shortest text guessed', () => {
  const english =
    'date 2014-08-29\nWASHINGTON, Aug 29, 2014 (AFP) - Farmers in California are facing the worst drought in decades, officials said on Friday.\n';
  assert.equal(parseDispatch(english, 'c/a.txt').language, 'en');
  // Only the languages allowed are guessed among.
  assert.equal(createParser({ language: { languages: ['fra', 'spa'] } })(english, 'c/a.txt').language, 'fr');
  assert.equal(createParser({ language: { languages: ['spa'] } })(english, 'c/a.txt').language, 'es');
  assert.equal(createParser({ language: { minLength: 10_000 } })(english, 'c/a.txt').language, 'und');
  assert.throws(() => createParser({ language: { languages: ['fra', 'xyz'] } }), /langues sans code ISO 639-1 connu : xyz/);
});
