// The page marks up reported speech where the parser says it stands (the
// quote's offsets), not where its words happen to occur first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { articleBodyHtml } from '../src/site/body-html.ts';

const page = (body: string) => {
  const a = parseDispatch(`date 2024-03-12\n\nPARIS, 12 mars 2024 (AFP) - ${body}\n`, 'x.txt');
  return articleBodyHtml(a, 'fr', { speakerUrl: (name) => `/personnes/${encodeURIComponent(name)}/` });
};

test('<q> wraps the quoted words where they stand, not their first occurrence in the paragraph', () => {
  const html = page('Nous ne partirons pas, proclamaient les banderoles devant la mairie. « Nous ne partirons pas », a déclaré le maire, Paul Mercier.');
  assert.match(html, /banderoles devant la mairie\. «\u202f<q cite="\/personnes\/Paul%20Mercier\/">Nous ne partirons pas<\/q>\u202f»/u);
  assert.match(html, /<p>Nous ne partirons pas, proclamaient/);
});

test('a quote that runs over two paragraphs is marked up in the paragraph it opens', () => {
  const html = page(
    'Le maire, Paul Mercier, a pris la parole. « Nous reconstruirons tout, pierre par pierre.\n\n« Et nous le ferons ensemble », a-t-il ajouté.',
  );
  assert.match(html, /<q cite="\/personnes\/Paul%20Mercier\/">Nous reconstruirons tout, pierre par pierre\.<\/q>/);
});

test('the typography around a marked quote is that of the text: straight quotes, inner +…+, spacing before a colon', () => {
  const html = page(
    'Une amie de la victime a témoigné. "Elle m\'avait dit +il reviendra+, elle avait peur", a confié Sofia Romero. « Ils tirent à balles réelles » : la phrase revenait sans cesse, selon Karim Benali.',
  );
  assert.match(html, /«\u202f<q[^>]*>Elle m’avait dit “il reviendra”, elle avait peur<\/q>\u202f», a confié/u);
  assert.match(html, /réelles<\/q>\u202f»\u00a0: la phrase/u);
});
