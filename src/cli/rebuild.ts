// One build for npm start, in a process of its own (start.ts runs it): what
// dies with a build (Pagefind's process, a crash, the memory) leaves the
// server up, and the next build starts afresh. Exit 0: the site was published;
// 2: it was not, and this process said why; any other end is a crash.
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSite } from '../site/build.ts';
import { removePendingOutput } from '../site/output.ts';
import { formatDiagnostics, formatSummary } from './report.ts';
import { cleanUpOnSignals } from './signals.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const KEPT = ' — site précédent conservé';

let finished = false;
process.on('exit', (code) => {
  if (finished) return;
  removePendingOutput();
  if (code !== 0) return;
  // Node ends a process whose work waits on nothing left alive: a promise
  // that no one will settle, as when Pagefind's process dies mid-index. Its
  // temporary folder goes (above) too: a full disk must not stay full.
  writeSync(
    2,
    `échec de la construction : elle s'est arrêtée avant la fin (l'indexeur de recherche Pagefind s'est sans doute arrêté)${KEPT} ; la prochaine modification relance la construction\n`,
  );
  process.exitCode = 2;
});

// Stopped by a signal: signals.ts says so, and exits with the signal's code.
cleanUpOnSignals(() => {
  finished = true;
});
buildSite({ contentDir: values.content ?? 'content', outDir: values.out ?? '_site' }).then(
  (report) => {
    for (const line of formatDiagnostics(report.files)) console.error(line);
    console.log(formatSummary(report) + (report.written ? '' : KEPT));
    finished = true;
    process.exitCode = report.written ? 0 : 2;
  },
  (error: unknown) => {
    console.error(`échec de la construction : ${error instanceof Error ? error.message : String(error)}${KEPT}`);
    finished = true;
    process.exitCode = 2;
  },
);
