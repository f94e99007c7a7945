// Runs a script in this process and, at exit, writes its peak memory (RSS,
// threads included) to the file named by BENCH_STATS. Used by bench.ts to
// measure each phase in its own process.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error('usage: measure.ts SCRIPT [ARGS…]');
const stats = process.env.BENCH_STATS;
process.on('exit', () => {
  if (stats) writeFileSync(stats, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});
process.argv = [process.argv[0]!, path.resolve(script), ...args];
await import(pathToFileURL(path.resolve(script)).href);
