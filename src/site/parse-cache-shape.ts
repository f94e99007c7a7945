// Whether a value read back from the parse cache has the shape of the
// article it stands for: the fields the build and the templates read, of the
// types they expect, and the key it was stored under. The entry's hash
// already tells an altered entry; this tells data written by something else
// (another program, an older layout) that was never an article, so that it is
// parsed again instead of crashing the build or publishing nonsense.
import type { Article } from '../dispatch/article.ts';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isArrayOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);
const SEVERITIES = new Set(['error', 'warning', 'info']);

export function isArticleShaped(v: unknown, sha256: string): v is Article {
  if (!isObject(v)) return false;
  const { source, date, sections, entities, dateline } = v;
  return (
    isString(v.id) &&
    isString(v.slug) &&
    isString(v.url) &&
    v.url.startsWith('/') &&
    isObject(source) &&
    source.sha256 === sha256 &&
    isString(source.file) &&
    isString(source.encoding) &&
    isString(v.language) &&
    isObject(date) &&
    isString(date.value) &&
    isString(date.precision) &&
    isString(v.headline) &&
    isString(v.lede) &&
    isStringOrNull(v.title) &&
    isStringOrNull(v.priority) &&
    isStringOrNull(v.service) &&
    isStringOrNull(v.signature) &&
    typeof v.wordCount === 'number' &&
    (dateline === null || (isObject(dateline) && isString(dateline.place))) &&
    isArrayOf(v.keywords, isString) &&
    isArrayOf(sections, (s) => isObject(s) && isStringOrNull(s.title) && isArrayOf(s.paragraphs, isString)) &&
    isArrayOf(v.quotes, (q) => isObject(q) && isString(q.text) && isString(q.kind) && isStringOrNull(q.speaker)) &&
    isArrayOf(v.sources, (s) => isObject(s) && isString(s.name)) &&
    isObject(entities) &&
    isArrayOf(entities.people, isString) &&
    isArrayOf(entities.places, isString) &&
    isArrayOf(entities.organisations, isString) &&
    isArrayOf(v.diagnostics, (d) => isObject(d) && SEVERITIES.has(d.severity as string) && isString(d.message))
  );
}
