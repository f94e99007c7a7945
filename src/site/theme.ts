// The templates and static files a build uses: the ones Dépêches ships, with
// the archive's own `templates/` and `public/` (in the folder the command
// runs in) laid over them file by file, as an Eleventy or Hugo theme is
// overridden: an archive that only wants its own `_includes/base.njk` or
// `style.css` writes that one file. Without overrides the shipped folders are
// used where they are.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SHIPPED_PUBLIC, SHIPPED_TEMPLATES } from './paths.ts';

export interface Theme {
  templates: string;
  public: string;
}

/** The archive's folders that may override the shipped ones (those that exist), for `start` to watch. */
export function themeSources(projectDir = process.cwd()): string[] {
  const own = [path.join(projectDir, 'templates'), path.join(projectDir, 'public')].filter((d) => existsSync(d));
  const shipped = [SHIPPED_TEMPLATES, SHIPPED_PUBLIC].filter((d) => !own.includes(d));
  return [...own, ...shipped];
}

let merged: string | null = null;
let current: Theme | null = null;

/**
 * The theme for this build, made again at each call (`start` rebuilds after a
 * template changed). Overrides are merged into a temporary folder, removed
 * when the process ends.
 */
export function prepareTheme(projectDir = process.cwd()): Theme {
  const own = { templates: path.join(projectDir, 'templates'), public: path.join(projectDir, 'public') };
  // In this repository the archive's folders are the shipped ones.
  const overrides = (['templates', 'public'] as const).filter(
    (k) => existsSync(own[k]) && path.resolve(own[k]) !== (k === 'templates' ? SHIPPED_TEMPLATES : SHIPPED_PUBLIC),
  );
  if (overrides.length === 0) {
    current = { templates: SHIPPED_TEMPLATES, public: SHIPPED_PUBLIC };
    return current;
  }
  if (!merged) {
    merged = mkdtempSync(path.join(tmpdir(), 'depeches-theme-'));
    const made = merged;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const theme = { templates: path.join(merged, 'templates'), public: path.join(merged, 'public') };
  for (const k of ['templates', 'public'] as const) {
    rmSync(theme[k], { recursive: true, force: true });
    cpSync(k === 'templates' ? SHIPPED_TEMPLATES : SHIPPED_PUBLIC, theme[k], { recursive: true });
    if (overrides.includes(k)) cpSync(own[k], theme[k], { recursive: true, force: true });
  }
  current = theme;
  return current;
}

/** The theme the last `prepareTheme` made (made now if none was). */
export function currentTheme(): Theme {
  return current ?? prepareTheme();
}
