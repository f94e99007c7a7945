// Parsed dispatches kept between builds, keyed by the bytes' SHA-256 and by
// the parser's own version: an unchanged dispatch is never parsed twice, and
// any change to the parser's code (or its word lists) starts a new cache.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../dispatch/article.ts';
import { codeFiles, hashFiles } from './files-hash.ts';

let version: string | null = null;

/** A hash of the parser's source files and of the libraries it calls. */
export function parserVersion(): string {
  if (version) return version;
  const hash = hashFiles(createHash('sha1'), codeFiles('dispatch'));
  version = hash.digest('hex').slice(0, 16);
  return version;
}

export class ParseCache {
  private readonly fresh = new Map<string, Buffer>();

  private constructor(
    private readonly file: string,
    private readonly stored: Map<string, Buffer>,
  ) {}

  static async open(dir: string): Promise<ParseCache> {
    const file = path.join(dir, `articles-${parserVersion()}.v8`);
    let stored = new Map<string, Buffer>();
    try {
      stored = deserialize(await readFile(file)) as Map<string, Buffer>;
    } catch {
      // No cache yet, or one from another parser: start empty.
    }
    return new ParseCache(file, stored);
  }

  /** The article parsed from these bytes before, as a new object with this file's name. */
  get(sha256: string, file: string): Article | undefined {
    const buffer = this.stored.get(sha256);
    if (!buffer) return undefined;
    this.fresh.set(sha256, buffer);
    const article = deserialize(buffer) as Article;
    article.source.file = file;
    return article;
  }

  /** Record a fresh parse, before anything downstream changes the article. */
  set(article: Article): void {
    this.fresh.set(article.source.sha256, serialize(article));
  }

  /**
   * Keep what this build used (dispatches removed from content/ drop out);
   * older parser versions go. The entries are serialised and let go at once
   * (the cache is spent: a build saves it once, when reading is done): the
   * build goes on while the file is written, and at 100,000 dispatches they
   * are 330 MB that its pages would otherwise be rendered beside.
   */
  async save(): Promise<void> {
    const data = serialize(this.fresh);
    this.fresh.clear();
    this.stored.clear();
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (name.startsWith('articles-') && path.join(dir, name) !== this.file) await rm(path.join(dir, name), { force: true });
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
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
  }
}
