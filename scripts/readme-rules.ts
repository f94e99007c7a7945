// npm run readme:rules: writes the README's list of rules from the registry
// (src/dispatch/diagnostics.ts), between its `rules:start` and `rules:end`
// markers. tests/diagnostics.test.ts fails while the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rulesMarkdown } from '../src/dispatch/diagnostics.ts';

export const README = path.join(import.meta.dirname, '..', 'README.md');
export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

/** The README's text with the registry's list between the markers. */
export function withRules(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to < from) throw new Error(`README.md : marqueurs ${START} … ${END} introuvables`);
  return `${readme.slice(0, from + START.length)}\n${rulesMarkdown()}\n${readme.slice(to)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(README, withRules(readFileSync(README, 'utf8')));
  console.log('README.md : liste des règles réécrite');
}
