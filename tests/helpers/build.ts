// Run the real `build` command, as an editor would, into a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CommandResult {
  const r = spawnSync(TSX, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary folder, removed when the test process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `depeches-${prefix}-`));
  made.push(dir);
  return dir;
}

export function buildInto(contentDir: string, outDir: string, extra: string[] = []): CommandResult {
  return runCommand('src/cli/build.ts', ['--content', contentDir, '--out', outDir, ...extra]);
}
