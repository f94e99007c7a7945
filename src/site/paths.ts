// Where Dépêches's own files are, wherever it runs from: this repository
// (TypeScript through tsx, or compiled to dist/) or a copy installed under an
// archive's node_modules/. The archive's own files (content/, the settings,
// templates/ and public/ overriding the shipped ones) are in the folder a
// command runs in: see theme.ts and config.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The code's root: src/ under tsx, dist/src/ once compiled. */
export const CODE_ROOT = path.resolve(import.meta.dirname, '..');

function packageRoot(from: string): string {
  // src/ sits in the package's folder; dist/src/ one level deeper.
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(from);
  }
}

/** The package's folder: package.json, the shipped templates/, public/ and schema/. */
export const PACKAGE_ROOT = packageRoot(CODE_ROOT);

export const SHIPPED_TEMPLATES = path.join(PACKAGE_ROOT, 'templates');
export const SHIPPED_PUBLIC = path.join(PACKAGE_ROOT, 'public');
export const SCHEMAS = path.join(PACKAGE_ROOT, 'schema');

/** True when running the compiled JavaScript (dist/), false under tsx. */
export const COMPILED = import.meta.url.endsWith('.js');
