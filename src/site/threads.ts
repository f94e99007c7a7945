// A small pool of worker threads for the build's CPU-bound work: each thread
// has its next job waiting while it works on one, so it never idles on the
// build's thread.
// Compiled (dist/), a worker loads the JavaScript beside the module it is
// given. Under tsx (the tests), a worker does not inherit the main thread's
// TypeScript loader, so each registers tsx itself before loading its module.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface Pool<J, R> {
  /** Runs `job` on the next free thread. */
  run(job: J): Promise<R>;
  close(): Promise<void>;
}

interface Reply<R> {
  id: number;
  result?: R;
  error?: string;
}

/** A module named by its source file (`./parse-worker.ts`) is, once compiled, the `.js` beside it. */
export function runnableModule(module: URL): URL {
  if (module.pathname.endsWith('.ts') && !existsSync(fileURLToPath(module))) return new URL(module.href.replace(/\.ts$/, '.js'));
  return module;
}

export function startPool<J, R>(module: URL, threads: number): Pool<J, R> {
  const target = runnableModule(module);
  const boot = target.pathname.endsWith('.ts')
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(target.href)}); });`
    : `import(${JSON.stringify(target.href)});`;
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void; worker: Worker }>();
  let next = 0;
  let failure: Error | null = null;

  const release = (w: Worker) => {
    const taker = waiting.shift();
    if (taker) taker(w);
    else idle.push(w);
  };
  const workers = Array.from({ length: threads }, () => {
    const w = new Worker(boot, { eval: true });
    w.on('message', (m: Reply<R>) => {
      const job = pending.get(m.id);
      if (!job) return;
      pending.delete(m.id);
      release(w);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.result as R);
    });
    // A thread that dies fails its job and every later one: the build stops.
    w.on('error', (e) => {
      failure = e;
      for (const [id, job] of pending)
        if (job.worker === w) {
          pending.delete(id);
          job.reject(e);
        }
    });
    idle.push(w, w);
    return w;
  });

  return {
    async run(job: J): Promise<R> {
      if (failure) throw failure;
      const w = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
      const id = next++;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        w.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The worker's side: answer each job with `handle`'s result, or its error. */
export function serveJobs<J, R>(
  port: { on(e: 'message', f: (m: { id: number; job: J }) => void): void; postMessage(m: Reply<R>): void },
  handle: (job: J) => R | Promise<R>,
): void {
  port.on('message', async ({ id, job }) => {
    try {
      port.postMessage({ id, result: await handle(job) });
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
