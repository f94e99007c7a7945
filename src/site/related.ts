// Related dispatches: those sharing the most distinctive names. Each shared
// person, place, organisation or keyword counts by how rare it is in the
// archive (a dispatch about Raqa relates to others about Raqa more than to
// every dispatch that names France). Candidates come from an inverted index,
// so the cost follows the names, not the square of the archive.
import type { Article } from '../dispatch/article.ts';
import { fold } from '../dispatch/dates.ts';
import { dateInstant } from './french-date.ts';

const WEIGHT = { people: 2, organisations: 1.5, places: 1, keywords: 1 } as const;
// Names in more dispatches than this say little about relatedness.
const TOO_COMMON = 2000;

function features(a: Article): [string, number][] {
  const out: [string, number][] = [];
  for (const p of a.entities.people) out.push([`p:${fold(p)}`, WEIGHT.people]);
  for (const o of a.entities.organisations) out.push([`o:${fold(o)}`, WEIGHT.organisations]);
  for (const l of a.entities.places) out.push([`l:${fold(l)}`, WEIGHT.places]);
  for (const k of a.keywords) out.push([`k:${fold(k)}`, WEIGHT.keywords]);
  return out;
}

/** For each article (by index), the indexes of up to `limit` related ones. */
export function relatedArticles(articles: Article[], limit = 5): number[][] {
  const postings = new Map<string, number[]>();
  const feats = articles.map(features);
  feats.forEach((fs, i) => {
    for (const [f] of fs) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      if (list.at(-1) !== i) list.push(i);
    }
  });
  const n = articles.length;
  const times = articles.map((a) => dateInstant(a.date).getTime());
  return feats.map((fs, i) => {
    const scores = new Map<number, number>();
    for (const [f, w] of fs) {
      const list = postings.get(f)!;
      if (list.length <= 1 || list.length > TOO_COMMON) continue;
      const idf = Math.log(1 + n / list.length);
      for (const j of list) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + w * idf);
    }
    const time = (k: number) => Math.abs(times[k]! - times[i]!);
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || time(a[0]) - time(b[0])).map(([j]) => j);
    return ranked.slice(0, limit);
  });
}
