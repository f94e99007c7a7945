// The parser scored against dispatches whose expected reading was written by
// hand (tests/fixtures/corpus), and against held-out ones written apart from
// the rules (tests/fixtures/holdout). Scores are printed on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { prf, report, scoreCorpus } from './helpers/score.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

for (const [name, floors] of [
  ['corpus', { quotes: 0.95, speakers: 0.9, sources: 0.9, fields: 1 }],
  ['holdout', { quotes: 0.9, speakers: 0.85, sources: 0.85, fields: 0.95 }],
] as const) {
  test(`parser scores on the ${name} dispatches`, (t) => {
    const score = scoreCorpus(path.join(FIXTURES, name));
    for (const line of report(name, score).split("\n")) t.diagnostic(line);
    for (const miss of score.misses) t.diagnostic(miss);
    assert.ok(score.files >= (name === 'corpus' ? 25 : 8));
    assert.ok(prf(score.quotes).f1 >= floors.quotes, `quotes F1 ${prf(score.quotes).f1.toFixed(3)}`);
    assert.ok(score.speakers.right / score.speakers.total >= floors.speakers, `speaker accuracy ${score.speakers.right}/${score.speakers.total}`);
    assert.ok(prf(score.sources).f1 >= floors.sources, `sources F1 ${prf(score.sources).f1.toFixed(3)}`);
    for (const [field, { right, total }] of Object.entries(score.fields)) {
      assert.ok(right / total >= floors.fields, `${field}: ${right}/${total}`);
    }
  });
}
