/**
 * Ordering of hits and the selection of one page. Relevance ties are broken by name, distance
 * ties by relevance and then name, so every order is total and pages never overlap.
 */
import type { CentreQuery } from "../port";
import type { IntList } from "./lists";

type Columns = { score: Float32Array; distance: Float64Array; nameRank: Int32Array; hasDistance: boolean };
export type Compare = (a: number, b: number) => number;

export function compareFor(sort: NonNullable<CentreQuery["sort"]>, { score, distance, nameRank, hasDistance }: Columns): Compare {
  const byName: Compare = (a, b) => nameRank[a]! - nameRank[b]!;
  const byScore: Compare = (a, b) => score[b]! - score[a]! || byName(a, b);
  if (sort === "name") return byName;
  if (sort === "distanz" && hasDistance) return (a, b) => distance[a]! - distance[b]! || byScore(a, b);
  return byScore;
}

/** The first `k` slots in order: a bounded insertion buffer, since k is small next to the hit count. */
export function topK(hits: IntList, k: number, compare: Compare): number[] {
  const { data, length } = hits;
  if (k <= 0) return [];
  if (k * 8 >= length) return Array.from(data.subarray(0, length)).sort(compare).slice(0, k);
  const best: number[] = [];
  for (let index = 0; index < length; index++) {
    const slot = data[index]!;
    if (best.length === k && compare(slot, best[k - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(slot, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, slot);
    if (best.length > k) best.pop();
  }
  return best;
}
