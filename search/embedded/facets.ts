/**
 * Facet counts over all hits of a query, counted into typed arrays indexed by value id.
 * Only values that occur among the hits are returned (as Meilisearch does).
 */
import type { CentreResults, Facet } from "../port";
import type { IntList } from "./lists";
import { FLAG_ANONYM, FLAG_BARRIEREFREI, type DocumentStore, type ValueField } from "./store";

export function countFacets(store: DocumentStore, hits: IntList, facets: readonly Facet[]): CentreResults["facets"] {
  const result: CentreResults["facets"] = {};
  for (const facet of new Set(facets)) {
    switch (facet) {
      case "themen":
      case "kanaele":
      case "sprachen":
      case "verband":
        result[facet] = countValues(store[facet], hits);
        break;
      case "barrierefrei":
        result[facet] = countFlag(store.flags, FLAG_BARRIEREFREI, hits);
        break;
      case "anonym":
        result[facet] = countFlag(store.flags, FLAG_ANONYM, hits);
        break;
    }
  }
  return result;
}

function countValues(field: ValueField, hits: IntList): Record<string, number> {
  const counts = new Int32Array(field.values.length);
  const { data, length } = hits;
  for (let index = 0; index < length; index++) {
    const ids = field.perSlot[data[index]!];
    if (ids) for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  }
  const record: Record<string, number> = {};
  counts.forEach((count, id) => {
    if (count > 0) record[field.values[id]!] = count;
  });
  return record;
}

function countFlag(flags: Uint8Array, flag: number, hits: IntList): Record<string, number> {
  let yes = 0;
  const { data, length } = hits;
  for (let index = 0; index < length; index++) if (flags[data[index]!]! & flag) yes++;
  const record: Record<string, number> = {};
  if (yes > 0) record.true = yes;
  if (length - yes > 0) record.false = length - yes;
  return record;
}
