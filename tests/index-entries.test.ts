// The A–Z indexes are the proof that the parser publishes names, not
// phrases: every entry of /personnes/, /lieux/, /organisations/ and
// /sources/ made from content/, every fixture and 500 generated dispatches
// is checked by rules written apart from the parser's (a phrase has a count,
// a verb, a pronoun, dangling grammar, or runs on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../src/dispatch/article.ts';
import { decodeDispatch } from '../src/dispatch/decode.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { alphabetical, buildEntityIndex, type Entity } from '../src/site/entities.ts';
import { generateDispatch } from '../bench/generate.ts';

const ROOT = path.join(import.meta.dirname, '..');
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
  });

/** Why a name is a phrase, or null. */
function phraseReason(name: string, kind: string): string | null {
  if (/^[\d%]|\d+\s*%|^(?:au moins|plus de|moins de|près de|at least|more than|al menos|más de)\s/iu.test(name)) return 'a count';
  if (/-t-(?:il|elle|on)\b|(?:^|\s)(?:il|elle|ils|elles|on|nous|vous|he|she|they)$/iu.test(name)) return 'a pronoun';
  if (/(?:^|\s)(?:qui|que|dont|lesquel\w*|which|who|that)(?:\s|$)|^(?:et|mais|ou|and|but|or|à|a la|a las|a los|de|du|its|their)\s/iu.test(name))
    return 'grammar';
  if (/(?:^|\s)(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|et|of|the|and|el|los|las|y)$/iu.test(name)) return 'dangling grammar';
  if (
    /(?:^|\s)(?:a|ont|est|sont|se|s['’]\S+|was|were|is|are|has|have|had|would|will|gave|sent|said|told|says|fue|ha|han|dijo)\s/iu.test(
      ` ${name} `.replace(/^ (?:a|an|the) /i, ' '),
    ) &&
    kind !== 'people'
  )
    return 'a verb';
  if (name.split(/\s+/).length > (kind === 'people' || kind === 'places' ? 6 : 12)) return 'runs on';
  if (/^(?:cette|ce|cet|ces|this|these)\s|même source/iu.test(name)) return 'an anaphora';
  if (kind === 'people' && /-(?:sur|sous|en|lès|lez|les|le|la)-/u.test(name)) return 'a place';
  if (
    kind === 'people' &&
    !name
      .split(/\s+/)
      .every(
        (w) => /^[\p{Lu}]/u.test(w) || /^(?:de|du|des|da|di|dos|del|van|von|der|den|ben|bin|ibn|abu|abou|ould|al|el|le|la|y|d['’]\S+|al-\S+|el-\S+)$/u.test(w),
      )
  )
    return 'not a person';
  return null;
}

test('no A–Z index entry is a phrase (content/, every fixture, 500 generated dispatches)', () => {
  const articles: Article[] = [];
  for (const file of [...walk(path.join(ROOT, 'content')), ...walk(path.join(ROOT, 'tests', 'fixtures'))]) {
    const { text, encoding, sha256 } = decodeDispatch(readFileSync(file));
    articles.push(parseDispatch(text, path.relative(ROOT, file), { encoding, sha256 }));
  }
  for (let i = 0; i < 500; i++) {
    const g = generateDispatch(i, 7);
    articles.push(parseDispatch(g.text, g.name));
  }
  const index = buildEntityIndex(articles);
  const phrases: string[] = [];
  let entries = 0;
  for (const kind of ['people', 'places', 'organisations', 'sources'] as const) {
    for (const entity of index[kind].values()) {
      entries++;
      const why = phraseReason(entity.name, kind);
      if (why) phrases.push(`${kind}: ${entity.name} (${why})`);
    }
  }
  assert.ok(entries > 800, `${entries} entries`);
  assert.deepEqual(phrases, []);
});

test('a name that starts with no Latin letter gets the index anchor lettre-autres, never "#"', () => {
  const entity = (name: string): Entity => ({
    kind: 'people',
    slug: name,
    name,
    url: `/personnes/${name}/`,
    articles: [],
    quotes: [],
    roles: [],
    acronym: null,
  });
  const groups = alphabetical([entity('Владимир Путин'), entity('Anne Roux'), entity('3M')]);
  for (const g of groups) assert.match(g.anchor, /^lettre-[A-Za-z]+$/, g.letter);
  assert.ok(groups.some((g) => g.letter === '#' && g.anchor === 'lettre-autres'));
});
