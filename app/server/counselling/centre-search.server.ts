/**
 * One centre search for the page and the API: resolve the place the user named (offline lookup),
 * build the query from the form, run it with its facet-counting companions (see
 * app/domain/counselling/search-query.ts) and merge the counts. An unknown place is an answer
 * with suggestions, not an error, and runs no search: results "somewhere in Germany" would
 * look like results near the user.
 */
import type { CentreQuery, CentreResults, SearchPort } from "../../../search";
import type { PlaceLookup, PlaceMatch, PlaceResolution } from "../../domain/counselling/places/lookup";
import type { CentreSearchForm } from "../../domain/counselling/search-form";
import { facetQueries, mergeFacetCounts, toCentreQuery, type CentreSearchQuery, type FacetCounts } from "../../domain/counselling/search-query";
import type { LocalMoment } from "../../domain/counselling/opening-hours";
import { resolvePlace } from "./place-memo.server";

export type UnknownPlace = Extract<PlaceResolution, { kind: "unknown" }>;

export type CentreSearchOutcome =
  | { kind: "unknown-place"; place: UnknownPlace }
  | {
      kind: "results";
      /** The place searched around; null without a place or for nationwide offers only. */
      place: PlaceMatch | null;
      /** How the place was named: "04109" (PLZ) or "Leipzig" (name); decides how it is shown. */
      via: "plz" | "name" | null;
      /** Other places of the same name ("Halle" → Halle (Saale), Halle (Westf.) …). */
      alternatives: PlaceMatch[];
      hits: CentreResults["hits"];
      total: number;
      facets: FacetCounts;
    };

// The domain query is CentreQuery spelt out (app/domain may not import search/). Assignability
// alone would let a field the port does not know pass silently; this fails to compile instead.
type UnknownToPort = Exclude<keyof CentreSearchQuery, keyof CentreQuery>;
const portKnowsEveryField: [UnknownToPort] extends [never] ? true : UnknownToPort = true;

export function toPortQuery(query: CentreSearchQuery): CentreQuery {
  void portKnowsEveryField;
  return query;
}

export async function searchCentrePage(
  services: { search: SearchPort; places: PlaceLookup },
  form: CentreSearchForm,
  options: {
    moment: LocalMoment;
    perPage?: number;
    /** Count facets (default true). */
    facets?: boolean;
    /** Yes/no filters beyond the form's "only …" choices (the API can ask for `false` too). */
    flags?: Pick<CentreSearchQuery, "barrierefrei" | "anonym">;
  },
): Promise<CentreSearchOutcome> {
  const resolution: PlaceResolution = form.ort ? resolvePlace(services.places, form.ort) : { kind: "empty" };
  if (resolution.kind === "unknown" && form.umkreis !== "bundesweit") return { kind: "unknown-place", place: resolution };
  const found = resolution.kind === "found" ? resolution : null;
  const place = found && form.umkreis !== "bundesweit" ? found.place : null;

  const query = toCentreQuery(form, { place, moment: options.moment, perPage: options.perPage, facets: options.facets });
  for (const flag of ["barrierefrei", "anonym"] as const) {
    const value = options.flags?.[flag];
    if (value !== undefined) query[flag] = value;
  }
  const { main, extra } = facetQueries(query);
  const [result, ...counts] = await Promise.all([main, ...extra].map((query) => services.search.searchCentres(toPortQuery(query))));
  return {
    kind: "results",
    place,
    via: place ? found!.via : null,
    alternatives: place ? found!.alternatives : [],
    hits: result!.hits,
    total: result!.total,
    facets: mergeFacetCounts(result!.facets, counts.map((count) => count.facets)),
  };
}
