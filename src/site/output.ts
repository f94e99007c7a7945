// The site is written to a temporary folder beside the output and swapped in
// at the end: readers never see a half-written site, and a failed or
// interrupted build leaves the previous one exactly as it was. The replaced
// site is removed in the background: the new one is in place by then, and
// removing 100,000 pages took 30 s of a 77 s rebuild.
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Folders of ours that an interruption must not leave behind. */
const pending = new Set<string>();

export function temporaryOutput(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  // `--out` may name a folder whose parents do not exist yet.
  mkdirSync(parent, { recursive: true });
  // A replaced site whose removal did not finish (the machine stopped): remove it now.
  for (const name of readdirSync(parent)) if (name.startsWith(`${path.basename(outDir)}.old-`)) removeInBackground(path.join(parent, name));
  // Synchronous, so that the folder is in `pending` in the turn that makes it:
  // with mkdtemp's promise, a signal handled before the promise's callback
  // found nothing to remove and left the folder (3 interruptions in 30).
  // Not mkdtemp: its folder is 0700, and renamed into place it kept a web
  // server or an rsync running as another user out of the whole site. A plain
  // mkdir gives the mode the umask gives every folder (0755 under 022); the
  // random part makes the name ours alone (mkdir fails on a name that exists).
  for (;;) {
    const dir = path.join(parent, `${path.basename(outDir)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    pending.add(dir);
    return dir;
  }
}

/**
 * Two renames, synchronous: a signal handler runs between event-loop turns,
 * so it sees the old site or the new one, never neither.
 */
export function swapIn(tmpDir: string, outDir: string): void {
  const target = path.resolve(outDir);
  let old: string | null = null;
  if (existsSync(target)) {
    old = `${target}.old-${process.pid}-${Date.now()}`;
    pending.add(old);
    renameSync(target, old);
  }
  renameSync(tmpDir, target);
  pending.delete(tmpDir);
  if (old) {
    removeInBackground(old);
    pending.delete(old);
  }
}

/**
 * The system's rm, detached: it goes on after the build returns (and removes
 * faster than Node's recursive rm, 1.2 s against 2.0 s for 10,000 pages).
 * Without it, Node's rm, waited for.
 */
function removeInBackground(dir: string): void {
  if (process.platform !== 'win32') {
    try {
      const child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
      child.on('error', () => rmSync(dir, { recursive: true, force: true }));
      child.unref();
      return;
    } catch {
      // No rm to run: Node's below.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

export async function discard(tmpDir: string): Promise<void> {
  await rm(tmpDir, { recursive: true, force: true });
  pending.delete(tmpDir);
}

/**
 * On Ctrl-C or SIGTERM: remove what we were writing, keep the published site.
 * A write already handed to the system (libuv's threads, Pagefind's process
 * as it dies) can land during or just after the removal and make a folder
 * again: wait a moment, without returning to the event loop (nothing new is
 * started meanwhile), and remove again until the folder stays gone.
 */
export function removePendingOutput(): void {
  for (const dir of pending) {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // ENOTEMPTY: a file was written while the folder was being emptied.
      }
      sleepSync(50);
      if (!existsSync(dir)) break;
    }
  }
  pending.clear();
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
