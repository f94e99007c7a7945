// The site is written to a temporary folder beside the output and swapped in
// at the end: readers never see a half-written site, and a failed build
// leaves the previous one exactly as it was.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

export async function temporaryOutput(outDir: string): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  return mkdtemp(path.join(parent, `${path.basename(outDir)}.tmp-`));
}

export async function swapIn(tmpDir: string, outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  let old: string | null = null;
  if (existsSync(target)) {
    old = `${target}.old-${process.pid}-${Date.now()}`;
    await rename(target, old);
  }
  await rename(tmpDir, target);
  if (old) await rm(old, { recursive: true, force: true });
}

export async function discard(tmpDir: string): Promise<void> {
  await rm(tmpDir, { recursive: true, force: true });
}
