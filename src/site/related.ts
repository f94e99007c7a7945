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
  const lists = new Map<string, number[]>();
  const feats = articles.map(features);
  feats.forEach((fs, i) => {
    for (const [f] of fs) {
      let list = lists.get(f);
      if (!list) lists.set(f, (list = []));
      if (list.at(-1) !== i) list.push(i);
    }
  });
  const n = articles.length;
  // Typed arrays and a flat loop: tens of millions of postings are visited at 10,000 dispatches.
  const postings = new Map<string, Int32Array>();
  for (const [f, list] of lists) postings.set(f, Int32Array.from(list));
  const times = Float64Array.from(articles, (a) => dateInstant(a.date).getTime());
  // One score array reused for every article; only the touched entries are reset.
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  return feats.map((fs, i) => {
    let count = 0;
    for (const [f, w] of fs) {
      const list = postings.get(f)!;
      if (list.length <= 1 || list.length > TOO_COMMON) continue;
      const idf = w * Math.log(1 + n / list.length);
      for (let k = 0; k < list.length; k++) {
        const j = list[k]!;
        if (j === i) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j]! += idf;
      }
    }
    // The best `limit`, closest in time on ties, by one pass over the touched.
    const at = times[i]!;
    const best: number[] = [];
    const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && Math.abs(times[a]! - at) < Math.abs(times[b]! - at));
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      if (best.length < limit) best.push(j);
      else if (better(j, best[best.length - 1]!)) best[best.length - 1] = j;
      else continue;
      for (let k = best.length - 1; k > 0 && better(best[k]!, best[k - 1]!); k--) [best[k], best[k - 1]] = [best[k - 1]!, best[k]!];
    }
    for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
    return best;
  });
}
