// Ctrl-C, SIGTERM or SIGHUP during a build: remove the temporary output, keep the
// published site, exit with the conventional code.
import { writeSync } from 'node:fs';
import { removePendingOutput } from '../site/output.ts';
import { stopSearchIndexing } from '../site/search-index.ts';

export function cleanUpOnSignals(onStop?: () => void): void {
  // SIGHUP: the terminal closed (an ssh session dropped) ends the build as Ctrl-C does.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      // The indexer first: it writes into the output being removed.
      stopSearchIndexing();
      removePendingOutput();
      onStop?.();
      // Synchronous: process.exit would drop a write still queued on a pipe.
      writeSync(2, `\ninterrompu (${signal}) : le site publié n'a pas été modifié\n`);
      process.exit(code);
    });
  }
}
