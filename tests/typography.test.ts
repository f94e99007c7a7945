import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeset } from '../src/site/typography.ts';

const N = '\u202f';
const B = '\u00a0';

test('French typography: quotes, spaces, apostrophes, thousands, clock times', () => {
  const cases: [string, string][] = [
    ['la "capitale" du groupe', `la «${N}capitale${N}» du groupe`],
    [
      "« Les citoyens ont le droit de savoir si ce qu'ils voient est réel », a déclaré le rapporteur",
      `«${N}Les citoyens ont le droit de savoir si ce qu’ils voient est réel${N}», a déclaré le rapporteur`,
    ],
    ['"Nous parlons de +mission impossible+", a-t-il dit', `«${N}Nous parlons de “mission impossible”${N}», a-t-il dit`],
    ['Nantes: un incendie', `Nantes${B}: un incendie`],
    ['Vraiment ? Oui ! Et ; puis 4,4 % à 14:32', `Vraiment${N}? Oui${N}! Et${N}; puis 4,4${N}% à 14:32`],
    ['au moins 4.000 morts en 2014, 2.500.000 euros', `au moins 4${N}000 morts en 2014, 2${N}500${N}000 euros`],
    ['[lien](javascript:alert(1)) et **gras**', '[lien](javascript:alert(1)) et **gras**'],
    [
      'le feu a pris vers 02H30, la réunion est à 10H00. Puis 14h30 et 9H15 GMT',
      `le feu a pris vers 2${B}h${B}30, la réunion est à 10${B}h. Puis 14${B}h${B}30 et 9${B}h${B}15 GMT`,
    ],
    ['les 24H du Mans, le virus H5N1, le G20H, 2H2, 23H60, B-2H30', 'les 24H du Mans, le virus H5N1, le G20H, 2H2, 23H60, B-2H30'],
  ];
  for (const [input, expected] of cases) assert.equal(typeset(input), expected, input);
});

test('English copy keeps English quotes and no French spaces', () => {
  assert.equal(typeset('"It\'s fine," he said: yes!', 'en'), '“It’s fine,” he said: yes!');
});
