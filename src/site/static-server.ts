// The local web server over a built site: npm start, the browser tests and the
// audit. It answers every request and no request can end it; it serves only
// regular files inside the site's folder, as their real path (symlinks
// resolved) says, never a dot file; `dir/` serves dir/index.html, what is
// missing the site's 404.html with status 404; GET and HEAD only. The folder
// is looked up again on each request, since a build swaps a new one in under
// the same name. `send` (Express's) streams the files, with ranges and
// conditional requests; the checks before it are ours, since it follows
// symlinks and compares paths by their start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import send from 'send';
import { siteConfig } from './config.ts';
import type { LiveReload } from './live-reload.ts';

export interface SiteServerOptions {
  /** The built site (the output folder). */
  root: string;
  /** Where the site is mounted: "/" or "/depeches/". */
  prefix?: string;
  /** The site's policy (the one its pages carry in a meta tag). */
  contentSecurityPolicy: string;
  /** The address the server listens on: on loopback, only local host names are answered. */
  host?: string;
  liveReload?: LiveReload;
  /** Told of a request that failed in an unexpected way (the server goes on). */
  onError?: (error: unknown) => void;
}

const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::', '[::]']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function createSiteServer(options: SiteServerOptions): Server {
  const prefix = options.prefix ?? '/';
  const headers = {
    // What a meta tag cannot say: who may frame the page, no type sniffing.
    'content-security-policy': `${options.contentSecurityPolicy}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-resource-policy': 'same-origin',
    // A local server shows the latest build: pages are checked again each time.
    'cache-control': 'no-cache',
  };
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    respond(req, res, options, prefix).catch((error: unknown) => {
      options.onError?.(error);
      if (res.headersSent) res.destroy();
      else plain(req, res, 500, 'erreur du serveur');
    });
  });
}

/** The site in `dir` on a free loopback port, for tests and the audit. */
export async function serveStatic(dir: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createSiteServer({ root: dir, prefix, contentSecurityPolicy: siteConfig().contentSecurityPolicy, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, options: SiteServerOptions, prefix: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return plain(req, res, 405, 'méthode non permise : GET ou HEAD seulement');
  }
  // A page elsewhere whose name leads here (DNS rebinding) is not a reader of this server.
  if (!hostAllowed(req.headers.host, options.host))
    return plain(req, res, 403, "nom d'hôte non reconnu : ouvrir le site par http://localhost ou http://127.0.0.1");
  const url = requestUrl(req.url ?? '');
  if (!url) return plain(req, res, 400, 'adresse invalide');
  if (options.liveReload?.handle(req, res, url.pathname)) return;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return plain(req, res, 400, 'adresse invalide');
  }
  if (decoded.includes('\0')) return plain(req, res, 400, 'adresse invalide');
  if (`${decoded}/` === prefix) return redirect(res, prefix + url.search);
  if (!decoded.startsWith(prefix)) return notFound(req, res, options);
  // A backslash separates as a slash would (on Windows it does); a dot
  // segment or a dot file is never served.
  const segments = decoded
    .slice(prefix.length)
    .split(/[\\/]/)
    .filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return notFound(req, res, options);
  const found = await locate(options.root, segments, decoded.endsWith('/') || segments.length === 0);
  if (found === 'redirect') return redirect(res, prefix + segments.map(encodeURIComponent).join('/') + '/' + url.search);
  if (!found) return notFound(req, res, options);
  if (options.liveReload && found.file.endsWith('.html')) {
    const page = await readFile(found.file, 'utf8').catch(() => null);
    return page === null ? notFound(req, res, options) : html(req, res, 200, options.liveReload.inject(page));
  }
  const relative = path.relative(found.root, found.file).split(path.sep).map(encodeURIComponent).join('/');
  send(req, `/${relative}`, { root: found.root, index: false, dotfiles: 'allow', cacheControl: false })
    .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      // The file went between the check and the read (a build swapped the site in).
      if (res.headersSent) res.destroy();
      else if (error.status === 404) void notFound(req, res, options).catch(() => res.destroy());
      else {
        // A range past the end (416) says the file's length in Content-Range.
        for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
        plain(req, res, error.status ?? 500, 'requête impossible sur ce fichier');
      }
    })
    .pipe(res);
}

/**
 * The request's target as a URL: a path (origin form, `//` kept as a path,
 * not read as a host) or an absolute http(s) URL; anything else is refused.
 * Dot segments, plain or encoded as %2e, are resolved within the site.
 */
function requestUrl(target: string): URL | null {
  try {
    if (target.startsWith('/')) return new URL(`http://site${target}`);
    if (/^https?:\/\//i.test(target)) return new URL(target);
  } catch {
    // fall through: not a URL
  }
  return null;
}

function hostAllowed(header: string | undefined, bound: string | undefined): boolean {
  if (bound === undefined || WILDCARD_HOSTS.has(bound)) return true;
  // HTTP/1.0 may send no host; an HTTP/1.1 request without one Node refuses itself.
  if (header === undefined) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${header}`).hostname;
  } catch {
    return false;
  }
  const own = bound.includes(':') && !bound.startsWith('[') ? `[${bound}]` : bound;
  return LOOPBACK_NAMES.has(hostname) || hostname.endsWith('.localhost') || hostname === own.toLowerCase();
}

interface Found {
  root: string;
  file: string;
}

/**
 * The regular file the segments name inside `root`, by real paths: a symlink
 * inside the site that points out of it is not followed out. A folder is
 * served as its index.html, at its address with a final slash.
 */
async function locate(root: string, segments: string[], folder: boolean): Promise<Found | 'redirect' | null> {
  const realRoot = await realpath(root).catch(() => null);
  if (!realRoot) return null;
  let file = await inside(realRoot, path.join(realRoot, ...segments));
  if (!file) return null;
  // The file may go between two calls: a build swaps the site in.
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!folder) return 'redirect';
    file = await inside(realRoot, path.join(file, 'index.html'));
    if (!file) return null;
    info = await stat(file).catch(() => null);
  } else if (folder && segments.length > 0) {
    return null;
  }
  // Not a pipe, a socket or a device: reading one would hang or never end.
  return info?.isFile() ? { root: realRoot, file } : null;
}

/** The real path of `candidate` when it exists and lies inside `realRoot`. */
async function inside(realRoot: string, candidate: string): Promise<string | null> {
  const real = await realpath(candidate).catch(() => null);
  if (!real) return null;
  const relative = path.relative(realRoot, real);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative)) ? real : null;
}

async function notFound(req: IncomingMessage, res: ServerResponse, options: SiteServerOptions): Promise<void> {
  const page = await locate(options.root, ['404.html'], false).catch(() => null);
  const body = page && page !== 'redirect' ? await readFile(page.file, 'utf8').catch(() => null) : null;
  if (body === null) return plain(req, res, 404, 'page introuvable');
  html(req, res, 404, options.liveReload ? options.liveReload.inject(body) : body);
}

function html(req: IncomingMessage, res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  const body = `${status} ${text}\n`;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location, 'content-length': 0 });
  res.end();
}
