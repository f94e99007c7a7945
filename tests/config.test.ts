// depeches.config.json against its schema: a mistake stops the build with a
// French sentence naming the key, instead of being ignored (a misspelt key)
// or published (a page size of "50").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ConfigError, siteConfig } from '../src/site/config.ts';
import { configProblems } from '../src/site/config-schema.ts';
import { ROOT, tempDir } from './helpers/build.ts';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'depeches.config.schema.json'), 'utf8'));

function withConfig(text: string): () => unknown {
  const file = path.join(tempDir('config'), 'depeches.config.json');
  writeFileSync(file, text);
  return () => siteConfig({}, file);
}

const expectProblem = (config: object, pattern: RegExp) =>
  assert.throws(withConfig(JSON.stringify(config)), (e: unknown) => e instanceof ConfigError && pattern.test(e.message));

test("this repository's settings are valid", () => {
  assert.deepEqual(configProblems(JSON.parse(readFileSync(path.join(ROOT, 'depeches.config.json'), 'utf8'))), []);
});

test('a misspelt key is refused by name, with the key it probably meant', () => {
  expectProblem({ titel: 'La Gazette' }, /depeches\.config\.json : clé inconnue « titel » \(voulait-on dire « title » \?\) ; clés possibles : title, tagline,/);
  expectProblem({ publisher: { name: 'La Gazette', url: 'https://gazette.example/', logo: 'x.png' } }, /clé inconnue « publisher\.logo »/);
});

test('a value of the wrong kind names its key and what it should be', () => {
  expectProblem({ homeCount: '50' }, /« homeCount » doit être un nombre entier \(ici : "50"\) : le nombre de dépêches de la page d'accueil/);
  expectProblem({ pageSize: 0 }, /« pageSize » doit valoir au moins 1 \(ici : 0\)/);
  expectProblem({ url: 'depeches.example.org' }, /« url » invalide \(ici : "depeches\.example\.org"\) ; attendu : l'adresse absolue du site publié/);
  expectProblem({ publisher: { name: 'La Gazette' } }, /« publisher\.url » manque/);
  expectProblem({ title: '' }, /« title » ne doit pas être vide/);
  assert.throws(withConfig('{ "title": "La Gazette", }'), (e: unknown) => e instanceof ConfigError && /JSON illisible/.test(e.message));
});

test('valid settings are read, every key optional', () => {
  const site = withConfig(JSON.stringify({ title: 'La Gazette', url: 'https://gazette.example/', pathPrefix: 'archives', homeCount: 20 }))() as ReturnType<
    typeof siteConfig
  >;
  assert.equal(site.title, 'La Gazette');
  assert.equal(site.url, 'https://gazette.example');
  assert.equal(site.pathPrefix, '/archives/');
  assert.equal(site.homeCount, 20);
  assert.equal(site.pageSize, 50);
});

test('ajv and the settings reader agree on what the schema accepts', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  const valid = ajv.compile(schema);
  const samples: unknown[] = [
    {},
    JSON.parse(readFileSync(path.join(ROOT, 'depeches.config.json'), 'utf8')),
    { $schema: './node_modules/depeches/schema/depeches.config.schema.json', language: 'fr-CH', pathPrefix: '/depeches/' },
    { titel: 'x' },
    { homeCount: '50' },
    { homeCount: 2.5 },
    { feedCount: -1 },
    { url: 'depeches.example.org' },
    { url: 'ftp://depeches.example.org' },
    { language: 'Français' },
    { pathPrefix: '/a b/' },
    { publisher: { name: 'X' } },
    { publisher: { name: 'X', url: 'https://x.example/', extra: 1 } },
    { title: '' },
    { title: 12 },
    [],
    'Dépêches',
    null,
  ];
  for (const sample of samples) assert.equal(configProblems(sample).length === 0, valid(sample), JSON.stringify(sample));
});
