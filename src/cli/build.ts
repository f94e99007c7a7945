// npm run build [-- --keep-going --content DIR --out DIR --verbose --timings --help]
import { buildSite } from '../site/build.ts';
import { formatDiagnostics, formatSummary, progressReporter, terminalSafe } from './report.ts';
import { cleanUpOnSignals } from './signals.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm run build [-- OPTIONS]
  --content DIR   les dépêches (défaut : content)
  --out DIR       le site (défaut : _site)
  --keep-going    publier les dépêches valides malgré les erreurs des autres (sortie 0)
  --verbose       afficher aussi les notes d'information
  --timings       afficher le temps de chaque phase et les pages rendues ou reprises
  --help          cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    'keep-going': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
  },
});

cleanUpOnSignals();
const progress = progressReporter();
const report = await buildSite({
  contentDir: values.content,
  outDir: values.out,
  keepGoing: values['keep-going'],
  onPhase: (p) => progress.phase(p),
  onProgress: (done, total) => progress.progress(done, total),
});
progress.end();
for (const line of formatDiagnostics(report.files, values.verbose)) console.error(line);
if (report.written && report.rejected.length > 0) {
  console.error(terminalSafe(`non publiées (${report.rejected.length}) : ${report.rejected.map((r) => r.file).join(', ')}`));
}
console.log(formatSummary(report));
if (values.timings) {
  console.log(`phases : ${Object.entries(report.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}`);
  if (report.render) console.log(`pages : ${report.render.rendered} rendues, ${report.render.reused} reprises telles quelles (${report.render.seconds.articles.toFixed(1)} s) ; mois et noms : ${report.render.listingsRendered} rendues, ${report.render.listingsReused} reprises (avec les autres pages : ${report.render.seconds.listings.toFixed(1)} s) ; index de recherche : ${report.render.yearsIndexed} années indexées en ${report.render.seconds.search.toFixed(1)} s (dont ${Math.max(0, report.render.seconds.search - report.render.seconds.searchWait).toFixed(1)} s pendant le rendu), ${report.render.yearsReused} reprises`);
}
if (!report.written) {
  console.error(`${terminalSafe(values.out)}/ n'a pas été modifié : corriger les erreurs ci-dessus puis relancer npm run build (ou publier le reste avec npm run build -- --keep-going).`);
  process.exitCode = 1;
}
