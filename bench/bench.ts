// npm run bench [-- --n 10000 --seed 42 --keep], or depeches bench [--n …]
// Generates N synthetic dispatches, then measures in the same run:
//   parse      parseDispatch over every text, one core, in this process:
//              the first pass, and the median of three more;
//   baseline   bare Eleventy 3 rendering the same texts as markdown, then
//              Pagefind over its output, default settings;
//   build      the full `npm run build` of them, cold (no cache, no site);
//   rebuild    one dispatch added, `npm run build` again.
// Each build runs in its own process; peak memory is that process's RSS.
// Before each, what earlier steps wrote is flushed to disk (sync). Leave a
// minute after deleting many files (another run's clean-up) before a run:
// see the baseline's comment below.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandOptions } from '../src/cli/options.ts';
import { parseDispatch } from '../src/dispatch/parse.ts';
import { COMPILED } from '../src/site/paths.ts';
import { writeCorpus } from './generate.ts';

const USAGE = `usage : npm run bench [-- OPTIONS]
  --n N           le nombre de dépêches générées (défaut : 10000)
  --seed S        la graine du générateur (défaut : 42)
  --keep          garder les fichiers générés
  --help          cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
// The code as it runs: bench/ and src/ under tsx, dist/bench/ and dist/src/ once compiled.
const root = path.resolve(import.meta.dirname, '..');
const script = (file: string) => path.join(root, COMPILED ? file.replace(/\.ts$/, '.js') : file);
const loader = COMPILED ? [] : ['--import', 'tsx'];
const work = mkdtempSync(path.join(tmpdir(), 'depeches-bench-'));

interface Measure {
  seconds: number;
  maxRssMiB: number;
  stdout: string;
}

function measured(file: string, args: string[]): Measure {
  // Files written before (the generated corpus, the markdown copy, the last
  // build) would otherwise be flushed to disk during the measured run, about
  // 30 s after they were written: each run starts with nothing left to write.
  spawnSync('sync');
  const stats = path.join(work, `stats-${path.basename(file)}.json`);
  const started = performance.now();
  // In the folder the command runs in: its settings and templates are the archive's.
  const r = spawnSync(process.execPath, [...loader, script('bench/measure.ts'), script(file), ...args], {
    env: { ...process.env, BENCH_STATS: stats },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${file} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const { maxRssKiB } = JSON.parse(readFileSync(stats, 'utf8')) as { maxRssKiB: number };
  return { seconds, maxRssMiB: maxRssKiB / 1024, stdout: r.stdout };
}

/** "phases : lecture et analyse 9.6 s, pages 2.5 s, …" → { 'lecture et analyse': 9.6, … } */
function phasesOf(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('phases : ')) ?? '';
  return Object.fromEntries([...line.slice(9).matchAll(/([^,]+?) ([\d.]+) s/g)].map((m) => [m[1]!.trim(), Number(m[2])]));
}

console.log(`génération de ${n} dépêches (graine ${seed}) dans ${work}`);
const content = path.join(work, 'content');
const corpus = writeCorpus(content, n, seed);

// Parse only, one core: a first pass, during which the parser's code is
// compiled as it runs (as in each of a build's threads), then three more,
// whose median is the rate once compiled and is less exposed to a moment's
// load from elsewhere on the machine.
let words = 0;
const passes: number[] = [];
for (let pass = 0; pass < 4; pass++) {
  const start = performance.now();
  words = 0;
  for (const g of corpus) words += parseDispatch(g.text, g.name).wordCount;
  passes.push((performance.now() - start) / 1000);
}
const parseSeconds = passes[0]!;
const steadySeconds = passes.slice(1).sort((a, b) => a - b)[1]!;

// The baseline runs first, and every measured run comes after files were
// only created, never deleted. On ext4 without a journal (this machine's
// disk), inodes freed in the last minute are skipped one by one when new
// files are made: creating a 10,000-dispatch site's 30,000 files took 6.2 s
// right after a site was deleted against 1.5 s a minute later. Run after our
// rebuild (which removes the site it replaced), the baseline was slowed by it.
const markdown = path.join(work, 'markdown');
mkdirSync(markdown);
// A page needs <html> and <body> for Pagefind to index it: the smallest layout.
mkdirSync(path.join(markdown, '_includes'));
writeFileSync(
  path.join(markdown, '_includes', 'page.njk'),
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ page.fileSlug }}</title></head><body><main>{{ content | safe }}</main></body></html>\n',
);
for (const g of corpus) writeFileSync(path.join(markdown, g.name.replace(/\.txt$/, '.md')), `---\nlayout: page.njk\n---\n${g.text}`);
const baseline = measured('bench/baseline.ts', [markdown, path.join(work, '_baseline')]);
const basePhases = JSON.parse(baseline.stdout.trim().split('\n').at(-1)!) as { render: number; search: number };

const out = path.join(work, '_site');
const build = measured('src/cli/build.ts', ['--content', content, '--out', out, '--timings']);
console.log(
  `build : ${build.stdout
    .trim()
    .split('\n')
    .find((l) => /dépêches? lues?/.test(l))}`,
);

writeFileSync(
  path.join(content, 'zz-nouvelle.txt'),
  "date 2031-01-02\nPARIS (AFP) - Une dépêche arrive dans une archive déjà publiée, a indiqué la rédaction en chef de l'agence.\n",
);
const rebuild = measured('src/cli/build.ts', ['--content', content, '--out', out, '--timings']);
// The build removes the site it replaced in the background: let that finish
// before the work folder is removed.
while (readdirSync(work).some((f) => f.startsWith('_site.old-'))) await new Promise((r) => setTimeout(r, 100));
const onSite = readFileSync(path.join(out, 'index.html'), 'utf8').includes('Une dépêche arrive dans une archive déjà publiée');
const bundles = JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8')).years as Record<string, string>;

const fmt = (x: number | undefined, d = 1) => (x === undefined ? '—' : x.toFixed(d));
const p = phasesOf(build.stdout);
const rp = phasesOf(rebuild.stdout);
const rows = [
  ['', 'secondes', 'dépêches/s', 'RSS max (Mio)', 'lecture+analyse', 'pages', 'rendu', 'index (après rendu)', 'écriture'],
  ['analyse seule (1 cœur), 1er passage', fmt(parseSeconds), fmt(n / parseSeconds, 0), '—', '', '', '', '', ''],
  ['analyse seule (1 cœur), régime établi', fmt(steadySeconds), fmt(n / steadySeconds, 0), '—', '', '', '', '', ''],
  [
    'npm run build (à froid)',
    fmt(build.seconds),
    fmt(n / build.seconds, 0),
    fmt(build.maxRssMiB, 0),
    fmt(p['lecture et analyse']),
    fmt(p.pages),
    fmt(p.rendu),
    fmt(p['index de recherche']),
    fmt(p.écriture),
  ],
  [
    '+1 dépêche, npm run build',
    fmt(rebuild.seconds),
    '—',
    fmt(rebuild.maxRssMiB, 0),
    fmt(rp['lecture et analyse']),
    fmt(rp.pages),
    fmt(rp.rendu),
    fmt(rp['index de recherche']),
    fmt(rp.écriture),
  ],
  [
    'Eleventy nu + Pagefind',
    fmt(baseline.seconds),
    fmt(n / baseline.seconds, 0),
    fmt(baseline.maxRssMiB, 0),
    '',
    '',
    fmt(basePhases.render),
    fmt(basePhases.search),
    '',
  ],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`\n${n} dépêches, ${words.toLocaleString('fr-FR')} mots`);
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(
  `\nanalyse : ${fmt(n / parseSeconds, 0)} dépêches/s sur un cœur au premier passage, ${fmt(n / steadySeconds, 0)} en régime établi (médiane des passages 2 à 4 : ${passes
    .slice(1)
    .map((x) => fmt(n / x, 0))
    .join(', ')})`,
);
console.log(`build à froid / référence (Eleventy + Pagefind) : ${fmt(build.seconds / baseline.seconds, 2)} ×`);
console.log(
  `+1 dépêche / build à froid : ${fmt(rebuild.seconds / build.seconds, 2)} × ; la nouvelle dépêche est ${onSite ? 'sur' : 'ABSENTE de'} la page d'accueil, ${Object.keys(bundles).includes('2031') ? 'dans' : 'ABSENTE de'} l'index de recherche (${Object.keys(bundles).length} lots annuels)`,
);
console.log(
  '(index après rendu : ce que Pagefind indexe encore une fois toutes les pages rendues ; il indexe chaque année pendant le rendu des suivantes. Référence : Eleventy puis Pagefind, l’un après l’autre.)',
);
console.log(`pages reprises sans rendu : ${rebuild.stdout.split('\n').find((l) => l.startsWith('pages : ')) ?? ''}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
