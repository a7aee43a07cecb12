import { EmbeddedSearch } from "./adapters/embedded";
import { MeilisearchSearch } from "./adapters/meilisearch";
import type { SearchPort } from "./port";

export type { CentreDocument, CentreQuery, CentreResults, SearchHealth, SearchPort } from "./port";

/** Picks the adapter from configuration: Meilisearch when a host is given, else embedded. */
export function createSearch(options: { meiliHost?: string; meiliApiKey?: string }): SearchPort {
  if (options.meiliHost) return new MeilisearchSearch({ host: options.meiliHost, apiKey: options.meiliApiKey });
  return new EmbeddedSearch();
}
