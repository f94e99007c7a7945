// One place for what the site says about itself: depeches.config.json in the
// archive's folder (where the command runs), with SITE_URL and PATH_PREFIX
// from the environment winning.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configProblems } from './config-schema.ts';
import { PACKAGE_ROOT } from './paths.ts';

export interface SiteConfig {
  title: string;
  tagline: string;
  description: string;
  language: string;
  /** Absolute URL of the published site, without the path prefix: canonical links, feeds, sitemap. */
  url: string;
  /** Where the site is served from, e.g. "/" or "/depeches/". */
  pathPrefix: string;
  publisher: { name: string; url: string };
  /** How many dispatches the home page lists. */
  homeCount: number;
  /** Dispatches per page on month and name pages. */
  pageSize: number;
  /** Dispatches in each feed. */
  feedCount: number;
  /**
   * Set as a meta tag on every page. Scripts only from the site itself, and
   * WebAssembly for Pagefind's search; nothing from elsewhere.
   */
  contentSecurityPolicy: string;
  /** Pages editors write, linked from every page's footer (set by the build from content/pages/). */
  footerPages?: { href: string; title: string }[];
}

/** The package's own folder (paths.ts); the name is kept for the modules that import it. */
export const PROJECT_ROOT = PACKAGE_ROOT;

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A depeches.config.json that cannot be used: its message names the file and each bad key, in French. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The settings file, checked against schema/depeches.config.schema.json; none: every default. */
function readConfigFile(file: string): Partial<SiteConfig> {
  if (!existsSync(file)) return {};
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${shown} : JSON illisible (${error instanceof Error ? error.message : String(error)}) ; vérifier les guillemets et les virgules`);
  }
  const problems = configProblems(value);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `${shown} : ${p}`).join('\n'));
  return value as Partial<SiteConfig>;
}

export function siteConfig(env: NodeJS.ProcessEnv = process.env, file = path.join(process.cwd(), 'depeches.config.json')): SiteConfig {
  const fromFile = readConfigFile(file);
  const url = (env.SITE_URL ?? fromFile.url ?? 'http://localhost:8080').replace(/\/+$/, '');
  return {
    title: fromFile.title ?? 'Dépêches',
    tagline: fromFile.tagline ?? "Les archives du fil d'agence",
    description: fromFile.description ?? "Archive des dépêches d'agence.",
    language: fromFile.language ?? 'fr',
    url,
    pathPrefix: normalisePrefix(env.PATH_PREFIX ?? fromFile.pathPrefix ?? '/'),
    publisher: fromFile.publisher ?? { name: fromFile.title ?? 'Dépêches', url: `${url}/` },
    homeCount: fromFile.homeCount ?? 50,
    pageSize: fromFile.pageSize ?? 50,
    feedCount: fromFile.feedCount ?? 50,
    contentSecurityPolicy: [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      // Pagefind's highlighting sets style attributes; no stylesheet comes from elsewhere.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
  };
}

/** The absolute URL of a site path ("/2021/11/x/"), prefix included. */
export function absoluteUrl(site: SiteConfig, sitePath: string): string {
  return site.url + site.pathPrefix.replace(/\/$/, '') + sitePath;
}
