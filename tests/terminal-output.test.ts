// File names come from whoever drops files in content/: a name with a line
// break or an escape sequence must not forge a diagnostic line or clear the
// editor's terminal. Every line the commands print shows such characters as
// escapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostics, terminalSafe } from '../src/cli/report.ts';
import { buildInto, runCommand, tempDir } from './helpers/build.ts';

const EVIL = 'a\nforge.txt:1:1  erreur  fausse erreur  file-empty\u001b[2J\u001b]0;titre\u0007\u202e.txt';
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('terminalSafe shows controls, escapes, bidirectional controls and line separators as escapes', () => {
  assert.equal(terminalSafe('a\nb\u001b[2Jc\u202ed\u2028e\tf'), 'a\\x0Ab\\x1B[2Jc\\u202Ed\\u2028e\\x09f');
  assert.equal(terminalSafe('Été « l’élève » محمد'), 'Été « l’élève » محمد');
  const lines = formatDiagnostics([
    { file: `content/${EVIL}`, diagnostics: [{ severity: 'warning', message: `même dépêche que content/${EVIL}`, line: 1, column: 1, rule: 'duplicate' }] },
  ]);
  assert.equal(lines.length, 1);
  assert.doesNotMatch(lines[0]!, RAW);
  assert.doesNotMatch(lines[0]!, /\n/);
  assert.match(
    lines[0]!,
    /^content\/a\\x0Aforge\.txt:1:1 {2}erreur {2}fausse erreur {2}file-empty\\x1B\[2J\\x1B\]0;titre\\x07\\u202E\.txt:1:1 {2}avertissement/,
  );
});

test('check and build print a hostile file name escaped, on one line', () => {
  const dir = tempDir('noms');
  const content = path.join(dir, 'content');
  mkdirSync(content);
  writeFileSync(
    path.join(content, 'bonne.txt'),
    'date 2022-05-06\nPARIS (AFP) - Le conseil municipal de Paris a voté mardi la construction d’une piscine olympique, a annoncé la mairie.\n',
  );
  writeFileSync(path.join(content, EVIL), '');
  const checked = runCommand('src/cli/check.ts', ['--content', content]);
  assert.equal(checked.status, 1);
  for (const out of [checked.stdout, checked.stderr]) assert.doesNotMatch(out.replace(/\n/g, ''), RAW);
  assert.doesNotMatch(checked.stdout, /^forge\.txt/m);
  assert.match(checked.stdout, /^content\/a\\x0Aforge\.txt.*\\x1B\[2J.*\.txt:1:1 {2}erreur {2}fichier vide/m);
  const built = buildInto(content, path.join(dir, '_site'), ['--keep-going']);
  assert.equal(built.status, 0, built.stderr);
  for (const out of [built.stdout, built.stderr]) assert.doesNotMatch(out.replace(/\n/g, ''), RAW);
  assert.doesNotMatch(built.stderr, /^forge\.txt/m);
  assert.match(built.stderr, /^non publiées \(1\) : content\/a\\x0Aforge\.txt.*\\x1B\[2J/m);
  const parsed = runCommand('src/cli/parse.ts', [path.join(content, EVIL)]);
  assert.equal(parsed.status, 1);
  assert.doesNotMatch(parsed.stderr.replace(/\n/g, ''), RAW);
  assert.equal(parsed.stderr.trim().split('\n').length, 1);
});

test('a message quoting a line of a megabyte is printed cut in the middle, its start and its advice kept', () => {
  const value = 'x'.repeat(1_000_000);
  const [line] = formatDiagnostics([
    {
      file: 'content/x.txt',
      diagnostics: [
        {
          severity: 'error',
          message: `date « ${value} » illisible : écrire AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM`,
          line: 1,
          column: 6,
          rule: 'date-unreadable',
        },
      ],
    },
  ]);
  assert.ok(line!.length < 400, `${line!.length}`);
  assert.match(line!, /^content\/x\.txt:1:6 {2}erreur {2}date « x+…x+ » illisible : écrire AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM {2}date-unreadable$/);
});

test('past ten of one rule in one file, a line counts the rest', () => {
  const diagnostics = Array.from({ length: 250 }, (_, i) => ({
    severity: 'warning' as const,
    message: 'guillemet ouvrant « sans son pendant',
    line: i + 1,
    column: 1,
    rule: 'quote-unbalanced',
  }));
  diagnostics.push({ severity: 'warning', message: 'texte très long', line: 1, column: 1, rule: 'body-long' });
  const lines = formatDiagnostics([
    { file: 'content/x.txt', diagnostics },
    { file: 'content/y.txt', diagnostics: diagnostics.slice(0, 3) },
  ]);
  assert.equal(lines.length, 10 + 1 + 1 + 3);
  assert.equal(lines[10], 'content/x.txt:1:1  avertissement  texte très long  body-long');
  assert.match(lines[11]!, /^content\/x\.txt {2}avertissement {2}et 240 de plus du même genre dans ce fichier .* {2}quote-unbalanced$/);
  assert.match(lines[12]!, /^content\/y\.txt:1:1 /);
});
