// A worker thread that reads and parses dispatches sent by content.ts: the
// parser is synchronous, so threads are how a build uses every core.
import { parentPort } from 'node:worker_threads';
import { parseDispatchBytes } from './content.ts';

parentPort!.on('message', (job: { id: number; bytes: Uint8Array; label: string }) => {
  parentPort!.postMessage({ id: job.id, report: parseDispatchBytes(job.bytes, job.label) });
});
