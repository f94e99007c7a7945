// What the pages say about a dispatch, from its parsed fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ISO639_1 } from '../src/dispatch/plugins/language.ts';
import { languageName } from '../src/site/view.ts';

test('every language the parser can return has a French name for the search filter, never a bare code', () => {
  for (const code of [...Object.values(ISO639_1), 'und']) {
    const name = languageName(code);
    assert.notEqual(name, code);
    assert.match(name, /^[\p{Ll}]+$/u, `${code}: ${name}`);
  }
  assert.deepEqual(['fr', 'nl', 'ar', 'ru', 'und'].map(languageName), ['français', 'néerlandais', 'arabe', 'russe', 'indéterminée']);
});
