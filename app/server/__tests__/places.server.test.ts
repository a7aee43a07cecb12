import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceLookup } from "../../domain/counselling/places/lookup";
import { loadPlaceLookup, parseGermanGazetteer, placeLookup } from "../places.server";

describe("place lookup from the installed data packages", () => {
  let lookup: PlaceLookup;
  // Load and lookup times are measured by `npm run bench:lookups`, not asserted here.
  beforeAll(async () => {
    lookup = await loadPlaceLookup();
  });

  it("covers every German postcode and the German gazetteer", () => {
    expect(lookup.size.postcodes).toBeGreaterThan(8000);
    expect(lookup.size.places).toBeGreaterThan(12_000);
    // Postcodes placed only approximately (no gazetteer entry for any of their places) stay a minority.
    expect(lookup.size.approximatePostcodes / lookup.size.postcodes).toBeLessThan(0.15);
  });

  it("finds Leipzig for PLZ 04109", () => {
    const result = lookup.resolve("04109");
    expect(result).toMatchObject({ kind: "found", via: "plz", place: { name: "Leipzig", plz: "04109", exact: true } });
    if (result.kind !== "found") return;
    expect(result.place.lat).toBeCloseTo(51.34, 1);
    expect(result.place.lng).toBeCloseTo(12.37, 1);
  });

  it.each([
    ["Muenchen", "München", 48.14, 11.58],
    ["Köln", "Köln", 50.94, 6.95],
    ["Frankfurt am Main", "Frankfurt am Main", 50.11, 8.68],
    ["Halle", "Halle (Saale)", 51.48, 11.98],
    ["Mülheim an der Ruhr", "Mülheim an der Ruhr", 51.43, 6.88],
    ["Cottbus", "Cottbus - Chóśebuz", 51.76, 14.33],
  ])("%s → %s", (input, name, lat, lng) => {
    const result = lookup.resolve(input);
    expect(result).toMatchObject({ kind: "found", place: { name } });
    if (result.kind !== "found") return;
    expect(result.place.lat).toBeCloseTo(lat, 1);
    expect(result.place.lng).toBeCloseTo(lng, 1);
  });

  it("answers unknown input with suggestions", () => {
    const typo = lookup.resolve("Dortmnud");
    expect(typo).toMatchObject({ kind: "unknown", code: "places.name_unknown" });
    expect(typo.kind === "unknown" && typo.suggestions[0]?.label).toBe("Dortmund");
    const plz = lookup.resolve("99999");
    expect(plz.kind === "unknown" && plz.suggestions.length).toBeGreaterThan(0);
  });

  it("shares one lookup per process", async () => {
    expect(await placeLookup()).toBe(await placeLookup());
  });
});

describe("parseGermanGazetteer", () => {
  it("keeps German records in any key order and skips others", () => {
    const text = Buffer.from(JSON.stringify([
      { name: "Vila", lat: "42.5", lng: "1.5", country: "AD" },
      { country: "DE", name: "Köln", lng: "6.95", lat: "50.93", admin1: "07" },
      { name: "Kaputt", lat: "x", lng: "1", country: "DE" },
    ]));
    expect(parseGermanGazetteer(text)).toEqual([{ name: "Köln", lat: 50.93, lng: 6.95 }]);
  });

  it("also reads a file written with spaces", () => {
    const text = Buffer.from(JSON.stringify([{ name: "Köln", lat: "50.93", lng: "6.95", country: "DE" }], null, 2));
    expect(parseGermanGazetteer(text)).toEqual([{ name: "Köln", lat: 50.93, lng: 6.95 }]);
  });
});
