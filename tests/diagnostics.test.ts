// One registry of diagnostics (src/dispatch/diagnostics.ts): every rule the
// sources report is in it, the README lists them from it, and messages carry
// vfile-message's cause and expected where there is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/dispatch/diagnostics.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { readContent } from '../src/site/content.ts';
import { README, withRules } from '../scripts/readme-rules.ts';
import { ROOT, tempDir } from './helpers/build.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test("the README's list of rules is the registry's (npm run readme:rules writes it)", () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(readme, withRules(readme), 'README.md differs from the registry: run npm run readme:rules');
  for (const id of ['dateline-date-unreadable', 'paragraphs-inferred', 'file-unreadable', 'header-unknown-line', 'date-from-filename'])
    assert.ok(readme.includes(`| \`${id}\` |`), id);
});

test('every rule id the sources name is in the registry, and every registered rule is reported somewhere', () => {
  // report() and fileDiagnostic() take a registered id and its severity (TypeScript checks them);
  // elsewhere the sources compare or set rule ids as strings.
  const texts = sources(path.join(ROOT, 'src'))
    .filter((f) => !f.endsWith('diagnostics.ts'))
    .map((f) => readFileSync(f, 'utf8'));
  const named = texts.flatMap((t) => [...t.matchAll(/(?:ruleId|rule) === '([^']+)'|\brule: '([^']+)'/g)].map((m) => m[1] ?? m[2]!));
  assert.deepEqual(
    named.filter((id) => !(id in RULES)),
    [],
  );
  for (const id of Object.keys(RULES))
    assert.ok(
      texts.some((t) => t.includes(`'${id}'`)),
      `${id} is in the registry but no source names it`,
    );
});

test('messages carry cause and expected: the other date of a date-mismatch, the forms of a date, the first file of a duplicate', async () => {
  const mismatch = parseDispatch(
    'date 2014-11-26\nRAQA (Syrie), 25 nov 2014 (AFP) - Au moins 95 personnes ont péri mardi dans des raids du régime syrien, selon une ONG.\n',
    'content/raqa.txt',
  );
  const d = mismatch.diagnostics.find((x) => x.rule === 'date-mismatch');
  assert.ok(d, JSON.stringify(mismatch.diagnostics));
  // Reported at the dateline's date, which disagrees with the header's (the one kept).
  assert.equal(d.line, 2);
  assert.equal(d.cause, "2014-11-26 (l'en-tête)");

  const unreadable = parseDispatch('date 25/11/2014\nPARIS (AFP) - Le texte de la dépêche, assez long pour être une vraie dépêche du fil.\n', 'content/x.txt');
  assert.deepEqual(unreadable.diagnostics.find((x) => x.rule === 'date-unreadable')?.expected, ['AAAA', 'AAAA-MM', 'AAAA-MM-JJ', 'AAAA-MM-JJTHH:MM']);

  const content = path.join(tempDir('duplicate'), 'content');
  const text = 'date 2022-02-07\nNANTES, 7 fév 2022 (AFP) - Un violent incendie a ravagé lundi un entrepôt du port de Nantes, ont indiqué les pompiers.\n';
  mkdirSync(content);
  writeFileSync(path.join(content, 'a.txt'), text);
  writeFileSync(path.join(content, 'b.txt'), text);
  const report = await readContent(content);
  const duplicate = report.files.find((f) => f.file === 'content/b.txt')?.diagnostics.find((x) => x.rule === 'duplicate');
  assert.deepEqual({ cause: duplicate?.cause, line: duplicate?.line, severity: duplicate?.severity }, { cause: 'content/a.txt', line: 1, severity: 'warning' });
});
