// franc's answer, computed faster. franc 6 scores a text by counting its
// trigrams in a plain object keyed by freshly cut strings and sorting them,
// then looks each one up in every candidate language's object: a quarter of a
// dispatch's parse. The answer only needs, per language, the sum over distinct
// trigrams of |count − rank − 1| (300 when the language lacks the trigram), so
// here trigrams are numbers (three UTF-16 units), those the candidates know
// are counted in typed arrays, and scored against franc's own models
// (`franc/data.js`) and script expressions (`franc/expressions.js`). The same
// text gives the same code as `franc(text, { only, minLength })`:
// tests/language-guess.test.ts checks it.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

// franc's constants (franc/index.js).
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * Three UTF-16 units as one number: a small integer when each is below 1024
 * (every Latin, Cyrillic and Arabic letter), which V8 hashes fastest; past
 * 2^30 otherwise, so the two ranges never meet.
 */
function key(a: number, b: number, c: number): number {
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 2 ** 30 + (a * 0x10000 + b) * 0x10000 + c;
}

/** The trigrams of the candidate languages, numbered, with each language's rank for each (−1: absent). */
interface Models {
  languages: string[];
  index: Map<number, number>;
  ranks: Int16Array[];
  /** Scratch for `closest`: a count per numbered trigram (left at zero), and the trigrams seen. */
  counts: Int32Array;
  seen: Int32Array;
}

function modelsOf(languages: Record<string, string>, only: readonly string[]): Models {
  // franc's order: the languages of a script as its data lists them.
  const allowed = Object.keys(languages).filter((language) => only.includes(language));
  const index = new Map<number, number>();
  const lists = allowed.map((language) => languages[language]!.split('|'));
  for (const list of lists) {
    for (const t of list) {
      // A text's trigrams are three units long; any other entry never matches.
      if (t.length !== 3) continue;
      const k = key(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      if (!index.has(k)) index.set(k, index.size);
    }
  }
  const ranks = lists.map((list) => {
    const rank = new Int16Array(index.size).fill(-1);
    // From the end, so that a repeated trigram keeps its lowest rank, as franc's object does.
    for (let r = list.length - 1; r >= 0; r--) {
      const t = list[r]!;
      if (t.length === 3) rank[index.get(key(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)))!] = r;
    }
    return rank;
  });
  return { languages: allowed, index, ranks, counts: new Int32Array(index.size), seen: new Int32Array(index.size) };
}

function count(value: string, expression: RegExp): number {
  return value.match(expression)?.length ?? 0;
}

/** The script with the largest share of the text, the first on a tie (franc's getTopScript). */
function topScript(value: string): { script: string; share: number } {
  // Scripts are disjoint sets of characters (tests/language-guess.test.ts
  // checks it for Latin), so Latin on more than half the text has the
  // largest share whatever the others count: most dispatches stop here.
  const latin = count(value, expressions.Latin!);
  if (latin > value.length / 2) return { script: 'Latin', share: latin / value.length };
  let best = -1;
  let script = '';
  for (const name in expressions) {
    const share = (name === 'Latin' ? latin : count(value, expressions[name]!)) / value.length || 0;
    if (share > best) {
      best = share;
      script = name;
    }
  }
  return { script, share: best };
}

/** trigram-utils' clean(), then franc's padding: the text whose trigrams are counted. */
function cleaned(value: string): string {
  // Whitespace runs become one space; a lone space is left alone rather than rewritten.
  return (
    ' ' +
    value
      .replace(/[\u0021-\u0040]+/g, ' ')
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
      .toLowerCase() +
    ' '
  );
}

/**
 * The candidate with the smallest distance to the text's trigrams, the
 * earlier on a tie as in franc's stable sort. A trigram no candidate knows
 * adds the same to every distance and cannot change the order: only the
 * known ones are counted, by their number in `index`.
 */
function closest(text: string, models: Models): string {
  const { languages, index, ranks, counts, seen } = models;
  let distinct = 0;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let t = 2; t < text.length; t++) {
    const c = text.charCodeAt(t);
    const i = index.get(key(a, b, c));
    a = b;
    b = c;
    if (i === undefined) continue;
    if (counts[i] === 0) seen[distinct++] = i;
    counts[i]!++;
  }
  const distances = new Float64Array(languages.length);
  for (let s = 0; s < distinct; s++) {
    const i = seen[s]!;
    const count = counts[i]!;
    counts[i] = 0;
    for (let l = 0; l < ranks.length; l++) {
      const rank = ranks[l]![i]!;
      distances[l]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (distances[l]! < distances[best]!) best = l;
  return languages[best]!;
}

/** A guesser for a fixed set of ISO 639-3 codes: `guess(text)` is `franc(text, { only, minLength })`. */
export function languageGuesser(only: readonly string[], minLength: number): (text: string) => string {
  const models = new Map<string, Models>();
  for (const script in data) models.set(script, modelsOf(data[script]!, only));
  return (input: string) => {
    if (!input || input.length < minLength) return 'und';
    const value = input.slice(0, MAX_LENGTH);
    const { script, share } = topScript(value);
    const candidates = models.get(script);
    // A script franc has no trigrams for stands for one language, which `only` must allow.
    if (!candidates) return share !== 0 && only.includes(script) ? script : 'und';
    if (candidates.languages.length === 0) return 'und';
    return closest(cleaned(value), candidates);
  };
}
