// One build at a time on one output. Two builds at once (npm start running
// and a build typed in another terminal, two CI jobs on one server) used to
// race: both renamed into _site/ (one failed with ENOTEMPTY), one linked
// pages from a site the other was removing, one's parse cache save removed
// the other's file in progress. The second build now waits for the first,
// saying so.
//
// The lock is a file beside the output (`_site.lock`) naming its build: pid,
// host, and when the process started. A lock whose process is gone (killed
// with SIGKILL, the machine stopped) is stale and taken over at once; a lock
// file is never judged by its age, since a build can be busy for minutes
// without a sign of life. (proper-lockfile, the usual npm package, is
// age-based: it refreshes the lock's mtime on a timer, and a build's long
// synchronous phases would make it look stale.)
import { hostname } from 'node:os';
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readRegularFile } from './content-files.ts';

interface Owner {
  pid: number;
  host: string;
  /** The process's start time (/proc/PID/stat), so that a pid used again by another process is not mistaken for the owner. */
  started: string | null;
}

/** Locks this process holds: removed when it exits, however it exits (a signal handler calls process.exit). */
const held = new Map<string, string>();
process.on('exit', () => {
  for (const file of held.keys()) releaseFile(file);
});

function startTime(pid: number): string | null {
  try {
    // Field 22, counted after the command's name, which may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function lockFile(outDir: string): string {
  return `${path.resolve(outDir)}.lock`;
}

function readOwner(file: string): { text: string; owner: Owner | null } | null {
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    // Gone meanwhile: look again. Anything but a file (a pipe, a folder, a link): not a lock, stale.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : { text: '', owner: null };
  }
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0 && typeof o.host === 'string')
      return { text, owner: { pid: o.pid, host: o.host, started: typeof o.started === 'string' ? o.started : null } };
  } catch {
    // Not a lock we wrote: stale.
  }
  return { text, owner: null };
}

/** Whether a pid names a running process (another user's counts). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock's owner may still be building. */
function ownerAlive(owner: Owner | null, file: string): boolean {
  if (!owner) return false;
  // Another machine's build (a shared disk): it cannot be checked from here.
  if (owner.host !== hostname()) return true;
  // Our own pid on a lock we do not hold: a build of an earlier process that had our pid (containers start each run with the same pids).
  if (owner.pid === process.pid) return held.has(file);
  if (!processRunning(owner.pid)) return false;
  const started = startTime(owner.pid);
  return !(owner.started && started && owner.started !== started);
}

/**
 * Take the output's lock, waiting while another build holds it (`onWait` is
 * told once). Returns the function that releases it.
 */
export async function lockOutput(outDir: string, onWait: (message: string) => void): Promise<() => void> {
  const file = lockFile(outDir);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: startTime(process.pid) } satisfies Owner);
  let told = false;
  for (;;) {
    // Written whole, then linked into place: a lock file is never seen half-written.
    const draft = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      writeFileSync(draft, mine);
      linkSync(draft, file);
      held.set(file, mine);
      return () => {
        releaseFile(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      // Also when the write failed half-way (a full disk): no draft stays behind.
      rmSync(draft, { force: true });
    }
    const found = readOwner(file);
    if (!found) continue;
    if (ownerAlive(found.owner, file)) {
      if (!told) {
        const who = found.owner ? `pid ${found.owner.pid}${found.owner.host === hostname() ? '' : ` sur ${found.owner.host}`}` : 'inconnue';
        onWait(`une autre construction (${who}) écrit déjà dans ${outDir}/ : attente de sa fin… (si aucune ne tourne, supprimer ${file})`);
        told = true;
      }
      await sleep(200);
      continue;
    }
    takeOver(file, found.text);
  }
}

/**
 * Remove a stale lock, unless another build replaced it in the meantime: the
 * lock is moved aside (one rename: only one build can move it), then checked.
 */
function takeOver(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.text !== staleText) {
    // A live build's lock, taken over just now by another: put it back.
    try {
      linkSync(aside, file);
    } catch {
      // Someone holds the lock again: theirs stands.
    }
  }
  // (A folder put in the lock's place goes too.)
  rmSync(aside, { force: true, recursive: true });
}

function releaseFile(file: string): void {
  const mine = held.get(file);
  held.delete(file);
  if (mine === undefined) return;
  try {
    if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
  } catch {
    // Gone already.
  }
}
