// HTTP as an attacker writes it: raw bytes on a socket (no client to clean
// the path up), and the hostile requests every server of ours must survive.
import { connect, createServer } from 'node:net';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Sends `request` as it is (bytes included) and reads the answer until the server closes. */
export function rawRequest(port: number, request: string | Buffer, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? socket.destroy() : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8'),
      });
    });
    // Written, not ended: Node's server drops a request whose sender has
    // half-closed; `Connection: close` makes the server close after answering.
    socket.write(request);
    // A guard against a server that never answers (then the status is 0).
    socket.setTimeout(20_000, () => socket.destroy());
  });
}

/** A GET (or another method) of `target` exactly as written, the connection closed after it. */
export function get(port: number, target: string, { method = 'GET', host = '127.0.0.1', extra = '' } = {}): Promise<RawResponse> {
  return rawRequest(port, `${method} ${target} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n${extra}\r\n`);
}

/** What no answer may ever contain: the neighbours' marker, the system's password file. */
export const SECRET = 'SECRET-';
export const PASSWD = /root:.*:0:0:/;

/**
 * Beside `out` (the site's folder) and inside it, what a server must not
 * serve: neighbour folders whose names start like the site's, a dot file,
 * symlinks that leave the site, a pipe. Returns what it made.
 */
export function plantSecrets(out: string): { fifo: boolean } {
  const parent = path.dirname(out);
  const name = path.basename(out);
  writeFileSync(path.join(parent, `${name}.secret.txt`), `${SECRET}neighbour`);
  for (const sibling of [`${name}.old-1`, `${name}.tmp-x`]) {
    mkdirSync(path.join(parent, sibling), { recursive: true });
    writeFileSync(path.join(parent, sibling, 'index.html'), `${SECRET}${sibling}`);
  }
  writeFileSync(path.join(parent, 'dehors.txt'), `${SECRET}outside`);
  writeFileSync(path.join(out, '.cache.txt'), `${SECRET}dotfile`);
  symlinkSync(path.join(parent, 'dehors.txt'), path.join(out, 'lien.txt'));
  symlinkSync(parent, path.join(out, 'lien-dossier'));
  symlinkSync('/etc', path.join(out, 'systeme'));
  symlinkSync('index.html', path.join(out, 'lien-interne.html'));
  const fifo = spawnSync('mkfifo', [path.join(out, 'tube')]).status === 0;
  return { fifo };
}

export interface HostileCase {
  what: string;
  /** The raw request, or a target for a GET. */
  request: string | { target: string; method?: string; host?: string };
  /** Statuses that are a right answer. */
  ok: number[];
  /** Refused by Node's HTTP parser before any code of ours runs (so without our headers). */
  byParser?: boolean;
}

const LONG = 'a'.repeat(100_000);

export const HOSTILE: HostileCase[] = [
  { what: 'encoded traversal ..%2f to /etc/passwd', request: { target: '/..%2f..%2f..%2f..%2fetc%2fpasswd' }, ok: [400, 404] },
  { what: 'encoded traversal %2e%2e%2f', request: { target: '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd' }, ok: [400, 404] },
  { what: 'encoded dots with plain slashes', request: { target: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd' }, ok: [400, 404] },
  { what: 'plain ../ (no client cleaning)', request: { target: '/../../../../etc/passwd' }, ok: [400, 404] },
  { what: 'mixed case %2E%2e', request: { target: '/%2E%2e%2F_site.secret.txt' }, ok: [400, 404] },
  { what: 'neighbour file sharing the prefix', request: { target: '/%2e%2e%2f_site.secret.txt' }, ok: [400, 404] },
  { what: 'neighbour ..%2f', request: { target: '/..%2f_site.secret.txt' }, ok: [400, 404] },
  { what: 'old site beside it', request: { target: '/%2e%2e%2f_site.old-1%2findex.html' }, ok: [400, 404] },
  { what: 'temporary site beside it', request: { target: '/..%2f_site.tmp-x/index.html' }, ok: [400, 404] },
  { what: 'double-encoded traversal', request: { target: '/%252e%252e%252f_site.secret.txt' }, ok: [400, 404] },
  { what: 'triple-encoded traversal', request: { target: '/%25252e%25252e%25252f_site.secret.txt' }, ok: [400, 404] },
  { what: 'backslashes', request: { target: '/..\\..\\_site.secret.txt' }, ok: [400, 404] },
  { what: 'encoded backslashes', request: { target: '/..%5c_site.secret.txt' }, ok: [400, 404] },
  { what: 'overlong UTF-8 dot-dot-slash', request: { target: '/%c0%ae%c0%ae%c0%af_site.secret.txt' }, ok: [400, 404] },
  { what: 'lone %', request: { target: '/%' }, ok: [400] },
  { what: 'truncated escape', request: { target: '/%E0%A4%A' }, ok: [400] },
  { what: 'invalid UTF-8 escape', request: { target: '/%ff' }, ok: [400] },
  { what: 'encoded NUL', request: { target: '/%00' }, ok: [400] },
  { what: 'encoded NUL before an extension', request: { target: '/index.html%00.txt' }, ok: [400] },
  {
    what: 'raw NUL byte in the request line',
    request: 'GET /index.html\0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    ok: [400],
    byParser: true,
  },
  { what: 'URL of 100,000 characters', request: { target: `/${LONG}` }, ok: [400, 414, 431], byParser: true },
  { what: 'file name of 5,000 characters', request: { target: `/${'b'.repeat(5000)}` }, ok: [404] },
  { what: '2,000 nested segments', request: { target: '/x'.repeat(2000) }, ok: [404] },
  { what: 'absolute URL in the request line, traversal', request: { target: 'http://127.0.0.1/../../../etc/passwd' }, ok: [400, 404] },
  { what: 'absolute URL naming another host', request: { target: 'http://evil.example/%2e%2e%2f_site.secret.txt' }, ok: [400, 404] },
  { what: 'file: URL in the request line', request: { target: 'file:///etc/passwd' }, ok: [400, 404] },
  { what: 'asterisk target', request: { target: '*' }, ok: [400, 404, 405] },
  { what: 'protocol-relative path', request: { target: '//etc/passwd' }, ok: [400, 404] },
  { what: 'symlink to a file outside', request: { target: '/lien.txt' }, ok: [404] },
  { what: 'symlink to a folder outside', request: { target: '/lien-dossier/_site.secret.txt' }, ok: [404] },
  { what: 'symlink to /etc', request: { target: '/systeme/passwd' }, ok: [404] },
  { what: 'dot file', request: { target: '/.cache.txt' }, ok: [404] },
  { what: 'encoded dot file', request: { target: '/%2ecache.txt' }, ok: [404] },
  { what: 'named pipe', request: { target: '/tube' }, ok: [404] },
  { what: 'POST', request: { target: '/', method: 'POST' }, ok: [405] },
  { what: 'PUT', request: { target: '/index.html', method: 'PUT' }, ok: [405] },
  { what: 'DELETE', request: { target: '/index.html', method: 'DELETE' }, ok: [405] },
  { what: 'OPTIONS', request: { target: '/', method: 'OPTIONS' }, ok: [405] },
  { what: 'TRACE', request: { target: '/', method: 'TRACE' }, ok: [405] },
  { what: 'made-up method', request: { target: '/', method: 'BREW' }, ok: [400, 405], byParser: true },
  { what: 'Host of another site (DNS rebinding)', request: { target: '/', host: 'evil.example' }, ok: [403, 421] },
  { what: 'malformed Host', request: { target: '/', host: 'a b' }, ok: [400, 403] },
  { what: 'not HTTP at all', request: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n', ok: [0, 400], byParser: true },
];

export async function send(port: number, c: HostileCase): Promise<RawResponse> {
  if (typeof c.request === 'string') return rawRequest(port, c.request);
  const r = c.request;
  if (r.host !== undefined) return rawRequest(port, `${r.method ?? 'GET'} ${r.target} HTTP/1.1\r\nHost: ${r.host}\r\nConnection: close\r\n\r\n`);
  return get(port, r.target, { method: r.method ?? 'GET' });
}
