import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "../edit-distance";
import { barePlaceKey, placeKey, shortPlaceKey } from "../fold";

describe("place keys", () => {
  it.each([
    ["München", "munchen"],
    ["Muenchen", "munchen"],
    ["Halle (Saale)", "halle saale"],
    ["Weißenfels", "weissenfels"],
    ["St. Ingbert", "sankt ingbert"],
    ["Bad Homburg v. d. Höhe", "bad homburg v d hohe"],
  ])("%s → %s", (name, key) => expect(placeKey(name)).toBe(key));

  it.each([
    ["Frankfurt am Main", "frankfurt"],
    ["Frankfurt (Oder)", "frankfurt"],
    ["Ketzin/Havel", "ketzin"],
    ["Neustadt a.d. Aisch", "neustadt"],
    ["Cottbus - Chóśebuz", "cottbus"],
    ["Leipzig", null],
  ])("short form of %s is %s", (name, key) => expect(shortPlaceKey(name)).toBe(key));

  it("drops honorary titles", () => {
    expect(barePlaceKey("Universitäts- und Hansestadt Greifswald")).toBe("greifswald");
    expect(barePlaceKey("Eisleben Lutherstadt")).toBe("eisleben");
    expect(barePlaceKey("Stadtallendorf")).toBeNull();
  });
});

describe("boundedEditDistance", () => {
  it.each([
    ["leipzig", "leipzig", 0],
    ["lepzig", "leipzig", 1],
    ["lepizig", "leipzig", 1],
    ["dortmnud", "dortmund", 1],
    ["koln", "bonn", 2],
  ])("%s ↔ %s = %i", (a, b, distance) => expect(boundedEditDistance(a, b, 3)).toBe(distance));

  it("stops above the bound", () => {
    expect(boundedEditDistance("berlin", "hamburg", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 2)).toBe(3);
  });
});
