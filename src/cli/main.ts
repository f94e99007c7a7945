// The `depeches` command: `depeches build|check|parse|start|bench [OPTIONS]`,
// run in an archive's folder (content/, and optionally depeches.config.json,
// templates/ and public/). Each command is its module, loaded alone: a
// `check` never loads Eleventy. The npm scripts of this repository run it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../site/config.ts';
import { PACKAGE_ROOT } from '../site/paths.ts';
import { invokedAs } from './options.ts';

const COMMANDS = {
  build: 'construire le site (_site/) à partir des dépêches de content/',
  check: 'lire content/ comme la construction, sans construire : chaque problème, puis un décompte',
  parse: 'analyser des fichiers de dépêche et afficher chaque article en JSON',
  start: 'construire, servir sur http://localhost:8080/ et republier à chaque changement',
  bench: 'mesurer analyse, construction et reconstruction sur N dépêches générées',
  lighthouse: 'scores Lighthouse du site construit (dépôt de Dépêches : dépendances de développement)',
} as const;
type Command = keyof typeof COMMANDS;

const USAGE = `usage : depeches COMMANDE [OPTIONS]

À lancer dans le dossier d'une archive : content/ (les dépêches) et, s'ils
existent, depeches.config.json (les réglages du site), templates/ et public/
(qui remplacent, fichier par fichier, les gabarits et fichiers fournis).

commandes :
${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(11)} ${what}`)
  .join('\n')}

  depeches COMMANDE --help   les options d'une commande
  depeches --version         la version de Dépêches`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(command === undefined ? 2 : 0);
}
if (command === '--version' || command === '-v') {
  console.log((JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  process.exit(0);
}
if (!Object.hasOwn(COMMANDS, command)) {
  console.error(`commande inconnue : ${command}\n\n${USAGE}`);
  process.exit(2);
}

// The command's module reads its own options from process.argv, as when it is run alone.
process.argv = [process.argv[0]!, process.argv[1]!, ...rest];
// Run by an npm script of the same name, the usage keeps the npm form (`npm run build -- --help`).
if (process.env.npm_lifecycle_event !== command) invokedAs(command);
const modules: Record<Command, () => Promise<unknown>> = {
  build: () => import('./build.ts'),
  check: () => import('./check.ts'),
  parse: () => import('./parse.ts'),
  start: () => import('./start.ts'),
  bench: () => import('../../bench/bench.ts'),
  lighthouse: () => import('./lighthouse.ts'),
};
try {
  await modules[command as Command]();
} catch (error) {
  // Settings an editor can fix: said in French, without a stack trace.
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  // Lighthouse and its Chrome launcher are development dependencies of this repository, not of an installed Dépêches.
  if (command === 'lighthouse' && (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
    console.error('depeches lighthouse a besoin de lighthouse et chrome-launcher : npm i -D lighthouse chrome-launcher');
    process.exit(2);
  }
  throw error;
}
