import { describe, expect, it } from "vitest";
import { buildPlaceData } from "../join";
import { createPlaceLookup } from "../lookup";

const lookup = createPlaceLookup(
  buildPlaceData(
    {
      "04103": ["Leipzig"],
      "04109": ["Leipzig"],
      "60311": ["Frankfurt am Main"],
      "60313": ["Frankfurt am Main"],
      "15230": ["Frankfurt (Oder)"],
      "50667": ["Köln"],
      "66386": ["St. Ingbert"],
      "80331": ["München"],
    },
    [
      { name: "Leipzig", lat: 51.34, lng: 12.37 },
      { name: "Frankfurt am Main", lat: 50.11, lng: 8.68 },
      { name: "Frankfurt (Oder)", lat: 52.35, lng: 14.55 },
      { name: "Köln", lat: 50.93, lng: 6.95 },
      { name: "Sankt Ingbert", lat: 49.28, lng: 7.12 },
      { name: "Munich", lat: 48.14, lng: 11.58 },
      { name: "Kreuzberg", lat: 52.5, lng: 13.4 },
    ],
  ),
);

describe("place lookup", () => {
  it.each([
    ["04109", "plz", "Leipzig", "04109"],
    ["04109 Leipzig", "plz", "Leipzig", "04109"],
    ["Leipzig, 04109", "plz", "Leipzig", "04109"],
    ["leipzig", "name", "Leipzig", "04103"],
    ["Muenchen", "name", "München", "80331"],
    ["Munchen", "name", "München", "80331"],
    ["Munich", "name", "München", "80331"],
    ["KÖLN", "name", "Köln", "50667"],
    ["Koeln ", "name", "Köln", "50667"],
    ["Sankt Ingbert", "name", "St. Ingbert", "66386"],
    ["Frankfurt", "name", "Frankfurt am Main", "60311"],
    ["Kreuzberg", "name", "Kreuzberg", null],
  ])("%s → %s", (input, via, name, plz) => {
    const result = lookup.resolve(input);
    expect(result).toMatchObject({ kind: "found", via, place: { name, plz } });
  });

  it("offers the other namesakes as alternatives", () => {
    const result = lookup.resolve("Frankfurt");
    expect(result.kind === "found" && result.alternatives.map((place) => place.name)).toEqual(["Frankfurt (Oder)"]);
  });

  it.each([
    ["Lepzig", "places.name_unknown", "04103 Leipzig"],
    ["Leipz", "places.name_unknown", "04103 Leipzig"],
    ["Hamburg-Köln", "places.name_unknown", "50667 Köln"],
    ["04", "places.plz_incomplete", "04103 Leipzig"],
    ["04110", "places.plz_unknown", "04109 Leipzig"],
  ])("unknown %s → %s with suggestion %s", (input, code, suggestion) => {
    const result = lookup.resolve(input);
    expect(result).toMatchObject({ kind: "unknown", code, input });
    expect(result.kind === "unknown" && result.suggestions.map((entry) => entry.value)).toContain(suggestion);
  });

  it.each(["", "   ", "!!!", "x".repeat(10_000), "🙂", "123456789"])("never throws (%s)", (input) => {
    expect(() => lookup.resolve(input)).not.toThrow();
  });

  it("treats blank input as empty and gibberish as unknown without suggestions", () => {
    expect(lookup.resolve("  ")).toEqual({ kind: "empty" });
    expect(lookup.resolve("Qqqqqqqq")).toMatchObject({ kind: "unknown", suggestions: [] });
  });

  it("suggests places and postcodes by prefix, larger places first", () => {
    expect(lookup.suggest("fra").map((entry) => entry.label)).toEqual(["Frankfurt am Main", "Frankfurt (Oder)"]);
    expect(lookup.suggest("0410").map((entry) => entry.value)).toEqual(["04103 Leipzig", "04109 Leipzig"]);
  });

  it("lists the postcodes of a place", () => {
    expect(lookup.postcodesOf("Frankfurt am Main")).toEqual(["60311", "60313"]);
    expect(lookup.postcodesOf("Nirgendwo")).toEqual([]);
  });
});
