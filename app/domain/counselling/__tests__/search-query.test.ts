import { describe, expect, it } from "vitest";
import type { LocalMoment } from "../opening-hours";
import { EMPTY_FORM, type CentreSearchForm } from "../search-form";
import { facetQueries, mergeFacetCounts, SEARCH_FACETS, toCentreQuery } from "../search-query";

const moment: LocalMoment = { wochentag: 1, minute: 10 * 60, datum: "2026-11-23" };
const leipzig = { lat: 51.34, lng: 12.37 };
const form = (changes: Partial<CentreSearchForm>): CentreSearchForm => ({ ...EMPTY_FORM, ...changes });

describe("form → search query", () => {
  it("asks for all facets and the first page when nothing is chosen", () => {
    expect(toCentreQuery(EMPTY_FORM, { place: null, moment })).toEqual({ facets: [...SEARCH_FACETS], limit: 10, offset: 0 });
  });

  it("searches around the place with the chosen radius", () => {
    expect(toCentreQuery(form({ ort: "Leipzig", umkreis: 50 }), { place: leipzig, moment }).umkreis).toEqual({ ...leipzig, km: 50 });
  });

  it("asks only for nationwide offers with 'bundesweit', whatever the place", () => {
    const query = toCentreQuery(form({ ort: "Leipzig", umkreis: "bundesweit" }), { place: leipzig, moment });
    expect(query).toMatchObject({ nurBundesweit: true });
    expect(query.umkreis).toBeUndefined();
  });

  it("passes every filter on; 'offen' becomes the moment of the request", () => {
    const query = toCentreQuery(
      form({ thema: "sucht", stichwort: "Alkohol", sprache: "tr", kanal: "chat", verband: "awo", nur: ["barrierefrei", "anonym", "offen"], seite: 3 }),
      { place: null, moment, perPage: 20 },
    );
    expect(query).toEqual({
      text: "Alkohol",
      thema: "sucht",
      sprache: "tr",
      kanal: "chat",
      verband: "awo",
      barrierefrei: true,
      anonym: true,
      offenAm: moment,
      facets: [...SEARCH_FACETS],
      limit: 20,
      offset: 40,
    });
  });

  it("filters by one Träger when given by id", () => {
    expect(toCentreQuery(form({ traegerId: "t-1" }), { place: null, moment }).traeger).toBe("t-1");
  });

  it.each([
    ["distanz", leipzig, "distanz"],
    ["distanz", null, undefined],
    ["name", null, "name"],
    ["relevanz", leipzig, "relevanz"],
    [undefined, leipzig, undefined],
  ] as const)("sorting %s with place %o → %s", (sortierung, place, sort) => {
    expect(toCentreQuery(form({ sortierung }), { place, moment }).sort).toBe(sort);
  });
});

describe("disjunctive facet counts", () => {
  it("needs no extra query without active filters", () => {
    const query = toCentreQuery(EMPTY_FORM, { place: null, moment });
    expect(facetQueries(query)).toEqual({ main: query, extra: [] });
  });

  it("counts each active filter's facet without that filter, the rest in the main query", () => {
    const query = toCentreQuery(form({ thema: "sucht", sprache: "ar", nur: ["anonym", "offen"] }), { place: leipzig, moment });
    const { main, extra } = facetQueries(query);
    expect(main.facets).toEqual(["kanaele", "verband", "barrierefrei"]);
    expect(main).toMatchObject({ thema: "sucht", sprache: "ar", anonym: true, limit: 10 });
    expect(extra.map((q) => q.facets)).toEqual([["themen"], ["sprachen"], ["anonym"]]);
    const [themen, sprachen, anonym] = extra;
    expect(themen).not.toHaveProperty("thema");
    expect(themen).toMatchObject({ sprache: "ar", anonym: true, offenAm: moment, limit: 0, offset: 0, umkreis: { km: 25 } });
    expect(sprachen).not.toHaveProperty("sprache");
    expect(sprachen).toMatchObject({ thema: "sucht" });
    expect(anonym).not.toHaveProperty("anonym");
  });

  it("merges the counts, the extra queries winning for their facet", () => {
    expect(mergeFacetCounts({ kanaele: { chat: 2 } }, [{ themen: { sucht: 4, schulden: 1 } }])).toEqual({
      kanaele: { chat: 2 },
      themen: { sucht: 4, schulden: 1 },
    });
  });
});

describe("leaving out the counts", () => {
  it("asks for no facets, and so needs no extra queries, when told so", () => {
    const query = toCentreQuery(form({ thema: "sucht" }), { place: null, moment, facets: false });
    expect(query.facets).toEqual([]);
    expect(facetQueries(query).extra).toEqual([]);
  });
});
