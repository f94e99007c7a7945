// The parse cache between builds: what one build saves, the next reads back
// (under the file name it has now); what a build did not use is dropped, and
// so are the files of other parser versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { ParseCache } from '../src/site/parse-cache.ts';
import { codeFiles } from '../src/site/files-hash.ts';

const here = import.meta.dirname;
const read = (name: string) => parseDispatch(readFileSync(path.join(here, 'fixtures', 'corpus', name), 'utf8'), name);

test('the parse cache: saved by one build, read back by the next, unused entries and other versions dropped', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'depeches-cache-'));
  try {
    const a = read('01-sample-raqa.txt');
    const b = read('03-nantes-incendie.txt');
    const first = await ParseCache.open(dir);
    assert.equal(first.get(a.source.sha256, 'a.txt'), undefined);
    first.set(a);
    first.set(b);
    writeFileSync(path.join(dir, 'articles-0000000000000000.v8'), 'an older parser');
    await first.save();
    assert.ok(!existsSync(path.join(dir, 'articles-0000000000000000.v8')));

    // The next build: both are there, under the names their files have now.
    const second = await ParseCache.open(dir);
    assert.deepEqual(second.get(a.source.sha256, 'renamed.txt'), { ...a, source: { ...a.source, file: 'renamed.txt' } });
    await second.save();

    // Only `a` was used by the second build: `b` is gone from the third.
    const third = await ParseCache.open(dir);
    assert.equal(third.get(b.source.sha256, 'b.txt'), undefined);
    assert.deepEqual(third.get(a.source.sha256, '01-sample-raqa.txt'), a);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the parser's version covers the URL scheme a dispatch's url comes from", () => {
  // A new address scheme must not reuse articles parsed with the old urls.
  assert.ok(codeFiles('dispatch').some((f) => /[\\/]site[\\/]urls\.[jt]s$/.test(f) && existsSync(f)));
});
