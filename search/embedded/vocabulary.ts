/**
 * The term dictionary: every folded word, compound part and stem of the index, plus synonym keys
 * (so that a typo in "Alkohl" still reaches the synonym "Sucht").
 *
 * - Prefix lookup: term ids sorted by term; a prefix is a contiguous range found by binary
 *   search. Terms added after the last sort (upserts) sit in a short unsorted tail that is
 *   scanned linearly and merged once it grows.
 * - Typo candidates: terms bucketed by length; within the length window a 32-bit letter mask
 *   rejects most terms with two integer operations (an edit changes at most one letter of each
 *   side), and a bounded Damerau-Levenshtein distance (optimal string alignment, early exit)
 *   decides the rest.
 */
const TAIL_LIMIT = 512;

export class Vocabulary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private sorted: number[] = [];
  private tail: number[] = [];
  private readonly byLength: number[][] = [];
  private masks = new Int32Array(1024);
  private row0 = new Int32Array(64);
  private row1 = new Int32Array(64);
  private row2 = new Int32Array(64);

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  add(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    this.tail.push(id);
    (this.byLength[term.length] ??= []).push(id);
    if (id >= this.masks.length) {
      const masks = new Int32Array(this.masks.length * 2);
      masks.set(this.masks);
      this.masks = masks;
    }
    this.masks[id] = letterMask(term);
    return id;
  }

  /** Sorts pending terms into the prefix index; called after bulk builds and when the tail grows. */
  seal(): void {
    if (this.tail.length === 0) return;
    const terms = this.terms;
    this.sorted = [...this.sorted, ...this.tail].sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    this.tail = [];
  }

  private lowerBound(prefix: string): number {
    const terms = this.terms;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[this.sorted[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Calls `visit` for every term that starts with `prefix` and is longer than it; returns how many. */
  forEachWithPrefix(prefix: string, limit: number, visit: (id: number) => void): number {
    if (this.tail.length > TAIL_LIMIT) this.seal();
    const terms = this.terms;
    const low = this.lowerBound(prefix);
    let count = 0;
    for (let index = low; index < this.sorted.length && count < limit; index++) {
      const id = this.sorted[index]!;
      const term = terms[id]!;
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length) {
        visit(id);
        count++;
      }
    }
    for (const id of this.tail) {
      const term = terms[id]!;
      if (count < limit && term.length > prefix.length && term.startsWith(prefix)) {
        visit(id);
        count++;
      }
    }
    return count;
  }

  /** Terms within `maxDistance` edits of `token` (never the token itself), with their distance. */
  typoCandidates(token: string, maxDistance: number): Array<{ id: number; distance: number }> {
    const found: Array<{ id: number; distance: number }> = [];
    const mask = letterMask(token);
    for (let length = Math.max(1, token.length - maxDistance); length <= token.length + maxDistance; length++) {
      const bucket = this.byLength[length];
      if (!bucket) continue;
      for (const id of bucket) {
        const other = this.masks[id]!;
        if (popcount(mask & ~other) > maxDistance || popcount(other & ~mask) > maxDistance) continue;
        const term = this.terms[id]!;
        if (term === token) continue;
        const distance = this.distance(token, term, maxDistance);
        if (distance <= maxDistance) found.push({ id, distance });
      }
    }
    return found;
  }

  /**
   * Terms longer than `token` that begin with a typo'd form of it ("erziehungsbertung" →
   * "erziehungsberatungsstelle"), for as-you-type queries. The first three letters must be right:
   * that keeps the scan to one small range of the sorted terms.
   */
  prefixTypoCandidates(token: string, maxDistance: number): Array<{ id: number; distance: number }> {
    if (this.tail.length > TAIL_LIMIT) this.seal();
    const found: Array<{ id: number; distance: number }> = [];
    const head = token.slice(0, 3);
    const mask = letterMask(token);
    const consider = (id: number) => {
      const term = this.terms[id]!;
      if (term.length <= token.length || term.startsWith(token)) return;
      if (popcount(mask & ~this.masks[id]!) > maxDistance) return;
      const distance = this.distance(token, term, maxDistance, true);
      if (distance <= maxDistance) found.push({ id, distance });
    };
    for (let index = this.lowerBound(head); index < this.sorted.length; index++) {
      const id = this.sorted[index]!;
      if (!this.terms[id]!.startsWith(head)) break;
      consider(id);
    }
    for (const id of this.tail) if (this.terms[id]!.startsWith(head)) consider(id);
    return found;
  }

  /**
   * Optimal string alignment distance, or maxDistance + 1 as soon as it must exceed the bound.
   * With `prefix`, the distance of `a` to the closest prefix of `b`.
   */
  private distance(a: string, b: string, maxDistance: number, prefix = false): number {
    const n = b.length;
    if (n + 1 > this.row0.length) {
      this.row0 = new Int32Array(n * 2);
      this.row1 = new Int32Array(n * 2);
      this.row2 = new Int32Array(n * 2);
    }
    let previous2 = this.row0;
    let previous = this.row1;
    let current = this.row2;
    for (let j = 0; j <= n; j++) previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
      current[0] = i;
      let rowMin = i;
      const ca = a.charCodeAt(i - 1);
      for (let j = 1; j <= n; j++) {
        const cb = b.charCodeAt(j - 1);
        let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, previous2[j - 2]! + 1);
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (rowMin > maxDistance) return maxDistance + 1;
      const recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    if (!prefix) return previous[n]!;
    let best = maxDistance + 1;
    for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
    return best;
  }
}

function letterMask(term: string): number {
  let mask = 0;
  for (let index = 0; index < term.length; index++) {
    const code = term.charCodeAt(index);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return mask;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
