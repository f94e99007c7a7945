// Failures the person running the build can do something about (a full disk,
// a read-only folder, a wrong --content, Pagefind's process gone): said in
// French, with the path and what to do, and printed without a stack trace.
// Anything else is a defect of Dépêches and keeps its stack trace.
import path from 'node:path';

export class BuildFailure extends Error {
  override name = 'BuildFailure';
}

/** What the system's error codes mean, and what to do about each. */
const CAUSES: Record<string, [string, string]> = {
  ENOSPC: ['disque plein', 'libérer de la place sur ce disque puis relancer'],
  EDQUOT: ['quota de disque atteint', 'libérer de la place (ou demander un quota plus grand) puis relancer'],
  EFBIG: ['fichier trop grand pour ce système de fichiers', 'choisir un autre disque'],
  EROFS: ['système de fichiers en lecture seule', 'choisir un dossier où écrire (--out) ou remonter ce disque en écriture'],
  EACCES: ['accès refusé', 'vérifier les droits de ce dossier (ou lancer la commande sous le bon utilisateur)'],
  EPERM: ['opération non permise', 'vérifier les droits et les attributs de ce dossier'],
  ENOENT: ['introuvable', 'vérifier le chemin'],
  ENOTDIR: ["un élément du chemin n'est pas un dossier", 'vérifier le chemin'],
  EISDIR: ['un dossier se trouve là où un fichier est attendu', 'vérifier le chemin'],
  ENAMETOOLONG: ['chemin trop long', 'choisir un chemin plus court'],
  ELOOP: ['trop de liens symboliques', 'vérifier les liens du chemin'],
  EMFILE: ['trop de fichiers ouverts', 'relancer (ou augmenter la limite : ulimit -n)'],
  ENFILE: ['trop de fichiers ouverts sur le système', 'relancer une fois la machine moins chargée'],
  EIO: ["erreur d'entrée-sortie du disque", 'vérifier le disque'],
  EBUSY: ['ressource occupée', 'relancer'],
  EXDEV: ['sortie et dossier voisin sur deux disques', 'choisir un dossier de sortie sur un seul disque'],
};

/** A path as the person who typed the command reads it best: relative to where they are if inside it, else absolute. */
export function shownPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(p);
}

/**
 * A system error (ENOSPC, EACCES, …) in French, naming the path: "disque
 * plein (_site.tmp-…/2021/11/x/index.html) : libérer de la place…". Null for
 * an error that is not a system error.
 */
export function systemFailure(error: unknown, folder?: string): string | null {
  const found = systemError(error);
  if (!found) return null;
  const { code, path: where, dest } = found;
  // Some writes fail without saying which file (a stream, a library's own
  // error): the folder being written is named instead.
  if (where === undefined && folder !== undefined) return systemFailure({ code, path: folder });
  const [cause, advice] = CAUSES[code] ?? [`erreur système ${code}`, 'relancer ; si cela se répète, vérifier le disque et les droits'];
  const paths = [where, dest].filter((p): p is string => typeof p === 'string').map(shownPath);
  return `${cause}${paths.length > 0 ? ` (${paths.join(' → ')})` : ''} : ${advice}`;
}

type SystemError = { code: string; path?: string; dest?: string };

/** The system error (ENOSPC, EACCES, …) behind `error`, looked for in the errors that libraries wrap it in (Eleventy's, `cause`). */
function systemError(error: unknown, depth = 0): SystemError | null {
  if (typeof error !== 'object' || error === null || depth > 5) return null;
  const e = error as { code?: unknown; path?: unknown; dest?: unknown; cause?: unknown; originalError?: unknown };
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    return { code: e.code, path: typeof e.path === 'string' ? e.path : undefined, dest: typeof e.dest === 'string' ? e.dest : undefined };
  }
  return systemError(e.originalError, depth + 1) ?? systemError(e.cause, depth + 1);
}

/** The message for a failure the user can act on, or null for a defect (keep its stack trace). */
export function describeFailure(error: unknown): string | null {
  if (error instanceof BuildFailure) return error.message;
  return systemFailure(error);
}

/** A system error met while writing into `folder`, as a failure naming at least that folder; other errors as they are. */
export function writingInto(error: unknown, folder: string): unknown {
  const message = error instanceof BuildFailure ? null : systemFailure(error, folder);
  return message === null ? error : new BuildFailure(message);
}
