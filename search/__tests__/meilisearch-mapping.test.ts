/**
 * The Meilisearch adapter's pure parts, testable without a server: document mapping, filters,
 * analysed queries, synonyms in analysed form and the idempotent settings comparison.
 */
import { describe, expect, it } from "vitest";
import { settingsToUpdate } from "../adapters/meilisearch";
import { analysedQuery, filterFor, openSlots, toIndexed } from "../adapters/meilisearch-mapping";
import { centreIndexSettings, meilisearchSynonyms } from "../settings/index";
import { centre } from "./fixtures";

describe("toIndexed", () => {
  const document = centre("m1", "Demo-Suchtberatungsstelle München", {
    ort: "muenchen",
    themen: ["sucht"],
    hours: "Mo 09:00-10:30 | Fr 13:10-14:00",
    ausnahmen: [{ datum: "2026-12-31", zeiten: [{ von: 600, bis: 630 }] }],
  });
  const indexed = toIndexed(document);

  it("adds searchable terms with parts and stems in the analysed form", () => {
    expect(indexed.such_name).toEqual(expect.arrayContaining(["suchtberatungsstelle", "sucht", "beratung", "stelle", "stell", "munchen", "munch"]));
    expect(indexed.such_themen).toEqual(expect.arrayContaining(["sucht"]));
    expect(indexed.such_plz).toEqual(["80331"]);
  });

  it("adds geo, name sort key, PLZ prefixes and quarter-hour opening slots", () => {
    expect(indexed._geo).toEqual(document.geo);
    expect(indexed.name_sort).toBe("demo-suchtberatungsstelle munchen");
    expect(indexed.plz_prefixe).toEqual(["8", "80", "803", "8033", "80331"]);
    // Only quarters fully open: 13:10 opens the 13:15 quarter.
    expect(indexed.offen).toEqual(["1_0900", "1_0915", "1_0930", "1_0945", "1_1000", "1_1015", "5_1315", "5_1330", "5_1345"]);
    expect(indexed.ausnahme_daten).toEqual(["2026-12-31"]);
    expect(indexed.ausnahme_offen).toEqual(["2026-12-31_1000", "2026-12-31_1015"]);
  });

  it("leaves out _geo for offers without a place", () => {
    expect(toIndexed({ ...document, geo: null })._geo).toBeUndefined();
  });
});

describe("openSlots", () => {
  it("covers a whole day for 00:00-24:00", () => {
    expect(openSlots([{ wochentag: 7, von: 0, bis: 1440 }])).toHaveLength(96);
  });
});

describe("filterFor", () => {
  it("translates every filter of the port", () => {
    expect(
      filterFor({
        thema: "sucht",
        plzPrefix: "04",
        sprache: "ar",
        kanal: "video",
        traeger: "tr-1",
        barrierefrei: true,
        anonym: false,
        umkreis: { lat: 51.34, lng: 12.37, km: 25 },
        offenAm: { wochentag: 2, minute: 10 * 60 + 37, datum: "2026-11-24" },
      }),
    ).toEqual([
      'themen = "sucht"',
      'plz_prefixe = "04"',
      'sprachen = "ar"',
      'kanaele = "video"',
      'traeger.id = "tr-1"',
      "barrierefrei = true",
      "anonym = false",
      "(_geoRadius(51.34, 12.37, 25000) OR bundesweit = true)",
      '((offen = "2_1030" AND NOT ausnahme_daten = "2026-11-24") OR ausnahme_offen = "2026-11-24_1030")',
    ]);
    expect(filterFor({ nurBundesweit: true, umkreis: { lat: 1, lng: 2, km: 3 } })).toEqual(["bundesweit = true"]);
    expect(filterFor({ thema: 'x" OR 1 = 1' })).toEqual(['themen = "x\\" OR 1 = 1"']);
  });
});

describe("analysed queries and synonyms", () => {
  it("folds, drops stop words and stems like the documents", () => {
    expect(analysedQuery("Schulden in Muenchen")).toBe("schuld munch");
    expect(analysedQuery("Hartz IV")).toBe("hartz iv");
    expect(analysedQuery("Schwangerschaftskonfliktberatungsstelle")).toBe("schwangerschaft konflikt beratung");
    expect(analysedQuery("Mietschulden")).toBe("mietschuld");
    expect(analysedQuery(undefined)).toBe("");
  });

  it("writes synonym keys in the analysed form", () => {
    const synonyms = meilisearchSynonyms();
    expect(synonyms.drog).toEqual(["sucht"]);
    expect(synonyms["hartz iv"]).toEqual(["existenzsicherung"]);
    expect(synonyms[analysedQuery("Depression")]).toEqual(["psychisch gesundheit"]);
    expect(synonyms.mietschuld).toEqual(["schuld", "wohnungsnot"]);
  });
});

describe("settingsToUpdate", () => {
  it("is empty when the server already has our settings, whatever the order of sets and extra defaults", () => {
    const server = {
      ...centreIndexSettings,
      filterableAttributes: [...centreIndexSettings.filterableAttributes].reverse(),
      stopWords: [...centreIndexSettings.stopWords].sort(),
      typoTolerance: { ...centreIndexSettings.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
      distinctAttribute: null,
    };
    expect(settingsToUpdate(centreIndexSettings, server)).toEqual({});
  });

  it("lists only what differs", () => {
    const server = {
      ...centreIndexSettings,
      rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
      synonyms: { ...centreIndexSettings.synonyms, veraltet: ["sucht"] },
      typoTolerance: { ...centreIndexSettings.typoTolerance, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } },
    };
    expect(Object.keys(settingsToUpdate(centreIndexSettings, server)).sort()).toEqual(["rankingRules", "synonyms", "typoTolerance"]);
  });
});
