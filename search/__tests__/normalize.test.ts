import { describe, expect, it } from "vitest";
import { foldGerman, tokenize } from "../normalize";

describe("foldGerman", () => {
  it.each([
    ["München", "munchen"],
    ["Muenchen", "munchen"],
    ["Straße", "strasse"],
    ["Strasse", "strasse"],
    ["ÖFFNUNGSZEITEN", "offnungszeiten"],
    ["Café", "cafe"],
  ])("%s → %s", (input, expected) => {
    expect(foldGerman(input)).toBe(expected);
  });
});

describe("tokenize", () => {
  it("splits on punctuation and drops empties", () => {
    expect(tokenize("Sucht- und Drogenberatung, Köln")).toEqual(["sucht", "und", "drogenberatung", "koln"]);
  });
});
