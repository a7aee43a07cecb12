import { describe, expect, it } from "vitest";
import { de } from "../catalogues/de";
import { CATALOGUES, messagesFor, OVERLAY_LOCALES } from "../messages";
import { contentIsForeign, LOCALE_INFO, LOCALES, parseLocale, safeReturnPath, switchHref } from "../locales";

const germanKeys = Object.keys(de).sort();

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
      const same = germanKeys.filter((key) => CATALOGUES[locale][key as keyof typeof de] === de[key as keyof typeof de]);
      expect(same, locale).toEqual([]);
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
