// npm start's live reload, with no websocket and no inline script: pages get
// `<script src="/.depeches/live-reload.js">` (allowed by the site's own
// Content-Security-Policy, `script-src 'self'`), which listens to server-sent
// events on /.depeches/events (`connect-src 'self'`) and reloads the page when
// a newer build is announced. The paths start with a dot: no file of the site
// can have them, since the server never serves a dot segment.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const LIVE_RELOAD_PATH = '/.depeches/';
const SCRIPT_PATH = `${LIVE_RELOAD_PATH}live-reload.js`;
const EVENTS_PATH = `${LIVE_RELOAD_PATH}events`;

// The first build number a page hears is the one it shows; a different one
// later (a new build, or a server started again) means reload. EventSource
// reconnects by itself when the server goes away and comes back.
const SCRIPT = `// npm start : recharge la page quand une nouvelle construction est publiée.
(() => {
  let shown;
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('build', (event) => {
    if (shown !== undefined && event.data !== shown) location.reload();
    shown = event.data;
  });
})();
`;

/** A browser keeps six connections per host: more than this is not a reader. */
const MAX_LISTENERS = 64;

export class LiveReload {
  readonly #listeners = new Set<ServerResponse>();
  // "run-n": n counts the builds published since the server started; the
  // run (its start time) makes the numbers of two runs differ.
  #build = `${Date.now().toString(36)}-0`;
  #count = 0;

  /** Answers the live-reload paths; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (!pathname.startsWith(LIVE_RELOAD_PATH)) return false;
    if (pathname === SCRIPT_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-length': Buffer.byteLength(SCRIPT) });
      res.end(req.method === 'HEAD' ? undefined : SCRIPT);
    } else if (pathname === EVENTS_PATH && req.method === 'HEAD') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end();
    } else if (pathname === EVENTS_PATH && this.#listeners.size < MAX_LISTENERS) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.write(`retry: 1000\n\n${this.#event()}`);
      this.#listeners.add(res);
      res.on('close', () => this.#listeners.delete(res));
    } else {
      res.writeHead(pathname === EVENTS_PATH ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    }
    return true;
  }

  /** The page with the reload script, in its head. */
  inject(html: string): string {
    const tag = `<script src="${SCRIPT_PATH}" defer></script>`;
    const head = html.search(/<\/head>/i);
    return head < 0 ? html + tag : html.slice(0, head) + tag + html.slice(head);
  }

  /** Tells every open page that a new build is published. */
  reload(): void {
    this.#build = `${this.#build.split('-')[0]}-${++this.#count}`;
    for (const res of this.#listeners) res.write(this.#event());
  }

  /** Ends the open event streams, so that the server can close. */
  close(): void {
    for (const res of this.#listeners) res.end();
    this.#listeners.clear();
  }

  #event(): string {
    return `event: build\ndata: ${this.#build}\n\n`;
  }
}
