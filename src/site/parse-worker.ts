// A worker thread that reads and parses dispatches sent by content.ts: the
// parser is synchronous, so threads are how a build uses every core.
import { parentPort } from 'node:worker_threads';
import { parseDispatchBytes, type FileReport, type ParseJob } from './content.ts';
import { serveJobs } from './threads.ts';

serveJobs<ParseJob[], FileReport[]>(parentPort!, (jobs) => jobs.map((job) => parseDispatchBytes(job.bytes, job.label)));
