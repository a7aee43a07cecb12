/**
 * Index settings of the centre index. The Meilisearch adapter applies `centreIndexSettings`
 * idempotently at start (compare, then update); the embedded engine reads the same word lists
 * (synonyms.de.ts, stopwords.de.ts, compound-parts.de.ts) directly.
 *
 * Meilisearch searches the `such_*` attributes: per source field the folded words, their compound
 * parts and stems, written by the adapter (see adapters/meilisearch-mapping.ts). Queries are sent
 * in the same analysed form, so both engines agree on umlauts, compounds and inflection.
 */
import type { Settings } from "meilisearch";
import { SEARCH_FIELDS } from "./fields";
import { foldGerman, queryTokens, stem } from "../normalize";
import type { Facet } from "../port";
import { STOP_WORDS } from "./stopwords.de";
import { SYNONYM_RULES } from "./synonyms.de";

export const CENTRES_INDEX = "beratungsstellen";

export const SEARCHABLE_ATTRIBUTES = SEARCH_FIELDS.map((field) => `such_${field}`);

/** Port facet → Meilisearch attribute. */
export const FACET_ATTRIBUTES: Record<Facet, string> = {
  themen: "themen",
  kanaele: "kanaele",
  sprachen: "sprachen",
  verband: "traeger.verband",
  barrierefrei: "barrierefrei",
  anonym: "anonym",
};

/** A query word as sent to Meilisearch: folded, and stemmed where the stem is long enough. */
export function analysedQueryWord(token: string): string {
  const stemmed = stem(token);
  return stemmed.length >= 4 ? stemmed : token;
}

/** The synonym rules in the analysed form of queries ("Drogen" → "drog"); one way, like the rules. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const rule of SYNONYM_RULES) {
    const targets = rule.findet.map((target) => queryTokens(target.replace(/-/g, " ")).map(analysedQueryWord).join(" "));
    for (const word of rule.woerter) {
      const key = queryTokens(word).map(analysedQueryWord).join(" ");
      if (!key) continue;
      synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...targets])].filter((target) => target !== key);
    }
  }
  return synonyms;
}

export const centreIndexSettings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: [
    "_geo",
    "themen",
    "sprachen",
    "kanaele",
    "traeger.verband",
    "traeger.id",
    "barrierefrei",
    "anonym",
    "bundesweit",
    "plz_prefixe",
    "offen",
    "ausnahme_daten",
    "ausnahme_offen",
    "isDemo",
  ],
  sortableAttributes: ["_geo", "name_sort"],
  // "sort" first: an explicit sort (distance, name) wins over relevance; relevance ties end in name order.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "name_sort:asc"],
  synonyms: meilisearchSynonyms(),
  stopWords: [...new Set(STOP_WORDS.map(foldGerman))],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 100_000 },
} satisfies Settings;
