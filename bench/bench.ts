// npm run bench [-- --n 2000 --seed 42 --keep]
// Generates N synthetic dispatches, then measures in the same run:
//   parse   parseDispatch over every text, one core, in this process;
//   build   the full `npm run build` of them (own process);
//   baseline bare Eleventy rendering the same texts as markdown (own process).
// Prints wall time, dispatches per second and peak RSS, and the ratio.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { writeCorpus } from './generate.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'depeches-bench-'));

interface Measure {
  seconds: number;
  maxRssMiB: number;
  stdout: string;
}

function measured(script: string, args: string[]): Measure {
  const stats = path.join(work, `stats-${path.basename(script)}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'measure.ts'), path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_STATS: stats },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const { maxRssKiB } = JSON.parse(readFileSync(stats, 'utf8')) as { maxRssKiB: number };
  return { seconds, maxRssMiB: maxRssKiB / 1024, stdout: r.stdout };
}

console.log(`génération de ${n} dépêches (graine ${seed}) dans ${work}`);
const content = path.join(work, 'content');
const corpus = writeCorpus(content, n, seed);

// Parse only, one core.
const parseStart = performance.now();
let words = 0;
for (const g of corpus) words += parseDispatch(g.text, g.name).wordCount;
const parseSeconds = (performance.now() - parseStart) / 1000;

const build = measured('src/cli/build.ts', ['--content', content, '--out', path.join(work, '_site')]);

console.log(`build : ${build.stdout.trim().split('\n').at(-1)}`);

const markdown = path.join(work, 'markdown');
mkdirSync(markdown);
for (const g of corpus) writeFileSync(path.join(markdown, g.name.replace(/\.txt$/, '.md')), g.text);
const baseline = measured('bench/baseline.ts', [markdown, path.join(work, '_baseline')]);

const fmt = (x: number, d = 2) => x.toFixed(d);
const rows = [
  ['phase', 'secondes', 'dépêches/s', 'RSS max (Mio)'],
  ['analyse seule (1 cœur)', fmt(parseSeconds), fmt(n / parseSeconds, 0), '—'],
  ['npm run build', fmt(build.seconds), fmt(n / build.seconds, 0), fmt(build.maxRssMiB, 0)],
  ['Eleventy nu (markdown)', fmt(baseline.seconds), fmt(n / baseline.seconds, 0), fmt(baseline.maxRssMiB, 0)],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`\n${n} dépêches, ${words} mots`);
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\nrapport build / Eleventy nu : ${fmt(build.seconds / baseline.seconds)} ×`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
