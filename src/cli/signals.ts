// Ctrl-C or SIGTERM during a build: remove the temporary output, keep the
// published site, exit with the conventional code.
import { writeSync } from 'node:fs';
import { removePendingOutput } from '../site/output.ts';

export function cleanUpOnSignals(onStop?: () => void): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removePendingOutput();
      onStop?.();
      // Synchronous: process.exit would drop a write still queued on a pipe.
      writeSync(2, `\ninterrompu (${signal}) : le site publié n'a pas été modifié\n`);
      process.exit(code);
    });
  }
}
