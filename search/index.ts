import { EmbeddedSearch } from "./adapters/embedded";
import { MeilisearchSearch } from "./adapters/meilisearch";
import type { SearchPort } from "./port";

export type { CentreDocument, CentreHit, CentreQuery, CentreResults, Facet, Kanal, SearchHealth, SearchPort } from "./port";
export { DEFAULT_LIMIT, FACETS, KANAELE } from "./port";

/**
 * Picks the adapter from configuration: Meilisearch when a host is given, else the embedded
 * engine. Meilisearch settings are applied before its first operation (see adapters/meilisearch.ts);
 * call `prepareSearch` at start to fail fast when the server is unreachable or rejects them.
 */
export function createSearch(options: { meiliHost?: string; meiliApiKey?: string; meiliIndex?: string }): SearchPort {
  if (options.meiliHost) return new MeilisearchSearch({ host: options.meiliHost, apiKey: options.meiliApiKey, indexName: options.meiliIndex });
  return new EmbeddedSearch();
}

export async function prepareSearch(search: SearchPort): Promise<void> {
  if (search instanceof MeilisearchSearch) await search.ensureReady();
}
