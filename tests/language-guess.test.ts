// The fast guesser must give franc's answer on every input: dispatches of the
// fixtures and generated ones cut at many lengths, text made of every
// language's own trigrams in every script franc knows, and random mixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { languageGuesser } from '../src/dispatch/language-guess.ts';
import { ISO639_1 } from '../src/dispatch/plugins/language.ts';
import { generateDispatch, prng } from '../bench/generate.ts';

const here = import.meta.dirname;
const FIXTURES = ['fixtures/corpus', 'fixtures/holdout', 'fixtures/sample', '../content'].map((d) => path.join(here, d));

function dispatches(): string[] {
  const texts: string[] = [];
  for (const dir of FIXTURES) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
      texts.push(readFileSync(path.join(dir, f), 'latin1'), readFileSync(path.join(dir, f), 'utf8'));
  }
  for (let i = 0; i < 300; i++) texts.push(generateDispatch(i).text);
  return texts;
}

/** Each text cut at several places and lengths, around the 20-character minimum and past franc's 2,048. */
function cuts(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts)
    for (const start of [0, 7, 151]) for (const length of [0, 19, 20, 21, 45, 120, 300, 900, 2100]) out.push(t.slice(start, start + length));
  return out;
}

/** Text written with a language's own trigrams, for every language and script in franc's data. */
function modelTexts(): string[] {
  const out: string[] = [];
  for (const script in data) {
    for (const language in data[script]) {
      const trigrams = data[script]![language]!.split('|');
      out.push(trigrams.slice(0, 40).join(''), trigrams.slice(100, 130).join(' '), trigrams.filter((_, i) => i % 7 === 0).join(''));
    }
  }
  return out;
}

/** Random strings over letters of several scripts, digits, punctuation, spaces and lone surrogates. */
function randomTexts(n: number): string[] {
  const random = prng(7);
  const alphabets = [
    'abcdeéèàçôûefghijklmnopqrstuvwxyz',
    'АБВГДабвгдежзийклмнопрст',
    'ابتثجحخدذرزسشصضطظعغ',
    'αβγδεζηθικλμ',
    '你好世界中文',
    ' \n\t  ',
    '0123456789',
    '.,;:!?«»"\'-()',
    '\ud83d\ude00\ud800',
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const mix = alphabets.filter(() => random() < 0.5).join('') || alphabets[0]!;
    const length = Math.floor(random() * 400);
    let s = '';
    for (let j = 0; j < length; j++) s += mix[Math.floor(random() * mix.length)];
    out.push(s);
  }
  return out;
}

const inputs = [
  ...cuts(dispatches()),
  ...modelTexts(),
  ...randomTexts(3000),
  '',
  ' ',
  'a'.repeat(30),
  '1234567890 1234567890 1234567890',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!',
];

for (const [label, only, minLength] of [
  ['the languages dispatches are filed in', Object.keys(ISO639_1), 20],
  ['two languages', ['fra', 'eng'], 10],
  ['languages of other scripts', ['rus', 'ukr', 'arb', 'fra', 'ell', 'cmn', 'heb'], 5],
] as const) {
  test(`language guess: franc's answer on ${inputs.length} texts, ${label}`, () => {
    const guess = languageGuesser(only, minLength);
    const differ: string[] = [];
    const seen = new Set<string>();
    for (const text of inputs) {
      const expected = franc(text, { only: [...only], minLength });
      seen.add(expected);
      if (guess(text) !== expected) differ.push(`${JSON.stringify(text.slice(0, 60))}: ${guess(text)} instead of ${expected}`);
    }
    assert.deepEqual(differ, []);
    // The inputs reach more than one answer, 'und' among them.
    assert.ok(seen.has('und') && seen.size >= Math.min(3, only.length + 1), [...seen].join(' '));
  });
}

// The guess takes Latin as the top script once it matches more than half the
// text: true only if no other script's match can take a Latin character.
test("language guess: no character of franc's Latin script belongs to another script (the guess's shortcut rests on it)", () => {
  const sticky = (re: RegExp) => new RegExp(re.source, 'y');
  const latin = sticky(expressions.Latin!);
  const others = Object.entries(expressions)
    .filter(([name]) => name !== 'Latin')
    .map(([name, re]) => [name, sticky(re)] as const);
  let letters = 0;
  const shared: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    latin.lastIndex = 0;
    if (!latin.test(c)) continue;
    letters++;
    for (const [name, re] of others) {
      re.lastIndex = 0;
      if (re.test(c)) shared.push(`U+${cp.toString(16)} ${name}`);
    }
  }
  // Nor does any script take half of a surrogate pair alone: each match is a whole character.
  for (let unit = 0xd800; unit <= 0xdfff; unit++) {
    for (const [name, re] of [['Latin', latin] as const, ...others]) {
      re.lastIndex = 0;
      if (re.test(String.fromCharCode(unit))) shared.push(`lone U+${unit.toString(16)} ${name}`);
    }
  }
  assert.ok(letters > 1000, `${letters} Latin characters`);
  assert.deepEqual(shared, []);
});
