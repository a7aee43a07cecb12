import { describe, expect, it } from "vitest";
import { derivedTerms, foldGerman, queryTokens, splitCompound, stem, tokenize } from "../normalize";

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

describe("queryTokens", () => {
  it("drops stop words unless nothing else is left", () => {
    expect(queryTokens("Schuldnerberatung in der Nähe von Köln")).toEqual(["schuldnerberatung", "koln"]);
    expect(queryTokens("und oder")).toEqual(["und", "oder"]);
  });
});

describe("stem", () => {
  it.each([
    ["schulden", "schuld"],
    ["schuldner", "schuld"],
    ["beratungen", "beratung"],
    ["sucht", "sucht"],
    ["drogen", "drog"],
    ["munchen", "munch"],
    ["hilfe", "hilf"],
    ["04109", "04109"],
    ["amt", "amt"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("splitCompound", () => {
  it.each([
    ["suchtberatungsstelle", ["sucht", "beratung", "stelle"]],
    ["schuldnerberatung", ["schuldner", "beratung"]],
    ["schwangerschaftskonfliktberatung", ["schwangerschaft", "konflikt", "beratung"]],
    ["jugendmigrationsdienst", ["jugend", "migration", "dienst"]],
    // one unknown segment at either end
    ["caritasverband", ["caritas", "verband"]],
    // a known word is split only into known words
    ["verbraucherzentrale", ["verbraucher", "zentrale"]],
    ["obdachlose", []],
    ["suchtambulanz", ["sucht", "ambulanz"]],
    ["musterstrasse", ["muster", "strasse"]],
    // not compounds, or too short to split
    ["dortmund", []],
    ["beratung", []],
    ["beratungen", []],
    ["abhangigkeit", []],
    ["drogen", []],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });
});

describe("derivedTerms", () => {
  it("adds parts, parts of parts, joined leading parts and stems", () => {
    expect(derivedTerms("erziehungsberatungsstelle")).toEqual(expect.arrayContaining(["erziehung", "beratung", "stelle", "erziehungsberatung", "stell"]));
    expect(derivedTerms("glucksspielsucht")).toEqual(expect.arrayContaining(["glucksspiel", "sucht"]));
    expect(derivedTerms("verbraucherzentrale")).toEqual(expect.arrayContaining(["verbraucher", "zentrale"]));
    expect(derivedTerms("schuldnerberatung")).toContain("schuld");
    expect(derivedTerms("koln")).toEqual([]);
  });
});
