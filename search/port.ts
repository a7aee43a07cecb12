/**
 * The search port: the only way the app talks to a search engine. Two adapters implement it —
 * Meilisearch (MEILI_HOST) and the embedded in-process engine (default) — and both must pass
 * the contract suite in __tests__/contract.ts. Imports nothing from app/.
 */
export type CentreDocument = {
  id: string;
  name: string;
  traeger: string;
  verband: string;
  strasse: string;
  plz: string;
  ort: string;
  themen: string[];
  isDemo: boolean;
};

export type CentreQuery = {
  text?: string;
  thema?: string;
  /** Leading digits of the PLZ (e.g. "04" for the Leipzig region): a coarse "near me" until radius search exists. */
  plzPrefix?: string;
  limit?: number;
  offset?: number;
};

export type CentreResults = { hits: CentreDocument[]; total: number };

export type SearchHealth = { ok: boolean; engine: SearchPort["engine"]; documents: number };

export interface SearchPort {
  readonly engine: "embedded" | "meilisearch";
  /** Replaces the whole centre index (used at start and by the reindex script). */
  replaceCentres(documents: CentreDocument[]): Promise<void>;
  searchCentres(query: CentreQuery): Promise<CentreResults>;
  health(): Promise<SearchHealth>;
}

export const DEFAULT_LIMIT = 20;
