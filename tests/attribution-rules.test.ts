// Each attribution and name rule's examples, read from its doc comment and
// run as tests (remark-lint runs its rules' examples the same way): an
// example is parsed as the text of a dispatch, and the rule it documents
// must be the one that gives the expected answer.
//   @example TEXT            the text, on one line
//   → NAME | → null          the speaker of the text's first quote, and the rule that named it
//   → #N NAME                the speaker of its N-th quote
//   → source: NAME           a source the rule must find
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { SPEAKER_RULES } from '../src/dispatch/semantics/speaker-rules.ts';
import { SOURCE_RULES } from '../src/dispatch/semantics/source-rules.ts';
import { NAME_RULES } from '../src/dispatch/semantics/name-rules.ts';
import { normName } from './helpers/score.ts';
import { NAME_CHECKS, publishable, refusedBy, tidyName } from '../src/dispatch/semantics/publishable.ts';

const SEMANTICS = path.join(import.meta.dirname, '../src/dispatch/semantics');

export interface RuleExample {
  rule: string;
  text: string;
  expect: string[];
}

/** The examples of every rule documented in `file`: a doc comment whose first line is "rule-id: …". */
export function examplesOf(file: string): RuleExample[] {
  const source = readFileSync(path.join(SEMANTICS, file), 'utf8');
  const out: RuleExample[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = comment[1]!.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim());
    const id = /^([a-z]+(?:-[a-z]+)+):/.exec(lines.find((l) => l !== '') ?? '')?.[1];
    if (!id) continue;
    let current: RuleExample | null = null;
    for (const line of lines) {
      if (line.startsWith('@example ')) {
        current = { rule: id, text: line.slice('@example '.length), expect: [] };
        out.push(current);
      } else if (line.startsWith('→') && current) current.expect.push(line.slice(1).trim());
    }
  }
  return out;
}

const parse = (text: string) => parseDispatch(`date 2024-03-12\n\nPARIS, 12 mars 2024 (AFP) - ${text}`, 'exemple.txt');

for (const [file, ids] of [
  ['speaker-rules.ts', SPEAKER_RULES.map((r) => r.id)],
  ['source-rules.ts', SOURCE_RULES.map((r) => r.id)],
] as const) {
  const examples = examplesOf(file);
  test(`${file}: every rule documents examples`, () => {
    for (const id of ids)
      assert.ok(
        examples.some((e) => e.rule === id),
        `${id} has no @example`,
      );
  });
  for (const example of examples) {
    test(`${example.rule}: ${example.text}`, () => {
      assert.ok(example.expect.length > 0, 'an example says what it gives (→ …)');
      const article = parse(example.text);
      for (let expectation of example.expect) {
        const source = /^source:\s*(.+)$/.exec(expectation);
        if (source) {
          const found = article.sources.find((s) => normName(s.name) === normName(source[1]!));
          assert.ok(found, `no source ${source[1]} in ${JSON.stringify(article.sources.map((s) => s.name))}`);
          assert.equal(found.rule, example.rule, `source ${source[1]} found by ${found.rule}`);
          continue;
        }
        const nth = /^#(\d+)\s+(.+)$/.exec(expectation);
        const speech = article.quotes.filter((q) => q.kind === 'speech')[nth ? Number(nth[1]) - 1 : 0];
        assert.ok(speech, `no reported speech in ${JSON.stringify(article.quotes)}`);
        if (nth) expectation = nth[2]!;
        if (expectation === 'null') {
          assert.equal(speech.speaker, null);
          continue;
        }
        assert.equal(normName(speech.speaker), normName(expectation), `speaker ${speech.speaker}`);
        assert.equal(speech.rule, example.rule, `named by ${speech.rule}`);
      }
    });
  }
}

test('a name or nothing: counts, clauses, documents and unresolved anaphora are never sources or speakers', () => {
  const a = parse(
    'Au moins 12 personnes ont été tuées, selon la police. Plus de 3.000 manifestants ont dénoncé une réforme "injuste et brutale pour tous". ' +
      '42% des personnes interrogées estiment que la situation empire, selon un sondage Ifop publié jeudi. ' +
      "La majorité des postes se trouvent à Meyrin, a précisé l'entreprise. « Nous ne partirons pas », a lancé la magistrate.",
  );
  const names = a.sources.map((s) => s.name);
  for (const phrase of [
    'Au moins 12 personnes',
    'Plus de 3.000 manifestants',
    '42% des personnes interrogées',
    'un sondage Ifop publié',
    'entreprise',
    'magistrate',
  ]) {
    assert.ok(!names.some((n) => normName(n) === normName(phrase)), `${phrase} in ${JSON.stringify(names)}`);
  }
  assert.ok(names.includes('Ifop'), JSON.stringify(names));
  assert.ok(names.includes('police'), JSON.stringify(names));
  assert.deepEqual(
    a.quotes.map((q) => q.speaker),
    [null, null],
  );
  // "cette source" is the source called "source" named before it, or nothing.
  const b = parse("Le suspect a été écroué, a-t-on appris de source judiciaire. « Il n'a rien dit », a ajouté cette source.");
  assert.equal(b.quotes[0]!.speaker, 'source judiciaire');
  assert.ok(!b.sources.some((s) => /cette/.test(s.name)), JSON.stringify(b.sources));
  const c = parse("« Il n'a rien dit », a ajouté cette source.");
  assert.equal(c.quotes[0]!.speaker, null);
  assert.deepEqual(c.sources, []);
});

test('publishable.ts: every name check documents examples, and each example holds', () => {
  const examples = examplesOf('publishable.ts');
  for (const check of NAME_CHECKS)
    assert.ok(
      examples.some((e) => e.rule === check.id),
      `${check.id} has no @example`,
    );
  for (const example of examples) {
    const expected = example.expect[0];
    assert.ok(expected, `${example.rule}: ${example.text} says what it gives`);
    if (expected === 'refused') assert.equal(refusedBy(example.text), example.rule, `${example.text}`);
    else assert.equal(publishable(example.text), expected, `${example.text}`);
  }
});

test('tidyName: an apposition, a leading "du", a possessive and an acronym are not part of the name', () => {
  for (const [raw, name] of [
    ["Côte d'Ivoire, premier producteur mondial", "Côte d'Ivoire"],
    ['main opposition party, the Democratic Alliance', 'Democratic Alliance'],
    ['du Sénat', 'Sénat'],
    ["Nepal's Department of Tourism", 'Department of Tourism'],
    ['Conseil café-cacao (CCC)', 'Conseil café-cacao'],
    ['une source proche du dossier', 'une source proche du dossier'],
  ])
    assert.equal(tidyName(raw!), name);
});

test('name-rules.ts: every name rule documents examples, and each example holds', () => {
  const examples = examplesOf('name-rules.ts');
  for (const rule of NAME_RULES)
    assert.ok(
      examples.some((e) => e.rule === rule.id),
      `${rule.id} has no @example`,
    );
  const KINDS = { person: 'people', place: 'places', organisation: 'organisations' } as const;
  for (const example of examples) {
    const article = parse(example.text);
    assert.ok(example.expect.length > 0, `${example.rule}: ${example.text} says what it gives`);
    for (const expectation of example.expect) {
      const m = /^(not )?(person|place|organisation):\s*(.+)$/.exec(expectation);
      assert.ok(m, `${example.rule}: cannot read "${expectation}"`);
      const names = article.entities[KINDS[m[2] as keyof typeof KINDS]];
      assert.equal(names.includes(m[3]!), !m[1], `${example.rule}: ${expectation} in ${JSON.stringify(names)}`);
    }
  }
});

test('a document gives its author as the source: "selon une estimation provisoire publiée par l\'Insee", "d\'après les chiffres de la Banque de France publiés mardi"', () => {
  assert.deepEqual(
    parse("Le PIB a progressé de 0,2%, selon une estimation provisoire publiée par l'Insee.").sources.map((s) => s.name),
    ['Insee'],
  );
  assert.deepEqual(
    parse("Les défaillances ont reculé, d'après les chiffres de la Banque de France publiés mardi.").sources.map((s) => s.name),
    ['Banque de France'],
  );
  // "le parquet" after "le parquet de Nice" is that parquet.
  const nice = parse('Le suspect a été écroué, a indiqué le parquet de Nice. « Une autopsie sera pratiquée », a précisé le parquet.');
  assert.equal(nice.quotes[0]!.speaker, 'parquet de Nice');
});

test('tidyName: a participle closing a description is what the person did next', () => {
  assert.equal(tidyName('une habitante de Roanne venue'), 'une habitante de Roanne');
  assert.equal(tidyName('un élu'), 'un élu');
  assert.equal(tidyName('un supporter rencontré à la sortie du stade'), 'un supporter rencontré à la sortie du stade');
});

test('"l\'envoyée américaine" with no one named before is nobody, not a source called "envoyée américaine"', () => {
  const a = parse("La conférence s'est achevée. « This is a step, but a very small one », a regretté l'envoyée américaine.");
  assert.equal(a.quotes[0]!.speaker, null);
  assert.deepEqual(a.sources, []);
});
