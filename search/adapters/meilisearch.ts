/**
 * Meilisearch adapter (used when MEILI_HOST is set). Must behave like the embedded engine:
 * both run the contract suite in ../__tests__/contract.ts.
 */
import { Meilisearch } from "meilisearch";
import { DEFAULT_LIMIT, type CentreDocument, type CentreQuery, type CentreResults, type SearchPort } from "../port";
import { CENTRES_INDEX, centreIndexSettings } from "../settings";

const TIMEOUT_MS = 5_000;

function filterFor(query: CentreQuery): string[] {
  return query.thema ? [`themen = ${JSON.stringify(query.thema)}`] : [];
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
    return this.client.index<CentreDocument>(this.indexName);
  }

  async replaceCentres(documents: CentreDocument[]): Promise<void> {
    await this.client.createIndex(this.indexName, { primaryKey: "id" }).waitTask();
    await this.index.updateSettings(centreIndexSettings).waitTask();
    await this.index.deleteAllDocuments().waitTask();
    if (documents.length > 0) await this.index.addDocuments(documents).waitTask();
  }

  async searchCentres(query: CentreQuery): Promise<CentreResults> {
    const result = await this.index.search(query.text ?? "", {
      filter: filterFor(query),
      limit: query.limit ?? DEFAULT_LIMIT,
      offset: query.offset ?? 0,
    });
    return { hits: result.hits, total: result.estimatedTotalHits ?? result.hits.length };
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
