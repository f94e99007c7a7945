// npm run check [-- --content DIR --verbose]: read content/ as the build
// does, without building; print every problem and a count. Exit 1 on errors.
import path from 'node:path';
import { readContent, type ContentReport } from '../site/content.ts';
import { describeFailure } from '../site/failure.ts';
import { formatDiagnostics, plural } from './report.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm run check [-- OPTIONS]
  --content DIR   les dépêches (défaut : content)
  --verbose       afficher aussi les notes d'information
  --help          cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    verbose: { type: 'boolean', default: false },
  },
});

// Check shares the build's parse cache (beside _site/, in the project folder).
let content: ContentReport;
try {
  content = await readContent(values.content, { cacheDir: path.join(path.dirname(path.resolve(values.content)), '.depeches-cache') });
} catch (error) {
  // A wrong --content: said in French, without a stack trace.
  const message = describeFailure(error);
  if (message === null) throw error;
  console.error(`vérification impossible : ${message}`);
  process.exit(1);
}
const unsaved = await content.saved;
if (unsaved) content.files.push(unsaved);
for (const line of formatDiagnostics(content.files, values.verbose)) console.log(line);
const errors = content.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'error').length, 0);
const warnings = content.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'warning').length, 0);
console.log(
  `${plural(content.files.filter((f) => !f.notice).length, 'fichier lu', 'fichiers lus')} : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')} ; ${plural(content.publishable.length, 'dépêche publiable', 'dépêches publiables')}`,
);
process.exitCode = errors > 0 ? 1 : 0;
