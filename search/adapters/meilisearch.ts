/**
 * Meilisearch adapter (used when MEILI_HOST is set). Must behave like the embedded engine:
 * both run the contract suite in ../__tests__/contract.ts.
 */
import { Meilisearch } from "meilisearch";
import { DEFAULT_LIMIT, type CentreDocument, type CentreQuery, type CentreResults, type SearchPort } from "../port";
import { CENTRES_INDEX, centreIndexSettings } from "../settings";

const TIMEOUT_MS = 5_000;

/** Meilisearch filters have no prefix operator we rely on: index every PLZ prefix length we filter by. */
const PLZ_PREFIX_LENGTHS = [1, 2, 3] as const;

function filterFor(query: CentreQuery): string[] {
  const filters: string[] = [];
  if (query.thema) filters.push(`themen = ${JSON.stringify(query.thema)}`);
  if (query.plzPrefix) filters.push(`plzPrefixe = ${JSON.stringify(query.plzPrefix)}`);
  return filters;
}

function toIndexed(document: CentreDocument) {
  return { ...document, plzPrefixe: PLZ_PREFIX_LENGTHS.map((length) => document.plz.slice(0, length)) };
}

export class MeilisearchSearch implements SearchPort {
  readonly engine = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly indexName: string;

  constructor(options: { host: string; apiKey?: string; indexName?: string }) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: TIMEOUT_MS });
    this.indexName = options.indexName ?? CENTRES_INDEX;
  }

  private get index() {
    return this.client.index<CentreDocument & { plzPrefixe?: string[] }>(this.indexName);
  }

  async replaceCentres(documents: CentreDocument[]): Promise<void> {
    await this.client.createIndex(this.indexName, { primaryKey: "id" }).waitTask();
    await this.index.updateSettings(centreIndexSettings).waitTask();
    await this.index.deleteAllDocuments().waitTask();
    if (documents.length > 0) await this.index.addDocuments(documents.map(toIndexed)).waitTask();
  }

  async searchCentres(query: CentreQuery): Promise<CentreResults> {
    const result = await this.index.search(query.text ?? "", {
      filter: filterFor(query),
      limit: query.limit ?? DEFAULT_LIMIT,
      offset: query.offset ?? 0,
    });
    const hits = result.hits.map(({ plzPrefixe: _prefixes, ...document }) => document as CentreDocument);
    return { hits, total: result.estimatedTotalHits ?? hits.length };
  }

  async health() {
    try {
      await this.client.health();
      const stats = await this.index.getStats();
      return { ok: true, engine: this.engine, documents: stats.numberOfDocuments };
    } catch {
      return { ok: false, engine: this.engine, documents: 0 };
    }
  }

  /** For the contract suite: remove the index it created. */
  async dropIndex(): Promise<void> {
    await this.client.deleteIndex(this.indexName).waitTask();
  }
}
