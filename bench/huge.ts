// npm run bench:huge: is reading a dispatch linear in its size? Files of
// 1 MB and 4 MB in shapes that were quadratic (one line of sentences with
// inline intertitles: 49 s for 5 MB; thousands of hard-wrapped lines with no
// blank one; capitalised words with no full stop: minutes and gigabytes),
// each read and parsed as the build does, timed, and the ratio printed. A
// linear reader takes about four times as long for four times the size:
// past 6 the command fails. Processor time of the better of two runs. Timed here, never in the tests (a loaded
// machine would make them flaky).
import { execFileSync } from 'node:child_process';
import { readDispatch } from '../src/dispatch/read.ts';

const SHAPES: Record<string, string> = {
  'une ligne, intertitres':
    'Le gouvernement a présenté vendredi un plan, a déclaré M. Jean Dupont à l’AFP. « Nous ne lâcherons rien », a affirmé la porte-parole. Selon l’OSDH, 4.000 personnes ont été déplacées. - Poutine s’implique - ',
  'lignes coupées sans point': 'le maire de Lyon Jean Dupont a dit que la ville\n',
  'majuscules sans point': 'Jean Pierre Paul Marie ',
  'citations sans fin': '« nous » , a dit Jean Dupont, ',
  verbes: 'a déclaré ',
};

function file(unit: string, size: number): Buffer {
  const body = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));
  return Buffer.from(`date 2021-11-02\nPARIS (AFP) - ${body}\n`);
}

/** Processor seconds to read one file (not the clock's: other work on the machine would skew the ratio). */
function seconds(bytes: Buffer): number {
  const start = process.cpuUsage();
  const { article } = readDispatch(bytes, 'content/gros.txt');
  if (!article) throw new Error('not read');
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

// Each measure in a process of its own, once the parser's code is compiled:
// in one process, the heap left by the larger file slowed the next ones.
if (process.argv[2] === '--one') {
  const unit = SHAPES[process.argv[3]!]!;
  seconds(file(unit, 100_000));
  process.stdout.write(String(seconds(file(unit, Number(process.argv[4])))));
} else {
  const measure = (name: string, size: number) => {
    const runs = [0, 1].map(() =>
      Number(execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--one', name, String(size)], { encoding: 'utf8' })),
    );
    return Math.min(...runs);
  };
  let worst = 0;
  for (const name of Object.keys(SHAPES)) {
    const small = measure(name, 1_000_000);
    const large = measure(name, 4_000_000);
    const ratio = large / small;
    worst = Math.max(worst, ratio);
    console.log(`${name.padEnd(28)} 1 Mo : ${small.toFixed(2)} s   4 Mo : ${large.toFixed(2)} s   rapport ${ratio.toFixed(1)}`);
  }
  console.log(`pire rapport : ${worst.toFixed(1)} (linéaire : 4 ; au-delà de 6, la lecture n'est plus linéaire)`);
  process.exitCode = worst > 6 ? 1 : 0;
}
