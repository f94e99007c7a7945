// npm start [-- --port N --content DIR --out DIR]: build, serve on localhost
// with live reload, rebuild when a dispatch (or a template, or the CSS)
// changes. A build with errors prints them and the last good site stays up.
import { watch } from 'node:fs';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { buildSite } from '../site/build.ts';
import { themeSources } from '../site/theme.ts';
import { formatDiagnostics, formatSummary } from './report.ts';
import { cleanUpOnSignals } from './signals.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm start [-- OPTIONS]
  --content DIR   les dépêches (défaut : content)
  --out DIR       le site (défaut : _site)
  --port N        le port du serveur local (défaut : 8080)
  --help          cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
  },
});

let running = false;
let again = false;

async function rebuild(): Promise<boolean> {
  if (running) {
    again = true;
    return false;
  }
  running = true;
  let ok = false;
  try {
    const report = await buildSite({ contentDir: values.content, outDir: values.out });
    for (const line of formatDiagnostics(report.files)) console.error(line);
    console.log(formatSummary(report) + (report.written ? '' : ' — site précédent conservé'));
    ok = report.written;
  } catch (error) {
    console.error(`échec de la construction : ${error instanceof Error ? error.message : String(error)} — site précédent conservé`);
  } finally {
    running = false;
  }
  if (again) {
    again = false;
    return rebuild();
  }
  return ok;
}

cleanUpOnSignals();
await rebuild();
const server = EleventyDevServer.getServer('depeches', values.out, {
  port: Number(values.port),
  domDiff: false,
  logger: { info: console.log, log: console.log, error: console.error },
});
server.serve(Number(values.port));

let timer: NodeJS.Timeout | undefined;
const schedule = () => {
  clearTimeout(timer);
  // Editors' programs write a file in several steps: wait for them to finish.
  timer = setTimeout(async () => {
    if (await rebuild()) server.reload({ files: [] });
  }, 150);
};
for (const dir of [values.content, ...themeSources()]) {
  watch(dir, { recursive: true }, schedule);
}
console.log(`surveillance de ${values.content}/ : chaque dépêche ajoutée ou modifiée est publiée aussitôt (Ctrl-C pour arrêter)`);
