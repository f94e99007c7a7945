// Parsed dispatches kept between builds, keyed by the bytes' SHA-256 and by
// the parser's own version: an unchanged dispatch is never parsed twice, and
// any change to the parser's code (or its word lists) starts a new cache.
//
// Nothing read from the cache is trusted: a disk, a copy or a hand can alter
// it. Flipped bytes used to publish altered text without a word, or crash
// every later build; data of another shape failed every build until the
// folder was deleted. Each entry now carries a hash of its bytes, its key and
// the parser version, checked before the entry is read; what it holds must
// have an article's shape for that key. An entry that fails either is dropped
// and its dispatch parsed again. Saving is best effort: a cache that cannot
// be written costs the next build time, never this build its site.
import { createHash, hash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../dispatch/article.ts';
import { readRegularFile } from './content-files.ts';
import { systemFailure } from './failure.ts';
import { codeFiles, hashFiles } from './files-hash.ts';
import { processRunning } from './lock.ts';
import { isArticleShaped } from './parse-cache-shape.ts';

let version: string | null = null;

/** A hash of the parser's source files and of the libraries it calls. */
export function parserVersion(): string {
  if (version) return version;
  const hash = hashFiles(createHash('sha1'), codeFiles('dispatch'));
  version = hash.digest('hex').slice(0, 16);
  return version;
}

// The file: MAGIC, then one frame per entry: the key (the dispatch's SHA-256,
// 32 bytes), the payload's length (4 bytes, little-endian), the entry's check
// (32 bytes), the payload (the article, serialised by v8).
const MAGIC = Buffer.from('DEPECHES-CACHE-2');
const KEY = 32;
const HEAD = KEY + 4 + 32;

interface Entry {
  check: Buffer;
  payload: Buffer;
}

/** The check of an entry: its payload, its key and the parser's version, hashed together. */
export function entryCheck(key: Buffer, payload: Buffer): Buffer {
  return hash('sha256', Buffer.concat([Buffer.from(parserVersion()), key, payload]), 'buffer');
}

/** The entries of a cache file; whatever does not have the layout is left out. */
function readFrames(data: Buffer): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
  let at = MAGIC.length;
  while (at + HEAD <= data.length) {
    const length = data.readUInt32LE(at + KEY);
    const end = at + HEAD + length;
    // A length past the end (a cut or altered file): nothing further can be framed.
    if (end > data.length) break;
    entries.set(data.toString('hex', at, at + KEY), { check: data.subarray(at + KEY + 4, at + HEAD), payload: data.subarray(at + HEAD, end) });
    at = end;
  }
  return entries;
}

export class ParseCache {
  private readonly fresh = new Map<string, Entry>();
  /** Entries found altered or of another shape, dropped. */
  rejected = 0;

  private constructor(
    private readonly file: string,
    private readonly stored: Map<string, Entry>,
  ) {}

  static async open(dir: string): Promise<ParseCache> {
    const file = path.join(dir, `articles-${parserVersion()}.v8`);
    let stored = new Map<string, Entry>();
    try {
      // Not readFile: a pipe or a device in the file's place must not hang or flood the build.
      stored = readFrames(readRegularFile(file));
    } catch {
      // No cache yet, or one that cannot be read: start empty.
    }
    return new ParseCache(file, stored);
  }

  /** The article parsed from these bytes before, as a new object with this file's name; undefined if absent or not verified. */
  get(sha256: string, file: string): Article | undefined {
    const entry = this.stored.get(sha256);
    if (!entry) return undefined;
    this.stored.delete(sha256);
    const key = Buffer.from(sha256, 'hex');
    let article: unknown;
    try {
      if (key.length !== KEY || !entryCheck(key, entry.payload).equals(entry.check)) throw new Error('altered');
      article = deserialize(entry.payload);
    } catch {
      this.rejected++;
      return undefined;
    }
    if (!isArticleShaped(article, sha256)) {
      this.rejected++;
      return undefined;
    }
    this.fresh.set(sha256, entry);
    article.source.file = file;
    return article;
  }

  /** Record a fresh parse, before anything downstream changes the article. */
  set(article: Article): void {
    const payload = serialize(article);
    this.fresh.set(article.source.sha256, { check: entryCheck(Buffer.from(article.source.sha256, 'hex'), payload), payload });
  }

  /**
   * Keep what this build used (dispatches removed from content/ drop out);
   * older parser versions go. The entries are written into one buffer and let
   * go at once (the cache is spent: a build saves it once, when reading is
   * done): the build goes on while the file is written, and at 100,000
   * dispatches they are 330 MB that its pages would otherwise be rendered
   * beside. Never throws: a cache that cannot be saved is a warning (the
   * message returned), since the build's site does not depend on it.
   */
  async save(): Promise<string | null> {
    const data = this.frames();
    this.fresh.clear();
    this.stored.clear();
    const dir = path.dirname(this.file);
    // A name of its own: two builds (or a build and a check) saving at once
    // each write their own file, and the last rename wins, whole.
    const tmp = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dir, { recursive: true });
      // Other versions first: on a disk short of room, their space is what this write needs.
      await this.removeOthers(dir);
      // One write of the whole buffer: writeFile's 512 KiB pieces each wait
      // their turn behind the pages' own file operations.
      const handle = await open(tmp, 'w');
      try {
        let at = 0;
        while (at < data.length) at += (await handle.write(data, at, data.length - at)).bytesWritten;
      } finally {
        await handle.close();
      }
      await rename(tmp, this.file);
      return null;
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined);
      return `cache des dépêches analysées non enregistré (${systemFailure(error) ?? String(error)}) : le site est publié ; la prochaine construction analysera de nouveau chaque dépêche`;
    }
  }

  private frames(): Buffer {
    let size = MAGIC.length;
    for (const e of this.fresh.values()) size += HEAD + e.payload.length;
    const data = Buffer.allocUnsafe(size);
    let at = MAGIC.copy(data, 0);
    for (const [key, e] of this.fresh) {
      at += data.write(key, at, KEY, 'hex');
      at = data.writeUInt32LE(e.payload.length, at);
      at += e.check.copy(data, at);
      at += e.payload.copy(data, at);
    }
    return data;
  }

  /** Other parser versions' caches, and files left by saves that did not finish (their process is gone). */
  private async removeOthers(dir: string): Promise<void> {
    for (const name of await readdir(dir)) {
      const full = path.join(dir, name);
      const unfinished = /^articles-[0-9a-f]+\.v8\.(\d+)(?:-[0-9a-f]+)?\.tmp$/.exec(name);
      const stale = unfinished ? !processRunning(Number(unfinished[1])) : /^articles-[0-9a-f]+\.v8$/.test(name) && full !== this.file;
      if (stale) await rm(full, { force: true });
    }
  }
}
