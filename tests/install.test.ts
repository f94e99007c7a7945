// Dépêches as an archive installs it: `npm pack`, then in an empty folder
// `npm init -y && npm i depeches-x.y.z.tgz`, a content/ of two dispatches and
// `npx depeches build`. Installed, the shipped templates sit under the
// archive's node_modules/ (which Eleventy ignores by default: a build then
// wrote the article pages and no home page), the code runs compiled (no tsx,
// no esbuild installed), and the archive's own settings, templates and static
// files override the shipped ones. The install is offline where npm's cache
// already holds the packages (this repository's install filled it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './helpers/build.ts';

// npm run from a test inherits npm test's own settings (npm_config_*, npm_package_*): not the archive's.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv, maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} (${cwd}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const DISPATCHES = {
  'nantes.txt': `date 2022-02-07
Nantes: un incendie ravage un entrepôt du port, pas de victime

NANTES, 7 fév 2022 (AFP) - Un violent incendie a ravagé lundi un entrepôt du port de Nantes, sans faire de victime, ont indiqué les pompiers de Loire-Atlantique.

Le feu s'est déclaré vers 4 heures du matin dans un bâtiment de stockage de 3.000 mètres carrés, selon la préfecture.
`,
  'lyon.txt': `date 2022-03-10
Lyon: le conseil municipal vote un plan de rénovation des écoles

LYON, 10 mars 2022 (AFP) - Le conseil municipal de Lyon a voté jeudi soir un plan de rénovation de quarante écoles en six ans, a annoncé la mairie.

Les travaux commenceront à l'été, pendant les vacances scolaires, selon l'adjointe chargée de l'éducation.
`,
};

/** The package as `npm pack` makes it, from a copy of this work tree (packing compiles dist/ afresh; the work tree's own is left alone). */
function pack(): string {
  const copy = tempDir('pack-src');
  for (const name of [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'bin',
    'src',
    'bench',
    'templates',
    'public',
    'schema',
  ]) {
    if (existsSync(path.join(ROOT, name))) cpSync(path.join(ROOT, name), path.join(copy, name), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  const out = tempDir('pack');
  run('npm', ['pack', '--pack-destination', out, '--silent'], copy);
  const tgz = readdirSync(out).find((f) => f.endsWith('.tgz'));
  assert.ok(tgz, 'npm pack made no tarball');
  return path.join(out, tgz);
}

test('npm pack, npm i in an empty folder, npx depeches build publishes two dispatches with their home page', { timeout: 600_000 }, () => {
  const tgz = pack();
  const archive = tempDir('archive');
  run('npm', ['init', '-y'], archive);
  run('npm', ['i', '--prefer-offline', '--no-audit', '--no-fund', tgz], archive);
  // The build's process loads compiled JavaScript: no TypeScript loader is even installed.
  for (const loader of ['tsx', 'esbuild', 'typescript']) assert.ok(!existsSync(path.join(archive, 'node_modules', loader)), `${loader} installed`);

  mkdirSync(path.join(archive, 'content'));
  for (const [name, text] of Object.entries(DISPATCHES)) writeFileSync(path.join(archive, 'content', name), text);
  const built = run('npx', ['depeches', 'build'], archive);
  assert.match(built.stdout, /2 dépêches lues, 2 publiées/);
  const site = path.join(archive, '_site');
  const home = readFileSync(path.join(site, 'index.html'), 'utf8');
  const links = [...home.matchAll(/<h2 class="dispatch-headline"><a href="([^"]+)"/g)].map((m) => m[1]!);
  assert.deepEqual(links.sort(), ['/2022/02/nantes-un-incendie-ravage-un-entrepot-du-port-pas/', '/2022/03/lyon-le-conseil-municipal-vote-un-plan-de/']);
  for (const href of links) assert.ok(existsSync(path.join(site, href, 'index.html')), href);
  assert.ok(existsSync(path.join(site, 'style.css')));
  assert.ok(existsSync(path.join(site, 'recherche', 'index.html')));

  // The archive's settings, and its own templates and static files laid over the shipped ones, file by file.
  writeFileSync(path.join(archive, 'depeches.config.json'), JSON.stringify({ title: 'La Gazette du port', url: 'https://gazette.example' }));
  mkdirSync(path.join(archive, 'templates'));
  writeFileSync(
    path.join(archive, 'templates', 'robots.njk'),
    '---\npermalink: /robots.txt\neleventyExcludeFromCollections: true\n---\nUser-agent: *\nDisallow: /recherche/\n',
  );
  mkdirSync(path.join(archive, 'public'));
  writeFileSync(path.join(archive, 'public', 'gazette.css'), 'body { color: navy; }\n');
  run('npx', ['depeches', 'build'], archive);
  assert.match(readFileSync(path.join(site, 'index.html'), 'utf8'), /<title>La Gazette du port<\/title>/);
  assert.equal(readFileSync(path.join(site, 'robots.txt'), 'utf8'), 'User-agent: *\nDisallow: /recherche/\n');
  assert.equal(readFileSync(path.join(site, 'gazette.css'), 'utf8'), 'body { color: navy; }\n');
  // What the archive did not override is still the shipped file.
  assert.equal(readFileSync(path.join(site, 'style.css'), 'utf8'), readFileSync(path.join(ROOT, 'public', 'style.css'), 'utf8'));

  // A mistake in the settings stops the build with a French sentence naming the key, not a stack trace.
  writeFileSync(path.join(archive, 'depeches.config.json'), JSON.stringify({ titel: 'La Gazette du port' }));
  const refused = spawnSync('npx', ['depeches', 'build'], { cwd: archive, encoding: 'utf8', env: cleanEnv });
  assert.equal(refused.status, 1, refused.stderr);
  assert.equal(
    refused.stderr.trim().split('\n').at(-1),
    'depeches.config.json : clé inconnue « titel » (voulait-on dire « title » ?) ; clés possibles : title, tagline, description, language, url, pathPrefix, publisher, homeCount, pageSize, feedCount',
  );
  assert.doesNotMatch(refused.stderr, /^\s+at /m);

  const help = run('npx', ['depeches', 'build', '--help'], archive);
  assert.ok(help.stdout.startsWith('usage : depeches build [OPTIONS]'), help.stdout);
});
