// The commands' options, read with node's parseArgs. `--help` (or `-h`)
// prints how to call the command; an unknown or malformed option says so in
// one line, with the usage, instead of a stack trace (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

let invocation: string | null = null;

/**
 * Set by the `depeches` command (main.ts) when it is not run by an npm
 * script: usages then read `depeches build [OPTIONS]`, not `npm run build [-- OPTIONS]`.
 */
export function invokedAs(command: string): void {
  invocation = command;
}

/** The usage as the command was typed: the npm script's form, or the `depeches` command's. */
export function shownUsage(usage: string): string {
  if (!invocation) return usage;
  const command = invocation;
  return usage.replace(/^usage : npm (?:run )?(?:--silent )?\S+ (\[?)(?:-- )?/, (_, bracket: string) => `usage : depeches ${command} ${bracket}`);
}

export function commandOptions<T extends ParseArgsConfig>(commandUsage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const usage = shownUsage(commandUsage);
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${inFrench(error)}\n\n${usage}`);
    process.exit(2);
  }
}

/** parseArgs speaks English: the three mistakes it reports, said in French. */
function inFrench(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `option inconnue : ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argument inattendu : ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `l'option ${quoted.split(' ')[0]} attend une valeur, ou n'en prend pas`;
  return String(message ?? error);
}
