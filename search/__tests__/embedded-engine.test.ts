/**
 * Unit tests of the embedded engine's parts, each against a slow, obviously right reference:
 * typo candidates against a full edit-distance scan, the geo grid against brute-force haversine,
 * top-k against a full sort, incremental updates against a fresh build.
 */
import { describe, expect, it } from "vitest";
import { EmbeddedIndex } from "../embedded/engine";
import { cellsAround, haversineKm } from "../embedded/geo";
import { IntList } from "../embedded/lists";
import { topK } from "../embedded/rank";
import { Vocabulary } from "../embedded/vocabulary";
import type { CentreDocument, CentreQuery } from "../port";
import { FACETS } from "../port";
import { goldenCorpus } from "./golden/corpus";
import { ORTE } from "./fixtures";

function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const WORDS = ["beratung", "beratungen", "bertung", "schuldner", "schulden", "sucht", "suche", "sicht", "drogen", "drohen", "leipzig", "leibzig", "munchen", "munster", "koln", "kiel", "stelle", "stellen", "strasse", "04109", "04103"];

describe("Vocabulary", () => {
  const vocabulary = new Vocabulary();
  for (const word of WORDS) vocabulary.add(word);
  vocabulary.seal();

  it.each(["beratung", "schuldnr", "leipzgi", "munchn", "suchte", "04108", "xyz"])("finds exactly the terms within the typo bound of %s", (token) => {
    for (const bound of [1, 2]) {
      const found = vocabulary.typoCandidates(token, bound).map(({ id, distance }) => [vocabulary.terms[id], distance]);
      const expected = WORDS.filter((word) => word !== token && osa(token, word) <= bound).map((word) => [word, osa(token, word)]);
      expect(found.sort()).toEqual(expected.sort());
    }
  });

  it("lists terms by prefix, including terms added after sealing", () => {
    vocabulary.add("beratungsstelle");
    const found: string[] = [];
    vocabulary.forEachWithPrefix("berat", 100, (id) => found.push(vocabulary.terms[id]!));
    expect(found.sort()).toEqual(["beratung", "beratungen", "beratungsstelle"]);
  });

  it("finds typo'd prefixes with the first three letters right", () => {
    const found = vocabulary.prefixTypoCandidates("beratnug", 2).map(({ id }) => vocabulary.terms[id]);
    expect(found.sort()).toEqual(["beratungen", "beratungsstelle"]);
    expect(vocabulary.prefixTypoCandidates("vberatung", 2)).toEqual([]);
  });
});

describe("geo grid", () => {
  it("never misses a point within the radius", () => {
    const points = goldenCorpus.map((document) => document.geo).filter((geo) => geo !== null);
    for (const center of Object.values(ORTE)) {
      for (const km of [5, 30, 120]) {
        const cells = new Set(cellsAround(center, km));
        for (const point of points) {
          if (haversineKm(center, point) <= km) {
            const key = cellsAround(point, 0)![0]!;
            expect(cells.has(key), `${center.ort} ${km} km`).toBe(true);
          }
        }
      }
    }
  });
});

describe("topK", () => {
  it("equals the head of a full sort for every k", () => {
    const values = Array.from({ length: 500 }, (_, index) => (index * 7919) % 211);
    const hits = new IntList();
    values.forEach((_, slot) => hits.push(slot));
    const compare = (a: number, b: number) => values[a]! - values[b]! || a - b;
    const full = [...values.keys()].sort(compare);
    for (const k of [0, 1, 5, 20, 62, 63, 499, 500, 600]) expect(topK(hits, k, compare)).toEqual(full.slice(0, k));
  });
});

describe("EmbeddedIndex", () => {
  const queries: CentreQuery[] = [
    {},
    { text: "Schuldnerberatung", facets: [...FACETS] },
    { text: "Sucht Leipzig" },
    { text: "Drogen" },
    { thema: "schulden", umkreis: { lat: ORTE.koeln.lat, lng: ORTE.koeln.lng, km: 200 }, facets: [...FACETS] },
    { text: "Beratung", sort: "name", offset: 10, limit: 15 },
  ];
  const renamed = (document: CentreDocument, round: number): CentreDocument => ({ ...document, name: `${document.name} Runde ${round}` });

  it("answers after upserts and removals exactly as a fresh build of the same documents", () => {
    const incremental = new EmbeddedIndex(goldenCorpus);
    let current = goldenCorpus;
    // Ten rounds of renames leave 1,300 tombstones, which forces at least one compaction.
    for (let round = 1; round <= 10; round++) {
      current = current.map((document) => renamed(document, round));
      incremental.upsert(current);
    }
    const removed = current.filter((_, index) => index % 5 === 0).map((document) => document.id);
    incremental.remove(removed);
    current = current.filter((document) => !removed.includes(document.id));
    const fresh = new EmbeddedIndex(current);
    expect(incremental.size).toBe(current.length);
    for (const query of queries) expect(incremental.search(query), JSON.stringify(query)).toEqual(fresh.search(query));
    const names = incremental.search({ text: "Runde", limit: 500 }).hits.map((hit) => hit.name);
    expect(names).toHaveLength(current.length);
    expect(names.every((name) => name.endsWith(" Runde 10"))).toBe(true);
  });

  it("matches brute-force haversine in radius searches", () => {
    const index = new EmbeddedIndex(goldenCorpus);
    for (const center of [ORTE.leipzig, ORTE.essen, ORTE.muenchen]) {
      for (const km of [10, 40, 250]) {
        const result = index.search({ umkreis: { lat: center.lat, lng: center.lng, km }, limit: 500 });
        const expected = goldenCorpus.filter((document) => document.bundesweit || (document.geo && haversineKm(center, document.geo) <= km)).map((d) => d.id);
        expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.sort());
        const distances = result.hits.map((hit) => hit.distanzKm ?? Infinity);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
      }
    }
  });
});
