// `npm start` as an editor runs it, in a child process the test stops when
// it ends, with what it prints gathered as it comes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { NODE_ARGS, ROOT, tempDir } from './build.ts';

/** The one dispatch most start tests begin with. */
export const FIRST_DISPATCH = 'date 2021-11-05\nLILLE (AFP) - Une première dépêche est dans le fil, a annoncé la rédaction en chef de Lille.\n';

/** A temporary folder with `content/` holding `une.txt` (FIRST_DISPATCH unless told otherwise). */
export function oneDispatch(prefix: string, text = FIRST_DISPATCH): { dir: string; content: string; out: string } {
  const dir = tempDir(prefix);
  const content = path.join(dir, 'content');
  mkdirSync(content);
  writeFileSync(path.join(content, 'une.txt'), text);
  return { dir, content, out: path.join(dir, '_site') };
}

export interface Started {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr as they came. */
  output(): string;
}

/** `npm start --content … --out … ARGS`, stopped when the test ends. */
export function startCommand(t: TestContext, content: string, out: string, args: string[], env: NodeJS.ProcessEnv = process.env): Started {
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, 'src/cli/start.ts'), '--content', content, '--out', out, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  t.after(() => child.kill('SIGTERM'));
  return { child, output: () => output };
}
