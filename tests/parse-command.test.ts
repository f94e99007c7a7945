import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCommand, tempDir, ROOT } from './helpers/build.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixtureFiles = ['corpus', 'holdout'].flatMap((d) =>
  readdirSync(path.join(FIXTURES, d))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(FIXTURES, d, f)),
);

function validator(schemaPath: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

const schemas = [path.join(ROOT, 'schema', 'article.schema.json'), path.join(ROOT, '..', 'shared', 'article.schema.json')].filter(existsSync);

test('parse prints one article for one file, and diagnostics on stderr', () => {
  const r = runCommand('src/cli/parse.ts', [path.join(FIXTURES, 'sample', '000_3d2d1b338fec40bb.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const article = JSON.parse(r.stdout);
  assert.equal(article.date.value, '2021-11');
  assert.match(r.stderr, /000_3d2d1b338fec40bb\.txt:1:15 {2}avertissement {2}.* {2}dateline-missing/);
});

test('parse prints an array for several files; every article validates against article.schema.json', () => {
  const r = runCommand('src/cli/parse.ts', fixtureFiles);
  assert.equal(r.status, 0, r.stderr);
  const articles = JSON.parse(r.stdout) as unknown[];
  assert.equal(articles.length, fixtureFiles.length);
  assert.ok(schemas.length >= 1);
  for (const schema of schemas) {
    const validate = validator(schema);
    for (const a of articles) assert.ok(validate(a), `${schema}: ${JSON.stringify(validate.errors)}`);
  }
});

test('parse --out DIR writes NAME.json for each NAME.txt', () => {
  const out = tempDir('parse-out');
  const files = fixtureFiles.slice(0, 3);
  const r = runCommand('src/cli/parse.ts', [...files, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  for (const f of files) {
    const json = JSON.parse(readFileSync(path.join(out, path.basename(f).replace(/\.txt$/, '.json')), 'utf8'));
    assert.equal(typeof json.headline, 'string');
  }
});

test('parse exits 1 on a dispatch with an error, and still prints it', () => {
  const dir = tempDir('parse-error');
  const file = path.join(dir, 'sans-date.txt');
  writeFileSync(file, 'Un texte sans date.\n');
  const r = runCommand('src/cli/parse.ts', [file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /sans-date\.txt:1:1 {2}erreur {2}aucune date/);
  assert.ok(JSON.parse(r.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'date-missing'));
});

test('every command prints its options with --help, and refuses an unknown option with them (exit 2)', () => {
  for (const [script, name] of [
    ['src/cli/build.ts', 'npm run build'],
    ['src/cli/check.ts', 'npm run check'],
    ['src/cli/parse.ts', 'npm run --silent parse'],
    ['src/cli/start.ts', 'npm start'],
    ['src/cli/lighthouse.ts', 'npm run lighthouse'],
  ] as const) {
    const help = runCommand(script, ['--help']);
    assert.equal(help.status, 0, `${script} --help: ${help.stderr}`);
    assert.ok(help.stdout.startsWith(`usage : ${name}`), help.stdout);
    const wrong = runCommand(script, ['--nimporte']);
    assert.equal(wrong.status, 2, `${script} --nimporte`);
    assert.match(wrong.stderr, /^option inconnue : --nimporte\n\nusage : /);
  }
  const missing = runCommand('src/cli/build.ts', ['--out']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^l'option --out attend une valeur/);
});
