/**
 * From the search form (and the place it names) to the query for the search port. The shape
 * matches `CentreQuery` in search/port.ts; app/domain may not import search/, so it is spelt out
 * here and the server passes it on unchanged.
 *
 * Facet counts next to a single-choice filter answer "how many would I get with this value
 * instead?": counted over the results without that filter (disjunctive facets). `facetQueries`
 * returns one extra counting query per active filter; the main query counts the rest.
 */
import type { Kontaktkanal, Verband } from "./labels";
import type { LocalMoment } from "./opening-hours";
import { RESULTS_PER_PAGE, type CentreSearchForm } from "./search-form";

export const SEARCH_FACETS = ["themen", "kanaele", "sprachen", "verband", "barrierefrei", "anonym"] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export type CentreSearchQuery = {
  text?: string;
  thema?: string;
  umkreis?: { lat: number; lng: number; km: number };
  nurBundesweit?: boolean;
  sprache?: string;
  kanal?: Kontaktkanal;
  verband?: Verband;
  traeger?: string;
  barrierefrei?: boolean;
  anonym?: boolean;
  offenAm?: LocalMoment;
  sort?: "relevanz" | "distanz" | "name";
  facets: SearchFacet[];
  limit: number;
  offset: number;
};

export type QueryContext = {
  /** Coordinates of the place the user named; null when none was named or it is unknown. */
  place: { lat: number; lng: number } | null;
  /** "Now" in Europe/Berlin, taken at the route edge (for "jetzt geöffnet"). */
  moment: LocalMoment;
  perPage?: number;
  /** Count facets (default); false skips them. */
  facets?: boolean;
};

export function toCentreQuery(form: CentreSearchForm, context: QueryContext): CentreSearchQuery {
  const perPage = context.perPage ?? RESULTS_PER_PAGE;
  const facets = context.facets === false ? [] : [...SEARCH_FACETS];
  const query: CentreSearchQuery = { facets, limit: perPage, offset: (form.seite - 1) * perPage };
  if (form.stichwort) query.text = form.stichwort;
  if (form.thema) query.thema = form.thema;
  if (form.umkreis === "bundesweit") query.nurBundesweit = true;
  else if (context.place) query.umkreis = { lat: context.place.lat, lng: context.place.lng, km: form.umkreis };
  if (form.sprache) query.sprache = form.sprache;
  if (form.kanal) query.kanal = form.kanal;
  if (form.verband) query.verband = form.verband;
  if (form.traegerId) query.traeger = form.traegerId;
  if (form.nur.includes("barrierefrei")) query.barrierefrei = true;
  if (form.nur.includes("anonym")) query.anonym = true;
  if (form.nur.includes("offen")) query.offenAm = context.moment;
  // Distance needs a centre point; without one the port's default (relevance) applies.
  if (form.sortierung && (form.sortierung !== "distanz" || query.umkreis)) query.sort = form.sortierung;
  return query;
}

type FacetFilter = { facet: SearchFacet; field: "thema" | "sprache" | "kanal" | "verband" | "barrierefrei" | "anonym" };
const FACET_FILTERS: readonly FacetFilter[] = [
  { facet: "themen", field: "thema" },
  { facet: "sprachen", field: "sprache" },
  { facet: "kanaele", field: "kanal" },
  { facet: "verband", field: "verband" },
  { facet: "barrierefrei", field: "barrierefrei" },
  { facet: "anonym", field: "anonym" },
];

/**
 * The main query counts the facets of inactive filters; for each active filter one more query,
 * without that filter and without hits, counts its facet.
 */
export function facetQueries(query: CentreSearchQuery): { main: CentreSearchQuery; extra: CentreSearchQuery[] } {
  const active = FACET_FILTERS.filter(({ field }) => query[field] !== undefined);
  const main = { ...query, facets: query.facets.filter((facet) => !active.some((filter) => filter.facet === facet)) };
  const extra = active
    .filter(({ facet }) => query.facets.includes(facet))
    .map(({ facet, field }) => {
      const without: CentreSearchQuery = { ...query, facets: [facet], limit: 0, offset: 0 };
      delete without[field];
      return without;
    });
  return { main, extra };
}

export type FacetCounts = Partial<Record<SearchFacet, Record<string, number>>>;

/** The facet counts of the main query merged with those of the extra queries (same order). */
export function mergeFacetCounts(main: FacetCounts, extra: readonly FacetCounts[]): FacetCounts {
  const merged: FacetCounts = { ...main };
  for (const counts of extra) Object.assign(merged, counts);
  return merged;
}
