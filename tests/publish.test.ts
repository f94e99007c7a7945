// What the build publishes, as the people around it see it: a web server
// running as another user reads it; a wrong or empty content folder does not
// wipe the archive; dispatches filed in subfolders are published, and links
// that lead out of content/ are not followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInto, ROOT, runCommand, tempDir, workspace } from './helpers/build.ts';
import { treeHash } from './helpers/tree.ts';

const CONTENT = path.join(ROOT, 'content');
const DISPATCHES = readdirSync(CONTENT).filter((f) => f.endsWith('.txt')).length;

const runCheck = (content: string) => runCommand('src/cli/check.ts', ['--content', content]);

/** Runs `command` as the unprivileged user nobody (uid 65534); null when the system cannot. */
function asNobody(command: string[]): { status: number | null; stderr: string } | null {
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  if (probe.error || probe.status !== 0) return null;
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', ...command], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

test('the published site is readable by another user (a web server, an rsync): folders 0755, files 0644', (t) => {
  const { dir, out } = workspace('modes');
  // The test's own folder is mkdtemp's 0700: open it as a project folder would be.
  chmodSync(dir, 0o755);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => {
      const full = path.join(d, n);
      return lstatSync(full).isDirectory() ? [full, ...walk(full)] : [full];
    });
  for (const p of [out, ...walk(out)]) {
    const mode = statSync(p).mode & 0o777;
    const want = statSync(p).isDirectory() ? 0o755 : 0o644;
    // The umask the test runs under (022) decides: nothing is kept from others.
    assert.equal(mode & want, want, `${path.relative(dir, p) || '_site'}: mode ${mode.toString(8)}`);
  }
  const page = path.join(out, '2021/11/laviation-syrienne-a-tue-pres-de-100-personnes/index.html');
  const bundle = readdirSync(path.join(out, 'pagefind')).find((y) => /^\d{4}$/.test(y))!;
  const reading = asNobody(['cat', path.join(out, 'index.html'), page, path.join(out, 'pagefind', bundle, 'pagefind.js')]);
  if (!reading) {
    t.skip('setpriv cannot switch to the user nobody here (apt-get install util-linux, and run the tests as root)');
    return;
  }
  assert.equal(reading.status, 0, `nobody cannot read the site: ${reading.stderr}`);
  // A rebuild (pages linked from the published site) keeps it so.
  writeFileSync(
    path.join(dir, 'content', 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche ajoutée après la première publication, a indiqué la rédaction.\n',
  );
  assert.equal(buildInto(path.join(dir, 'content'), out).status, 0);
  assert.equal(asNobody(['ls', path.join(out, '2024')])!.status, 0);
  assert.equal(asNobody(['cat', path.join(out, 'index.html'), page])!.status, 0);
});

const home = (out: string) => [...readFileSync(path.join(out, 'index.html'), 'utf8').matchAll(/class="dispatch-headline"/g)].length;
const noStack = (stderr: string) => assert.ok(!/^\s+at /m.test(stderr), `stack trace printed:\n${stderr}`);

test('an empty or wrong --content does not wipe the published archive unless --allow-shrink says so', () => {
  const { dir, out } = workspace('shrink');
  const before = treeHash(out);
  const empty = path.join(dir, 'vide');
  mkdirSync(empty);
  const refused = buildInto(empty, out);
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, new RegExp(`retirerait ${DISPATCHES} des ${DISPATCHES} dépêches publiées.*--allow-shrink`, 's'));
  noStack(refused.stderr);
  assert.equal(treeHash(out), before);
  assert.deepEqual(
    readdirSync(dir)
      .filter((f) => f !== '.depeches-cache')
      .sort(),
    ['_site', 'content', 'vide'],
  );
  // Told so, the build publishes the empty archive.
  const allowed = buildInto(empty, out, ['--allow-shrink']);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.match(allowed.stdout, /0 dépêche lue, 0 publiée/);
  assert.equal(home(out), 0);
  assert.ok(!existsSync(path.join(out, '2021')));
});

test('removing a few dispatches publishes; --keep-going over a mostly broken content/ is refused like an empty one', () => {
  const { content, out } = workspace('shrink-some');
  const names = readdirSync(content).sort();
  // Two of eight deleted: an editor's ordinary work.
  for (const name of names.slice(0, 2)) writeFileSync(path.join(content, name), '');
  const some = buildInto(content, out, ['--keep-going']);
  assert.equal(some.status, 0, some.stderr);
  assert.equal(home(out), DISPATCHES - 2);
  // Every file but one unreadable as a dispatch: --keep-going alone does not publish that.
  const before = treeHash(out);
  for (const name of names.slice(2, -1)) writeFileSync(path.join(content, name), 'pas de date ici, rien à publier.\n');
  const refused = buildInto(content, out, ['--keep-going']);
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, new RegExp(`retirerait ${DISPATCHES - 3} des ${DISPATCHES - 2} dépêches publiées`));
  assert.equal(treeHash(out), before);
  assert.equal(buildInto(content, out, ['--keep-going', '--allow-shrink']).status, 0);
  assert.equal(home(out), 1);
});

test('a missing --content folder, or a file given as one: a French message, exit 1, the site untouched', () => {
  const { dir, out } = workspace('missing-content');
  const before = treeHash(out);
  for (const [wrong, message] of [
    [path.join(dir, 'contenu'), /dossier des dépêches introuvable : .*contenu/],
    [path.join(dir, 'content', '2019-03-14-bordeaux-greve-tramway.txt'), /n'est pas un dossier/],
  ] as const) {
    for (const command of ['src/cli/build.ts', 'src/cli/check.ts']) {
      const r = command.endsWith('build.ts') ? buildInto(wrong, out, ['--allow-shrink']) : runCheck(wrong);
      assert.equal(r.status, 1, `${command}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /--content/);
      noStack(r.stderr);
    }
  }
  assert.equal(treeHash(out), before);
  assert.deepEqual(
    readdirSync(dir)
      .filter((f) => f !== '.depeches-cache')
      .sort(),
    ['_site', 'content'],
  );
});

test('dispatches in subfolders are published; links out of content/, broken or looping links and pipes are skipped with a warning naming them', () => {
  const { dir, content, out } = workspace('subfolders');
  const dispatch = (n: number) =>
    `date 2014-0${n}-02\nPARIS (AFP) - Dépêche numéro ${n} rangée dans un sous-dossier par la rédaction en chef, a-t-on appris.\n`;
  mkdirSync(path.join(content, '2014', 'juin'), { recursive: true });
  writeFileSync(path.join(content, '2014', 'depeche.txt'), dispatch(1));
  writeFileSync(path.join(content, '2014', 'juin', 'depeche.txt'), dispatch(2));
  mkdirSync(path.join(content, '.brouillons'));
  writeFileSync(path.join(content, '.brouillons', 'brouillon.txt'), dispatch(3));
  writeFileSync(path.join(dir, 'secret.txt'), 'date 2014-04-02\nPARIS (AFP) - Un fichier hors du dossier des dépêches, qui ne doit jamais être publié.\n');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(content, 'dehors.txt'));
  symlinkSync('..', path.join(content, 'parent'));
  symlinkSync('..', path.join(content, '2014', 'juin', 'boucle'));
  symlinkSync('auto.txt', path.join(content, 'auto.txt'));
  symlinkSync('nulle-part.txt', path.join(content, 'casse.txt'));
  symlinkSync(path.join('2014', 'depeche.txt'), path.join(content, 'alias.txt'));
  const fifo = spawnSync('mkfifo', [path.join(content, 'tube.txt')]);
  const built = buildInto(content, out);
  assert.equal(built.status, 0, built.stderr);
  assert.equal(home(out), DISPATCHES + 2);
  for (const n of [1, 2])
    assert.ok(
      readdirSync(path.join(out, `2014/0${n}`)).some((d) => d.startsWith(`depeche-numero-${n}-rangee`)),
      `dispatch ${n} not published`,
    );
  assert.ok(!existsSync(path.join(out, '2014/03')), 'a hidden folder was read');
  assert.ok(!existsSync(path.join(out, '2014/04')), 'a link out of content/ was followed');
  assert.match(built.stdout, new RegExp(`${DISPATCHES + 2} dépêches lues, ${DISPATCHES + 2} publiées`));
  assert.match(
    built.stderr,
    new RegExp(
      `content/dehors\\.txt {2}avertissement {2}lien symbolique vers ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/secret\\.txt, hors de content/ : ignoré.* {2}link-outside`,
    ),
  );
  assert.match(built.stderr, /content\/parent {2}avertissement {2}lien symbolique vers .*, hors de content\/ : ignoré/);
  assert.match(built.stderr, /content\/auto\.txt {2}avertissement {2}lien symbolique en boucle : ignoré {2}link-loop/);
  assert.match(built.stderr, /content\/casse\.txt {2}avertissement {2}lien symbolique cassé .* {2}link-broken/);
  if (fifo.status === 0) assert.match(built.stderr, /content\/tube\.txt {2}avertissement {2}ce n'est pas un fichier ordinaire .* {2}not-a-file/);
  // The link to a dispatch of content/ is that dispatch, read once: no duplicate.
  assert.doesNotMatch(built.stderr, /alias\.txt|duplicate/);
  assert.doesNotMatch(built.stderr, /juin\/boucle/);
  // Diagnostics name a file in a subfolder by its path in content/.
  writeFileSync(path.join(content, '2014', 'juin', 'sans-date.txt'), 'Un texte sans aucune date, rangé dans un sous-dossier.\n');
  const checked = runCheck(content);
  assert.equal(checked.status, 1);
  assert.match(checked.stdout, /content\/2014\/juin\/sans-date\.txt:1:1 {2}erreur {2}aucune date/);
});

test('an output folder inside content/ is not read back as dispatches', () => {
  const dir = tempDir('out-inside');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(content, 'site');
  for (let i = 0; i < 2; i++) {
    const built = buildInto(content, out);
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stdout, new RegExp(`^${DISPATCHES} dépêches lues`, 'm'));
  }
});

test('--out never replaces the dispatches, the project or a folder Dépêches did not make', () => {
  const { dir, content, out } = workspace('out-guard');
  const before = treeHash(content);
  const other = path.join(dir, 'photos');
  mkdirSync(other);
  writeFileSync(path.join(other, 'vacances.jpg'), 'pas un site');
  const file = path.join(dir, 'notes.txt');
  writeFileSync(file, 'un fichier');
  const cases: [string, RegExp][] = [
    [content, /contient le dossier des dépêches, le projet ou le dossier courant/],
    [dir, /contient le dossier des dépêches, le projet ou le dossier courant/],
    [ROOT, /contient le dossier des dépêches, le projet ou le dossier courant/],
    ['', /contient le dossier des dépêches, le projet ou le dossier courant/],
    ['/', /contient le dossier des dépêches, le projet ou le dossier courant/],
    [other, /photos existe, n'est pas vide et n'est pas un site fait par Dépêches/],
    [file, /notes\.txt existe et n'est pas un dossier/],
  ];
  for (const [target, message] of cases) {
    const r = buildInto(content, target, ['--allow-shrink']);
    assert.equal(r.status, 1, `--out ${target}: ${r.stderr}`);
    assert.match(r.stderr, message);
    noStack(r.stderr);
  }
  assert.equal(treeHash(content), before);
  assert.equal(readFileSync(path.join(other, 'vacances.jpg'), 'utf8'), 'pas un site');
  assert.equal(readFileSync(file, 'utf8'), 'un fichier');
  assert.ok(existsSync(path.join(ROOT, 'package.json')));
  // An empty folder is fine; a site Dépêches made is replaced.
  const empty = path.join(dir, 'vide');
  mkdirSync(empty);
  assert.equal(buildInto(content, empty).status, 0);
  assert.equal(buildInto(content, out).status, 0);
});

test('an output that is a symbolic link: the folder it points to is rebuilt, and the link stays', () => {
  const { dir, content, out } = workspace('out-link');
  const link = path.join(dir, 'public_html');
  symlinkSync(out, link);
  writeFileSync(
    path.join(content, 'nouvelle.txt'),
    'date 2024-01-02\nPARIS (AFP) - Une dépêche publiée à travers un lien vers le dossier du site, a indiqué la rédaction.\n',
  );
  const r = buildInto(content, link);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.ok(existsSync(path.join(out, '2024', '01')), 'the folder the link points to was not rebuilt');
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.includes('.tmp-') || f.startsWith('public_html.')),
    [],
  );
});

test('a published manifest of the wrong shape does not fail the build: everything is rendered again', () => {
  const { content, out } = workspace('manifest');
  // The true render version: a manifest that claims this very rendering, with the rest wrong.
  const v = JSON.stringify((JSON.parse(readFileSync(path.join(out, '.depeches-manifest.json'), 'utf8')) as { renderVersion: string }).renderVersion);
  const wrong = [
    `{"renderVersion": ${v}}`,
    `{"renderVersion": ${v}, "pages": 5, "years": {}, "listings": {}}`,
    `{"renderVersion": ${v}, "pages": {}, "years": null, "listings": {}}`,
    `{"renderVersion": ${v}, "pages": {}, "years": {}, "listings": []}`,
  ];
  for (const manifest of ['{}', '[]', 'null', 'pas du JSON', ...wrong]) {
    writeFileSync(path.join(out, '.depeches-manifest.json'), manifest);
    const r = buildInto(content, out);
    assert.equal(r.status, 0, `${manifest}: ${r.stderr}`);
    assert.equal(home(out), DISPATCHES);
  }
});

test('a site built once under a private umask becomes readable when rebuilt under 022 (reused pages too)', () => {
  const dir = tempDir('umask');
  const content = path.join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const out = path.join(dir, '_site');
  const build = (umask: string) =>
    spawnSync('sh', ['-c', `umask ${umask} && exec "$0" --import tsx src/cli/build.ts --content "$1" --out "$2"`, process.execPath, content, out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const first = build('077');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(statSync(path.join(out, 'index.html')).mode & 0o077, 0);
  const second = build('022');
  assert.equal(second.status, 0, second.stderr);
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (lstatSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]));
  for (const file of walk(out)) assert.equal(statSync(file).mode & 0o044, 0o044, `${path.relative(out, file)}: ${(statSync(file).mode & 0o777).toString(8)}`);
});
