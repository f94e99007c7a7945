// npm start [-- --port N --host H --content DIR --out DIR]: serve the site on
// this machine with live reload, and build it again whenever a dispatch (or a
// template, or the CSS) changes. Each build runs in a process of its own
// (rebuild.ts): a build with errors, or one that dies (Pagefind's process
// killed, memory exhausted), leaves the last good site served, and the next
// change builds again from scratch.
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync, watch, writeSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../site/build.ts';
import { siteConfig } from '../site/config.ts';
import { LiveReload } from '../site/live-reload.ts';
import { themeSources } from '../site/theme.ts';
import { createSiteServer } from '../site/static-server.ts';
import { commandOptions } from './options.ts';

const USAGE = `usage : npm start [-- OPTIONS]
  --content DIR   les dépêches (défaut : content)
  --out DIR       le site (défaut : _site)
  --port N        le port du serveur local (défaut : 8080 ; 0 : un port libre)
  --host ADRESSE  l'adresse où écouter (défaut : 127.0.0.1, cette machine seulement ;
                  0.0.0.0 : toutes, le site est alors lisible depuis le réseau)
  --help          cette aide`;

const { values } = commandOptions(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
if (!(port <= 65535)) fail(`l'option --port attend un nombre de 0 à 65535, pas « ${values.port} »\n\n${USAGE}`, 2);
if (!statSync(values.content, { throwIfNoEntry: false })?.isDirectory()) {
  fail(`le dossier des dépêches ${values.content}/ n'existe pas : le créer, ou indiquer le bon avec --content DIR`);
}

const site = siteConfig();
const live = new LiveReload();
const server = createSiteServer({
  root: values.out,
  prefix: site.pathPrefix,
  contentSecurityPolicy: site.contentSecurityPolicy,
  host: values.host,
  liveReload: live,
  onError: (error) => console.error(`requête en échec : ${error instanceof Error ? error.message : String(error)} (le serveur continue)`),
});

// Listen before the first build: a port already taken is said at once.
await new Promise<void>((resolve) => {
  server.once('error', (error: NodeJS.ErrnoException) => fail(listenError(error)));
  server.listen(port, values.host, () => resolve());
});
server.on('error', (error) => console.error(`erreur du serveur : ${error.message} (il continue)`));
const address = server.address();
const actualPort = address && typeof address !== 'string' ? address.port : port;
const wildcard = ['0.0.0.0', '::', '[::]'].includes(values.host);
const shown = wildcard ? 'localhost' : values.host.includes(':') && !values.host.startsWith('[') ? `[${values.host}]` : values.host;
console.log(
  `site servi sur http://${shown}:${actualPort}${site.pathPrefix}` +
    (wildcard ? ` et sur toutes les adresses de cette machine (--host ${values.host}) : le réseau peut le lire` : ' (cette machine seulement)'),
);

function listenError(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') return `le port ${port} est déjà pris (un autre npm start ?) : l'arrêter, ou choisir un autre port avec --port N`;
  if (error.code === 'EACCES') return `le port ${port} est réservé à l'administrateur : choisir un port au-dessus de 1023 avec --port N`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return `l'adresse ${values.host} n'est pas une adresse de cette machine : indiquer --host 127.0.0.1 (ou 0.0.0.0 pour toutes)`;
  }
  return `le serveur ne peut pas écouter sur ${values.host}:${port} : ${error.message}`;
}

// ---- Builds, one at a time, each in its own process.
// rebuild.ts from the sources (the tests, through tsx), rebuild.js once compiled (dist/).
const REBUILD = path.join(import.meta.dirname, import.meta.url.endsWith('.ts') ? 'rebuild.ts' : 'rebuild.js');
let current: ChildProcess | null = null;
let again = false;
let stopping = false;

function rebuild(): void {
  if (stopping) return;
  if (current) {
    again = true;
    return;
  }
  // Its own process group: Ctrl-C reaches npm start alone, which passes the
  // signal on once (a second one would stop the build mid-cleanup).
  const child = spawn(process.execPath, [...process.execArgv, REBUILD, '--content', values.content, '--out', values.out], {
    // No input: a process of another group reading the terminal would be stopped.
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  current = child;
  child.once('error', (error) => {
    if (current === child) current = null;
    console.error(`échec de la construction : ${error.message} — site précédent conservé`);
  });
  child.once('close', (code, signal) => {
    if (current === child) current = null;
    if (code === 0) live.reload();
    else if (code !== 2 && !stopping) {
      console.error(
        `échec de la construction : son processus s'est arrêté (${signal ?? `code ${code}`}) — site précédent conservé ; la prochaine modification relance la construction`,
      );
    }
    if (again) {
      again = false;
      rebuild();
    }
  });
}

// ---- Watching: a change starts a build once the editor's program has done writing.
const outParent = path.dirname(path.resolve(values.out));
const outName = path.basename(path.resolve(values.out));
const cacheDir = defaultCacheDir(values.out);

/** The build's own writes (the site, its temporary and old copies, its lock, the cache) start no build. */
function ours(file: string): boolean {
  if (file === cacheDir || file.startsWith(cacheDir + path.sep)) return true;
  const relative = path.relative(outParent, file);
  const top = relative.split(path.sep)[0]!;
  return (
    !path.isAbsolute(relative) &&
    (top === outName ||
      top === `${outName}.lock` ||
      top.startsWith(`${outName}.lock.`) ||
      top.startsWith(`${outName}.tmp-`) ||
      top.startsWith(`${outName}.old-`))
  );
}

let timer: NodeJS.Timeout | undefined;
const watchers: FSWatcher[] = [];
for (const dir of [values.content, ...themeSources()]) {
  try {
    const watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (name !== null && ours(path.resolve(dir, name))) return;
      clearTimeout(timer);
      timer = setTimeout(rebuild, 150);
    });
    watcher.on('error', (error) => console.error(`la surveillance de ${dir}/ s'est arrêtée (${error.message}) : relancer npm start`));
    watchers.push(watcher);
  } catch (error) {
    console.error(
      `${dir}/ ne peut pas être surveillé (${error instanceof Error ? error.message : String(error)}) : le site ne sera reconstruit qu'en relançant npm start`,
    );
  }
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.once(signal, () => {
    stopping = true;
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    live.close();
    server.close();
    server.closeAllConnections();
    const child = current;
    if (!child) {
      writeSync(2, `\nnpm start arrêté (${signal})\n`);
      process.exit(code);
    }
    // The build removes its temporary folder and says so; then we go.
    child.once('close', () => process.exit(code));
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}

rebuild();
console.log(`surveillance de ${values.content}/ : chaque dépêche ajoutée ou modifiée est publiée aussitôt (Ctrl-C pour arrêter)`);
