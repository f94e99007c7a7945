// npm run build [-- --content DIR --out DIR]
import { parseArgs } from 'node:util';
import { buildSite } from '../site/build.ts';
import { formatDiagnostics, formatSummary } from './report.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    verbose: { type: 'boolean', default: false },
  },
});

const report = await buildSite({ contentDir: values.content, outDir: values.out });
for (const line of formatDiagnostics(report.files, values.verbose)) console.error(line);
console.log(formatSummary(report));
if (!report.written) {
  console.error(`${values.out}/ n'a pas été modifié : corriger les erreurs ci-dessus puis relancer npm run build.`);
  process.exitCode = 1;
}
