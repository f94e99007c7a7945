// The site is written to a temporary folder beside the output and swapped in
// at the end: readers never see a half-written site, and a failed or
// interrupted build leaves the previous one exactly as it was.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Folders of ours that an interruption must not leave behind. */
const pending = new Set<string>();

export async function temporaryOutput(outDir: string): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  const dir = await mkdtemp(path.join(parent, `${path.basename(outDir)}.tmp-`));
  pending.add(dir);
  return dir;
}

/**
 * Two renames, synchronous: a signal handler runs between event-loop turns,
 * so it sees the old site or the new one, never neither.
 */
export async function swapIn(tmpDir: string, outDir: string): Promise<void> {
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
    await rm(old, { recursive: true, force: true });
    pending.delete(old);
  }
}

export async function discard(tmpDir: string): Promise<void> {
  await rm(tmpDir, { recursive: true, force: true });
  pending.delete(tmpDir);
}

/** On Ctrl-C or SIGTERM: remove what we were writing, keep the published site. */
export function removePendingOutput(): void {
  for (const dir of pending) rmSync(dir, { recursive: true, force: true });
  pending.clear();
}
