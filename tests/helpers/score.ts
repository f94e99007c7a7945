// Scores parsed articles against expectations written by hand: quotes
// (text and kind), speakers, sources, entities, and exact structure fields.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/dispatch/article.ts';
import { decodeDispatch } from '../../src/dispatch/decode.ts';
import { parseDispatch } from '../../src/dispatch/parse.ts';

export interface Expected {
  encoding?: string;
  date: { value: string; precision: string };
  dateline: { place: string; country: string | null; date: string | null; agency: string | null } | null;
  title: string | null;
  headline?: string;
  lede?: string;
  priority: string | null;
  service: string | null;
  keywords: string[];
  signature: string | null;
  language: string;
  sectionTitles: (string | null)[];
  warnings?: string[];
  quotes: { text: string; kind: 'speech' | 'term'; speaker: string | null }[];
  sources: { name: string; acronym?: string | null; type?: string }[];
  entities: { people: string[]; places: string[]; organisations: string[] };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function normText(s: string): string {
  return fold(s)
    .replace(/['’]/g, ' ')
    .replace(/[^\p{L}\d%]+/gu, ' ')
    .trim();
}

const DETERMINER = /^(?:le|la|les|l|un|une|des|du|de|d|ses|son|sa|leur|leurs|the|a|an|el|los|las|su|sus|plusieurs)\s+/;
export function normName(s: string | null): string {
  if (s === null) return '';
  let n = normText(s);
  let previous: string;
  do {
    previous = n;
    n = n.replace(DETERMINER, '');
  } while (n !== previous);
  return n;
}

function sameText(a: string, b: string): boolean {
  const x = normText(a);
  const y = normText(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length / long.length >= 0.85;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const prf = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export interface Score {
  files: number;
  quotes: Counts;
  speakers: { right: number; total: number };
  sources: Counts;
  entities: Record<'people' | 'places' | 'organisations', Counts>;
  fields: Record<string, { right: number; total: number }>;
  misses: string[];
}

function matchSets<T, U>(
  expected: T[],
  predicted: U[],
  same: (e: T, p: U) => boolean,
  c: Counts,
  label: (x: T | U) => string,
  misses: string[],
  where: string,
) {
  const used = new Set<number>();
  const pairs: [T, U][] = [];
  for (const e of expected) {
    const i = predicted.findIndex((p, k) => !used.has(k) && same(e, p));
    if (i === -1) {
      c.fn++;
      misses.push(`${where}: missed ${label(e)}`);
    } else {
      used.add(i);
      c.tp++;
      pairs.push([e, predicted[i]!]);
    }
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) {
      c.fp++;
      misses.push(`${where}: extra ${label(p)}`);
    }
  });
  return pairs;
}

export function parseFixture(file: string): Article {
  const { text, encoding, sha256 } = decodeDispatch(readFileSync(file));
  return parseDispatch(text, path.basename(file), { encoding, sha256 });
}

export function scoreCorpus(dir: string): Score {
  const score: Score = {
    files: 0,
    quotes: counts(),
    speakers: { right: 0, total: 0 },
    sources: counts(),
    entities: { people: counts(), places: counts(), organisations: counts() },
    fields: {},
    misses: [],
  };
  const field = (name: string, ok: boolean, where: string, detail: string) => {
    const f = (score.fields[name] ??= { right: 0, total: 0 });
    f.total++;
    if (ok) f.right++;
    else score.misses.push(`${where}: ${name} ${detail}`);
  };
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const expected = JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const a = parseFixture(path.join(dir, name));
    score.files++;
    const eq = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
    field('date', eq({ value: a.date.value, precision: a.date.precision }, expected.date), name, `${JSON.stringify(a.date)}`);
    field('dateline', eq(a.dateline, expected.dateline), name, `${JSON.stringify(a.dateline)}`);
    field('title', a.title === expected.title, name, `${JSON.stringify(a.title)}`);
    if (expected.headline !== undefined) field('headline', a.headline === expected.headline, name, JSON.stringify(a.headline));
    if (expected.lede !== undefined) field('lede', a.lede === expected.lede, name, JSON.stringify(a.lede));
    if (expected.encoding !== undefined) field('encoding', a.source.encoding === expected.encoding, name, a.source.encoding);
    field('priority', a.priority === expected.priority, name, `${a.priority}`);
    field('service', a.service === expected.service, name, `${a.service}`);
    field('keywords', eq(a.keywords, expected.keywords), name, JSON.stringify(a.keywords));
    field('signature', a.signature === expected.signature, name, `${a.signature}`);
    field('language', a.language === expected.language, name, a.language);
    field(
      'sections',
      eq(
        a.sections.map((s) => s.title),
        expected.sectionTitles,
      ),
      name,
      JSON.stringify(a.sections.map((s) => s.title)),
    );
    for (const w of expected.warnings ?? [])
      field(
        'warnings',
        a.diagnostics.some((d) => d.rule === w),
        name,
        `no ${w}`,
      );
    field('no errors', !a.diagnostics.some((d) => d.severity === 'error'), name, JSON.stringify(a.diagnostics));

    const pairs = matchSets(
      expected.quotes,
      a.quotes,
      (e, p) => sameText(e.text, p.text) && e.kind === p.kind,
      score.quotes,
      (q) => `quote [${q.kind}] «${q.text.slice(0, 60)}»`,
      score.misses,
      name,
    );
    for (const [e, p] of pairs) {
      if (e.kind !== 'speech') continue;
      score.speakers.total++;
      if (normName(e.speaker) === normName(p.speaker)) score.speakers.right++;
      else score.misses.push(`${name}: speaker of «${e.text.slice(0, 40)}» is ${JSON.stringify(p.speaker)}, expected ${JSON.stringify(e.speaker)}`);
    }
    matchSets(
      expected.sources,
      a.sources,
      (e, p) => normName(e.name) === normName(p.name) || (!!e.acronym && e.acronym === p.acronym),
      score.sources,
      (s) => `source ${s.name}`,
      score.misses,
      name,
    );
    for (const kind of ['people', 'places', 'organisations'] as const) {
      matchSets(
        expected.entities[kind],
        a.entities[kind],
        (e, p) => normName(e) === normName(p),
        score.entities[kind],
        (x) => `${kind} ${x}`,
        score.misses,
        name,
      );
    }
  }
  return score;
}

export function report(title: string, s: Score): string {
  const pct = (x: number) => x.toFixed(3);
  const q = prf(s.quotes);
  const src = prf(s.sources);
  const lines = [
    `${title}: ${s.files} dispatches`,
    `  quotes    P ${pct(q.p)}  R ${pct(q.r)}  F1 ${pct(q.f1)}  (${s.quotes.tp} right, ${s.quotes.fp} extra, ${s.quotes.fn} missed)`,
    `  speakers  accuracy ${pct(s.speakers.right / Math.max(1, s.speakers.total))}  (${s.speakers.right}/${s.speakers.total})`,
    `  sources   P ${pct(src.p)}  R ${pct(src.r)}  F1 ${pct(src.f1)}  (${s.sources.tp} right, ${s.sources.fp} extra, ${s.sources.fn} missed)`,
  ];
  for (const kind of ['people', 'places', 'organisations'] as const) {
    const e = prf(s.entities[kind]);
    lines.push(`  ${kind.padEnd(13)} P ${pct(e.p)}  R ${pct(e.r)}  F1 ${pct(e.f1)}`);
  }
  lines.push(
    '  fields    ' +
      Object.entries(s.fields)
        .map(([k, v]) => `${k} ${v.right}/${v.total}`)
        .join(', '),
  );
  return lines.join('\n');
}
