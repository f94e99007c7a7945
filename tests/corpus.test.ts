// The parser scored against dispatches whose expected reading was written by
// hand: the corpus (tests/fixtures/corpus), held-out ones (holdout), and the
// blind batches (blind/bN, written apart from the rules; docs/parser-evaluation.md
// records each one's first score, the parser's real quality). Scores are
// printed on every run; the floors only guard against regressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prf, report, scoreCorpus, type Score } from './helpers/score.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

interface Floors {
  quotes: number;
  speakers: number;
  sources: number;
  fields: number;
}

function check(t: { diagnostic(message: string): void }, name: string, score: Score, floors: Floors, perField: boolean) {
  for (const line of report(name, score).split('\n')) t.diagnostic(line);
  for (const miss of score.misses) t.diagnostic(miss);
  assert.ok(prf(score.quotes).f1 >= floors.quotes, `quotes F1 ${prf(score.quotes).f1.toFixed(3)}`);
  assert.ok(score.speakers.right / score.speakers.total >= floors.speakers, `speaker accuracy ${score.speakers.right}/${score.speakers.total}`);
  assert.ok(prf(score.sources).f1 >= floors.sources, `sources F1 ${prf(score.sources).f1.toFixed(3)}`);
  if (perField) {
    for (const [field, { right, total }] of Object.entries(score.fields)) assert.ok(right / total >= floors.fields, `${field}: ${right}/${total}`);
  } else {
    const all = Object.values(score.fields).reduce((a, f) => ({ right: a.right + f.right, total: a.total + f.total }), { right: 0, total: 0 });
    t.diagnostic(`  structure ${(all.right / all.total).toFixed(3)} (${all.right}/${all.total})`);
    assert.ok(all.right / all.total >= floors.fields, `structure ${all.right}/${all.total}`);
    assert.equal(score.fields['no errors']?.right, score.fields['no errors']?.total, 'a valid dispatch was rejected');
  }
}

for (const [name, floors] of [
  ['corpus', { quotes: 0.95, speakers: 0.9, sources: 0.9, fields: 1 }],
  ['holdout', { quotes: 0.9, speakers: 0.85, sources: 0.85, fields: 0.95 }],
] as const) {
  test(`parser scores on the ${name} dispatches`, (t) => {
    const score = scoreCorpus(path.join(FIXTURES, name));
    assert.ok(score.files >= (name === 'corpus' ? 25 : 8));
    check(t, name, score, floors, true);
  });
}

// A batch counts once its first score is recorded in docs/parser-evaluation.md: a batch
// still being written, or not yet scored, is left alone (its first score is taken by hand, once).
const RECORDED = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'parser-evaluation.md'), 'utf8');
const BATCHES = readdirSync(path.join(FIXTURES, 'blind'))
  .filter((b) => /^b\d+$/.test(b) && new RegExp(`^\\| \\**${b} `, 'm').test(RECORDED))
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

// The blind batches, the latest one on its own: its figures are the ones to read.
test(`parser scores on the latest blind batch (${BATCHES.at(-1)}), written apart from the rules`, (t) => {
  const score = scoreCorpus(path.join(FIXTURES, 'blind', BATCHES.at(-1)!));
  assert.equal(score.files, 15);
  check(t, `blind ${BATCHES.at(-1)}`, score, { quotes: 0.88, speakers: 0.5, sources: 0.7, fields: 0.97 }, false);
});

test(`parser scores on the earlier blind batches (${BATCHES.slice(0, -1).join(', ')}), as regressions`, (t) => {
  for (const batch of BATCHES.slice(0, -1)) {
    const score = scoreCorpus(path.join(FIXTURES, 'blind', batch));
    check(t, `blind ${batch}`, score, { quotes: 0.85, speakers: 0.7, sources: 0.65, fields: 0.97 }, false);
  }
});
