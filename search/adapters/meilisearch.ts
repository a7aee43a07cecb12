/**
 * Meilisearch adapter (used when MEILI_HOST is set). Must behave like the embedded engine: both
 * run the contract suite and the golden set in ../__tests__.
 *
 * - Settings (../settings) are applied idempotently before the first operation: read, compare,
 *   update only what differs.
 * - `replaceCentres` builds a fresh index next to the live one and swaps them, so searches never
 *   see a half-filled index.
 * - Queries go out in the analysed form (folded, stop words dropped, stemmed) against the
 *   `such_*` attributes; all words must match, and if nothing does, Meilisearch's "last"
 *   strategy drops words from the end (as the embedded engine does).
 * - Totals are exact: pages aligned to the page size use Meilisearch's exhaustive `totalHits`.
 */
import { Meilisearch, type Index, type SearchParams, type Settings } from "meilisearch";
import { haversineKm, roundKm } from "../embedded/geo";
import { DEFAULT_LIMIT, type CentreDocument, type CentreHit, type CentreQuery, type CentreResults, type SearchHealth, type SearchPort } from "../port";
import { CENTRES_INDEX, centreIndexSettings, FACET_ATTRIBUTES } from "../settings/index";
import { analysedQuery, DOCUMENT_ATTRIBUTES, filterFor, toIndexed, type IndexedCentre } from "./meilisearch-mapping";

const TIMEOUT_MS = 5_000;
const TASK_TIMEOUT_MS = 120_000;
const BATCH_SIZE = 5_000;
/** Settings whose arrays Meilisearch returns as sets (sorted), so order does not matter. */
const UNORDERED = new Set(["filterableAttributes", "sortableAttributes", "stopWords", "disableOnAttributes", "disableOnWords"]);

export class MeilisearchSearch implements SearchPort {
  readonly engine = "meilisearch" as const;
  private readonly client: Meilisearch;
  private readonly indexName: string;
  private ready: Promise<void> | null = null;

  constructor(options: { host: string; apiKey?: string; indexName?: string }) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: TIMEOUT_MS });
    this.indexName = options.indexName ?? CENTRES_INDEX;
  }

  private get index(): Index<IndexedCentre> {
    return this.client.index<IndexedCentre>(this.indexName);
  }

  /** Creates the index if missing and brings its settings up to date (once per process). */
  ensureReady(): Promise<void> {
    this.ready ??= this.prepare(this.indexName).catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async prepare(indexName: string): Promise<void> {
    const exists = await this.client.getRawIndex(indexName).then(
      () => true,
      () => false,
    );
    if (!exists) await this.wait(this.client.createIndex(indexName, { primaryKey: "id" }));
    const index = this.client.index(indexName);
    const current = await index.getSettings();
    const changed = settingsToUpdate(centreIndexSettings, current);
    if (Object.keys(changed).length > 0) await this.wait(index.updateSettings(changed));
  }

  private async wait(task: { waitTask: (options?: { timeout?: number }) => Promise<{ status: string; error: { message: string } | null }> }): Promise<void> {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (done.status !== "succeeded") throw new Error(`Meilisearch-Aufgabe fehlgeschlagen: ${done.error?.message ?? done.status}`);
  }

  async replaceCentres(documents: CentreDocument[]): Promise<void> {
    await this.ensureReady();
    const staging = `${this.indexName}_neu`;
    await this.client.deleteIndex(staging).waitTask({ timeout: TASK_TIMEOUT_MS });
    await this.prepare(staging);
    const index = this.client.index<IndexedCentre>(staging);
    for (let start = 0; start < documents.length; start += BATCH_SIZE) {
      await this.wait(index.addDocuments(documents.slice(start, start + BATCH_SIZE).map(toIndexed)));
    }
    await this.wait(this.client.swapIndexes([{ indexes: [this.indexName, staging], rename: false }]));
    await this.wait(this.client.deleteIndex(staging));
  }

  async upsertCentres(documents: CentreDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.ensureReady();
    await this.wait(this.index.addDocuments(documents.map(toIndexed)));
  }

  async removeCentres(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.ensureReady();
    await this.wait(this.index.deleteDocuments(ids));
  }

  async searchCentres(query: CentreQuery): Promise<CentreResults> {
    await this.ensureReady();
    const q = analysedQuery(query.text);
    let response = await this.index.search(q, this.searchParams(query, "all"));
    if (totalOf(response) === 0 && q.includes(" ")) response = await this.index.search(q, this.searchParams(query, "last"));
    const hits = response.hits.map((hit) => this.toHit(hit, query));
    const facets: CentreResults["facets"] = {};
    for (const facet of query.facets ?? []) facets[facet] = response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {};
    return { hits, total: totalOf(response), facets };
  }

  private searchParams(query: CentreQuery, matchingStrategy: "all" | "last"): SearchParams {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const sort = query.sort ?? (query.umkreis ? "distanz" : "relevanz");
    const params: SearchParams = {
      filter: filterFor(query),
      matchingStrategy,
      attributesToRetrieve: [...DOCUMENT_ATTRIBUTES],
      facets: query.facets?.map((facet) => FACET_ATTRIBUTES[facet]),
    };
    if (sort === "distanz" && query.umkreis) params.sort = [`_geoPoint(${query.umkreis.lat}, ${query.umkreis.lng}):asc`];
    if (sort === "name") params.sort = ["name_sort:asc"];
    // Aligned pages get an exhaustive total; others fall back to offset/limit with an estimate.
    if (limit > 0 && offset % limit === 0) Object.assign(params, { page: offset / limit + 1, hitsPerPage: limit });
    else Object.assign(params, { offset, limit });
    return params;
  }

  private toHit(hit: Record<string, unknown>, query: CentreQuery): CentreHit {
    const document = Object.fromEntries(DOCUMENT_ATTRIBUTES.map((key) => [key, hit[key]])) as CentreDocument;
    const result: CentreHit = document;
    if (query.umkreis && document.geo) result.distanzKm = roundKm(haversineKm(query.umkreis, document.geo));
    return result;
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.client.health();
      await this.ensureReady();
      const stats = await this.index.getStats();
      return { ok: true, engine: this.engine, documents: stats.numberOfDocuments };
    } catch {
      return { ok: false, engine: this.engine, documents: 0 };
    }
  }

  /** For the contract suite: remove the index it created. */
  async dropIndex(): Promise<void> {
    await this.wait(this.client.deleteIndex(this.indexName));
    this.ready = null;
  }
}

function totalOf(response: { totalHits?: number; estimatedTotalHits?: number; hits: unknown[] }): number {
  return response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
}

/** The desired settings that differ from the current ones (only keys we manage are compared). */
export function settingsToUpdate(desired: Settings, current: Settings): Settings {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!sameSetting(key, value, (current as Record<string, unknown>)[key])) changed[key] = value;
  }
  return changed as Settings;
}

function sameSetting(key: string, desired: unknown, current: unknown): boolean {
  if (key === "synonyms") {
    // A map: an extra or missing word on the server is a difference; target order is not.
    const want = (desired ?? {}) as Record<string, string[]>;
    const have = (current ?? {}) as Record<string, string[]>;
    const keys = Object.keys(want);
    return keys.length === Object.keys(have).length && keys.every((word) => sameSetting("stopWords", want[word], have[word]));
  }
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    const [a, b] = UNORDERED.has(key) ? [[...desired].map(String).sort(), [...current].map(String).sort()] : [desired, current];
    return a.every((item, index) => sameSetting("", item, b[index]));
  }
  if (desired && typeof desired === "object") {
    // Meilisearch returns defaults for keys we do not set; compare ours only.
    if (!current || typeof current !== "object") return false;
    return Object.entries(desired).every(([inner, value]) => sameSetting(inner, value, (current as Record<string, unknown>)[inner]));
  }
  return desired === current;
}
