// Which files of content/ are dispatches, and how to read one. Editors file
// dispatches in subfolders (content/2014/…): the whole tree is read, each file
// named by its path under content/. What must not be read is skipped with a
// message naming it: a link that leads out of content/ (publishing whatever
// it points to, /etc/passwd or another project's files, was one symlink
// away), a broken or looping link, a pipe or a device named .txt (reading a
// pipe waits forever). The walk never follows a link to a folder: the folders
// of content/ are each read once under their own name, and a link looping
// back to a parent cannot make the walk endless.
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../dispatch/article.ts';
import type { FileReport } from './content.ts';
import { systemFailure } from './failure.ts';

export const readDispatchFile = (file: string): Buffer => readRegularFile(file);

export interface ListedFile {
  /** Path under the content folder, with forward slashes: 2014/x.txt */
  rel: string;
  /** What to read: the file itself, or where its link points (inside content/). */
  read: string;
}

export interface Listing {
  files: ListedFile[];
  /** A message for each thing skipped that an editor may have meant as a dispatch. */
  notices: FileReport[];
}

/** Hidden files and folders (.git, .obsidian), editors' lock or backup files (~$x.txt), installed packages. */
const ignored = (name: string) => name.startsWith('.') || name.startsWith('~') || name === 'node_modules';
const isDispatchName = (name: string) => name.toLowerCase().endsWith('.txt');

/**
 * Every dispatch under `contentDir`, sorted by path. `exclude`: absolute paths
 * never read (the site's output folder and its temporary siblings, when
 * --out lies inside content/).
 */
export function listContent(contentDir: string, label: (rel: string) => string, exclude: string[] = []): Listing {
  const root = realpathSync(contentDir);
  const files: ListedFile[] = [];
  const notices: FileReport[] = [];
  const note = (rel: string, severity: Diagnostic['severity'], message: string, rule: string) =>
    notices.push({ file: label(rel), diagnostics: [{ severity, message, rule }], notice: true });
  const excludedReal = exclude.map(realPathOf);
  const excluded = (full: string) => excludedReal.some((e) => full === e || full.startsWith(`${e}.`) || full.startsWith(`${e}${path.sep}`));
  const inside = (real: string) => {
    const rel = path.relative(root, real);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  // Real paths of the dispatches read as they are: a link to one of them is the same dispatch, read once.
  const real = new Set<string>();
  const links: { rel: string; target: string }[] = [];

  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      note(
        prefix.replace(/\/$/, ''),
        'error',
        `dossier illisible : ${systemFailure(error) ?? String(error)} ; ses dépêches ne peuvent pas être lues`,
        'folder-unreadable',
      );
      return;
    }
    for (const e of entries) {
      if (ignored(e.name)) continue;
      const full = path.join(dir, e.name);
      const rel = `${prefix}${e.name}`;
      if (excluded(full)) continue;
      if (e.isDirectory()) walk(full, `${rel}/`);
      else if (e.isFile()) {
        // The walk starts from the folder's real path and never enters a
        // link: `full` is a real path already.
        if (isDispatchName(e.name)) {
          files.push({ rel, read: full });
          real.add(full);
        }
      } else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') note(rel, 'warning', 'lien symbolique en boucle : ignoré', 'link-loop');
          else if (code === 'ENOENT') note(rel, 'warning', "lien symbolique cassé (sa cible n'existe pas) : ignoré", 'link-broken');
          else note(rel, 'warning', `lien symbolique illisible : ${systemFailure(error) ?? String(error)} ; ignoré`, 'link-unreadable');
          continue;
        }
        if (!inside(target)) {
          note(
            rel,
            'warning',
            `lien symbolique vers ${target}, hors de ${path.basename(root)}/ : ignoré (copier le fichier dans le dossier des dépêches pour le publier)`,
            'link-outside',
          );
          continue;
        }
        let kind: 'file' | 'folder' | 'other';
        try {
          const s = statSync(target);
          kind = s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
        } catch {
          kind = 'other';
        }
        // A link to a folder of content/: that folder is read under its own name.
        if (kind === 'folder') continue;
        if (kind === 'file' && isDispatchName(e.name)) links.push({ rel, target });
        else if (isDispatchName(e.name)) note(rel, 'warning', "lien vers autre chose qu'un fichier : ignoré", 'not-a-file');
      } else if (isDispatchName(e.name)) {
        note(rel, 'warning', "ce n'est pas un fichier ordinaire (tube, socket, périphérique) : ignoré", 'not-a-file');
      }
    }
  };
  walk(root, '');
  for (const link of links) {
    if (real.has(link.target)) continue;
    real.add(link.target);
    files.push({ rel: link.rel, read: link.target });
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  notices.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, notices };
}

/** The real path of a file that may not exist yet (the output folder before the first build). */
function realPathOf(p: string): string {
  try {
    return path.join(realpathSync(path.dirname(path.resolve(p))), path.basename(p));
  } catch {
    return path.resolve(p);
  }
}

/**
 * A dispatch's bytes. The file is opened without following a link and
 * without waiting (a file swapped for a link or a pipe since it was listed is
 * refused, not followed or waited on), and must still be a regular file.
 * The build's own small files (the lock, the parse cache) are read the same
 * way: a pipe or a device put in their place must not hang or flood it.
 */
export function readRegularFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(`${file}: not a regular file`), { code: 'EINVAL' });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
