/**
 * The search port: the only way the app talks to a search engine. Two adapters implement it —
 * Meilisearch (MEILI_HOST) and the embedded in-process engine (default) — and both must pass
 * the contract suite in __tests__/contract.ts. Imports nothing from app/ except pure app/domain code.
 *
 * Documents are flat, denormalised views of a published Beratungsstelle, built from the
 * database by the indexing pipeline (app/server/search-sync.server.ts).
 */
export const KANAELE = ["vor_ort", "telefon", "chat", "video", "email"] as const;
export type Kanal = (typeof KANAELE)[number];

// Opening hours are domain types (app/domain/counselling/opening-hours.ts): weekday 1 = Monday … 7 =
// Sunday, minutes after midnight in Europe/Berlin; an exception with no times means closed that day.
import type { WeeklyRule, HoursException } from "../app/domain/counselling/opening-hours";
export type { WeeklyRule, HoursException };

export type CentreDocument = {
  id: string;
  slug: string;
  name: string;
  traeger: { id: string; name: string; verband: string };
  themen: string[];
  adresse: { strasse: string; plz: string; ort: string };
  /** Null for online-only offers without a place. */
  geo: { lat: number; lng: number } | null;
  /** Reachable nationwide (online or phone offers with no regional limit). */
  bundesweit: boolean;
  kanaele: Kanal[];
  /** ISO 639-1 codes. */
  sprachen: string[];
  barrierefrei: boolean;
  anonym: boolean;
  zielgruppen: string[];
  beschreibung: string;
  oeffnungszeiten: WeeklyRule[];
  ausnahmen: HoursException[];
  isDemo: boolean;
  /** ISO date of the last confirmation by the editors ("zuletzt geprüft"); absent or null when never checked. */
  zuletztGeprueft?: string | null;
};

export const FACETS = ["themen", "kanaele", "sprachen", "verband", "barrierefrei", "anonym"] as const;
export type Facet = (typeof FACETS)[number];

export type CentreQuery = {
  /** Free text: typo-tolerant, prefix, umlaut/ß folding, compound parts, synonyms. */
  text?: string;
  thema?: string;
  /** Leading digits of the PLZ (e.g. "04"): used when no coordinates are known for the user's place. */
  plzPrefix?: string;
  /** Around a point; hits get `distanzKm`, and sorting is by distance unless `sort` says otherwise. */
  umkreis?: { lat: number; lng: number; km: number };
  /** Only nationwide offers (the "online/bundesweit" choice). */
  nurBundesweit?: boolean;
  sprache?: string;
  kanal?: Kanal;
  barrierefrei?: boolean;
  anonym?: boolean;
  /** Träger id. */
  traeger?: string;
  /** Welfare federation of the Träger (caritas, diakonie, …): the search page's "Träger" filter. */
  verband?: string;
  /** Only centres open at this local moment (weekday, minutes after midnight, ISO date for exceptions). */
  offenAm?: { wochentag: WeeklyRule["wochentag"]; minute: number; datum: string };
  sort?: "relevanz" | "distanz" | "name";
  /** Facet counts to return, computed over all hits of the query (before pagination). */
  facets?: Facet[];
  limit?: number;
  offset?: number;
};

export type CentreHit = CentreDocument & { distanzKm?: number };

export type CentreResults = {
  hits: CentreHit[];
  total: number;
  facets: Partial<Record<Facet, Record<string, number>>>;
};

export type SearchHealth = { ok: boolean; engine: SearchPort["engine"]; documents: number };

export interface SearchPort {
  readonly engine: "embedded" | "meilisearch";
  /** Replaces the whole centre index (at start and by `npm run search:reindex`). */
  replaceCentres(documents: CentreDocument[]): Promise<void>;
  /** Adds or replaces these documents (indexing pipeline). */
  upsertCentres(documents: CentreDocument[]): Promise<void>;
  removeCentres(ids: string[]): Promise<void>;
  searchCentres(query: CentreQuery): Promise<CentreResults>;
  health(): Promise<SearchHealth>;
}

export const DEFAULT_LIMIT = 20;
