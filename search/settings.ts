/**
 * Meilisearch index settings for the centre index, applied idempotently at start. The embedded
 * engine mirrors their behaviour (searchable fields, topic filter). The full German synonym and
 * stop-word lists arrive with the Beratungsstellenfinder.
 */
export const CENTRES_INDEX = "beratungsstellen";

export const centreIndexSettings = {
  searchableAttributes: ["name", "traeger", "themen", "ort", "plz", "strasse"],
  filterableAttributes: ["themen", "plz", "plzPrefixe", "verband", "isDemo"],
  sortableAttributes: ["name"],
  typoTolerance: { enabled: true },
};
