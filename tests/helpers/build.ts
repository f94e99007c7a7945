// Run the real `build` command, as an editor would, into a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Commands run as `npm run` runs them: node with tsx's loader, one process. */
export const NODE_ARGS = ['--import', 'tsx'];

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CommandResult {
  const r = spawnSync(process.execPath, [...NODE_ARGS, path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A temporary folder, removed when the test process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `depeches-${prefix}-`));
  made.push(dir);
  return dir;
}

export function buildInto(contentDir: string, outDir: string, extra: string[] = []): CommandResult {
  return runCommand('src/cli/build.ts', ['--content', contentDir, '--out', outDir, ...extra]);
}

/** A copy of the repository's content/ with a built site beside it. */
export function workspace(name: string): { dir: string; content: string; out: string } {
  const dir = tempDir(name);
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const out = path.join(dir, '_site');
  const first = buildInto(content, out);
  if (first.status !== 0) throw new Error(`the build of content/ failed:\n${first.stderr}`);
  return { dir, content, out };
}
