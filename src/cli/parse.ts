// npm run --silent parse -- FILE… [--out DIR]
// One file: prints its article as JSON; several: an array. Diagnostics go to
// stderr as file:line:column  severity  message  rule. With --out DIR, writes
// DIR/NAME.json for each NAME.txt instead of printing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../dispatch/article.ts';
import { readDispatch } from '../dispatch/read.ts';
import { formatDiagnostics, terminalSafe } from './report.ts';
import { commandOptions } from './options.ts';
import { explain } from './explain.ts';

const USAGE = `usage : npm run --silent parse -- FICHIER… [--out DIR] [--verbose] [--explain]
  --out DIR       écrire DIR/NOM.json pour chaque NOM.txt au lieu d'afficher le JSON
  --explain       pour chaque citation et chaque source, la règle qui l'a trouvée (au lieu du JSON)
  --verbose       afficher aussi les notes d'information
  --help          cette aide`;

const { values, positionals } = commandOptions(USAGE, {
  allowPositionals: true,
  options: { out: { type: 'string' }, verbose: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } },
});

if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

let failed = false;
const articles: Article[] = [];
for (const file of positionals) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(terminalSafe(`${file}  erreur  illisible : ${(error as NodeJS.ErrnoException).code ?? String(error)}  file-unreadable`));
    failed = true;
    continue;
  }
  const label = path.relative(process.cwd(), file) || file;
  const { article, diagnostics } = readDispatch(bytes, label);
  for (const line of formatDiagnostics([{ file: label, diagnostics }], values.verbose)) console.error(line);
  if (diagnostics.some((d) => d.severity === 'error')) failed = true;
  // Not text at all (an image, a file too large): nothing to print but the error.
  if (!article) continue;
  if (values.explain) {
    process.stdout.write(explain(article));
  } else if (values.out) {
    mkdirSync(values.out, { recursive: true });
    const name = path.basename(file).replace(/\.[^.]*$/, '') + '.json';
    writeFileSync(path.join(values.out, name), JSON.stringify(article, null, 2) + '\n');
  } else {
    articles.push(article);
  }
}
if (!values.out && !values.explain) process.stdout.write(JSON.stringify(positionals.length === 1 ? (articles[0] ?? null) : articles, null, 2) + '\n');
process.exitCode = failed ? 1 : 0;
