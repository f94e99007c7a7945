// npm run build [-- --keep-going --allow-shrink --content DIR --out DIR --verbose --timings --help]
import { buildSite, type BuildReport } from '../site/build.ts';
import { describeFailure } from '../site/failure.ts';
import { formatDiagnostics, formatSummary, progressReporter, terminalSafe } from './report.ts';
import { cleanUpOnSignals } from './signals.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm run build [-- OPTIONS]
  --content DIR    les dépêches (défaut : content)
  --out DIR        le site (défaut : _site)
  --keep-going     publier les dépêches valides malgré les erreurs des autres (sortie 0)
  --allow-shrink   publier même si la construction retire plus de la moitié des dépêches
                   publiées (sans cette option, elle est refusée : dossier vide ou erroné ?)
  --verbose        afficher aussi les notes d'information
  --timings        afficher le temps de chaque phase et les pages rendues ou reprises
  --help           cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    'keep-going': { type: 'boolean', default: false },
    'allow-shrink': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
  },
});

cleanUpOnSignals();
const progress = progressReporter();
let report: BuildReport | null = null;
try {
  report = await buildSite({
    contentDir: values.content,
    outDir: values.out,
    keepGoing: values['keep-going'],
    allowShrink: values['allow-shrink'],
    onPhase: (p) => progress.phase(p),
    onProgress: (done, total) => progress.progress(done, total),
  });
} catch (error) {
  // A full disk, a read-only folder, a wrong --content, Pagefind's process
  // gone: said in French, without a stack trace. Anything else is a defect.
  const message = describeFailure(error);
  if (message === null) throw error;
  progress.end();
  console.error(terminalSafe(`échec de la construction : ${message}`) + `\n${terminalSafe(values.out)}/ n'a pas été modifié.`);
  process.exitCode = 1;
}
if (report) printReport(report);

function printReport(report: BuildReport): void {
  progress.end();
  for (const line of formatDiagnostics(report.files, values.verbose)) console.error(line);
  if (report.written && report.rejected.length > 0) {
    console.error(terminalSafe(`non publiées (${report.rejected.length}) : ${report.rejected.map((r) => r.file).join(', ')}`));
  }
  console.log(formatSummary(report));
  if (values.timings) {
    console.log(
      `phases : ${Object.entries(report.phases)
        .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
        .join(', ')}`,
    );
    if (report.render)
      console.log(
        `pages : ${report.render.rendered} rendues, ${report.render.reused} reprises telles quelles (${report.render.seconds.articles.toFixed(1)} s) ; mois et noms : ${report.render.listingsRendered} rendues, ${report.render.listingsReused} reprises (avec les autres pages : ${report.render.seconds.listings.toFixed(1)} s) ; index de recherche : ${report.render.yearsIndexed} années indexées en ${report.render.seconds.search.toFixed(1)} s (dont ${Math.max(0, report.render.seconds.search - report.render.seconds.searchWait).toFixed(1)} s pendant le rendu), ${report.render.yearsReused} reprises`,
      );
  }
  if (report.shrinkRefused) {
    console.error(`${terminalSafe(values.out)}/ n'a pas été modifié.`);
    process.exitCode = 1;
  } else if (!report.written) {
    console.error(
      `${terminalSafe(values.out)}/ n'a pas été modifié : corriger les erreurs ci-dessus puis relancer npm run build (ou publier le reste avec npm run build -- --keep-going).`,
    );
    process.exitCode = 1;
  }
}
