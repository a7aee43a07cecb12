import { describe, expect, it } from "vitest";
import { de } from "../catalogues/de";
import { CATALOGUES, messagesFor, OVERLAY_LOCALES } from "../messages";
import { hasBrokenMarkers, plainText, richSegments } from "../rich";
import { placeholders } from "../template";
import { contentIsForeign, LOCALE_INFO, LOCALES, parseLocale, safeReturnPath, switchHref } from "../locales";

const germanKeys = Object.keys(de).sort();

/**
 * Texts that may be the same as German in a translation: bare formats and words that are the
 * same in that language ("Chat", "Video", "Information").
 */
const MAY_EQUAL_GERMAN = new Set([
  "finderCounted",
  "finderRadiusKm",
  "finderList",
  "slotKinds",
  "finderSortName",
  "kernInfo",
  "kernOptional",
  "channelTelefon",
  "channelChat",
  "channelVideo",
  "terminartTelefon",
  "terminartVideo",
]);

describe("translation catalogues", () => {
  for (const locale of LOCALES.filter((l) => !OVERLAY_LOCALES.includes(l))) {
    it(`${locale} has every German key, no extra key and no empty text`, () => {
      const catalogue = CATALOGUES[locale];
      expect(Object.keys(catalogue).sort()).toEqual(germanKeys);
      for (const [key, text] of Object.entries(catalogue)) expect(text?.trim(), `${locale}.${key}`).not.toBe("");
    });
  }

  it("translations differ from German (no copied German left behind)", () => {
    for (const locale of ["en", "tr", "ar", "uk", "ru"] as const) {
      const same = germanKeys.filter((key) => !MAY_EQUAL_GERMAN.has(key) && CATALOGUES[locale][key as keyof typeof de] === de[key as keyof typeof de]);
      expect(same, locale).toEqual([]);
    }
  });

  it("translations use only the placeholders the German text has ({count}, {place} …)", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(CATALOGUES[locale])) {
        const german = placeholders(de[key as keyof typeof de]);
        const own = placeholders(text!);
        expect(own.filter((name) => !german.includes(name)), `${locale}.${key}`).toEqual([]);
        // Only a singular text may leave out the count ("one centre found").
        const optional = key.endsWith("One") ? ["count"] : [];
        expect(german.filter((name) => !own.includes(name) && !optional.includes(name)), `${locale}.${key}`).toEqual([]);
      }
    }
  });

  it("Leichte Sprache overrides only known keys and falls back to German for the rest", () => {
    const overlay = CATALOGUES.ls;
    for (const key of Object.keys(overlay)) expect(germanKeys).toContain(key);
    expect(messagesFor("ls").navLeistungen).toBe(de.navLeistungen);
    expect(messagesFor("ls").skipLink).toBe("Zum Text springen");
  });

  it("Leichte Sprache keeps sentences short (at most 15 words each)", () => {
    for (const [key, text] of Object.entries(CATALOGUES.ls)) {
      for (const sentence of text!.split(/(?<=[.?!:])\s+/)) {
        expect(sentence.split(/\s+/).length, `ls.${key}: ${sentence}`).toBeLessThanOrEqual(15);
      }
    }
  });
});

describe("German terms in translations ([[…]])", () => {
  it("German and Leichte Sprache need no markers; every full catalogue's markers are well formed", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(CATALOGUES[locale])) {
        if (locale === "de" || locale === "ls") expect(text, `${locale}.${key}`).not.toMatch(/\[\[|\]\]/);
        else expect(hasBrokenMarkers(text!), `${locale}.${key}: ${text}`).toBe(false);
      }
    }
  });

  it("legal names of benefits stay German in every translation of the start page", () => {
    for (const locale of ["en", "tr", "ar", "uk", "ru"] as const) {
      const german = richSegments(CATALOGUES[locale].startIntro!).filter((s) => s.german).map((s) => s.text);
      expect(german, locale).toEqual(["Sozialplattform", "Wohngeld", "Kinderzuschlag", "Grundsicherung"]);
    }
  });

  it("splits marked terms and drops the markers for plain text", () => {
    expect(richSegments("a [[Wohngeld]] (housing benefit)")).toEqual([
      { text: "a ", german: false },
      { text: "Wohngeld", german: true },
      { text: " (housing benefit)", german: false },
    ]);
    expect(richSegments("[[Bürgergeld]]")).toEqual([{ text: "Bürgergeld", german: true }]);
    expect(richSegments("plain")).toEqual([{ text: "plain", german: false }]);
    expect(plainText("about [[Wohngeld]] and [[Kinderzuschlag]]")).toBe("about Wohngeld and Kinderzuschlag");
    expect(hasBrokenMarkers("open [[Wohngeld")).toBe(true);
    expect(hasBrokenMarkers("empty [[]]")).toBe(true);
    expect(hasBrokenMarkers("fine [[Wohngeld]]")).toBe(false);
  });
});

describe("locales", () => {
  it("Arabic is right-to-left, Leichte Sprache is German, the rest left-to-right", () => {
    expect(LOCALE_INFO.ar.dir).toBe("rtl");
    expect(LOCALE_INFO.ls.lang).toBe("de");
    expect(LOCALES.filter((l) => LOCALE_INFO[l].dir === "rtl")).toEqual(["ar"]);
    expect(contentIsForeign("ls")).toBe(false);
    expect(contentIsForeign("tr")).toBe(true);
  });

  it.each([
    ["en", "en"],
    ["ar", "ar"],
    ["xx", "de"],
    ["", "de"],
    [null, "de"],
  ])("parseLocale(%j) = %s", (input, expected) => {
    expect(parseLocale(input)).toBe(expected);
  });

  it.each([
    ["/leistungen?x=1", "/leistungen?x=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["leistungen", "/"],
    ["/a\nb", "/"],
    [null, "/"],
  ])("safeReturnPath(%j) = %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it("the switch link keeps the current page with its query", () => {
    expect(switchHref("ar", "/beratungsstellen?ort=10115&thema=schulden")).toBe(
      "/sprache?wahl=ar&zurueck=%2Fberatungsstellen%3Fort%3D10115%26thema%3Dschulden",
    );
  });
});
