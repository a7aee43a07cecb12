import { describe, expect, it } from "vitest";
import { isTranslatedPage, localeOfMatches, TRANSLATED } from "../i18n";

describe("translated pages", () => {
  it("only the leaf route's handle decides whether the content is translated", () => {
    expect(isTranslatedPage([{ id: "root" }, { id: "routes/_index", handle: TRANSLATED }])).toBe(true);
    expect(isTranslatedPage([{ id: "root" }, { id: "routes/beratungsstellen._index" }])).toBe(false);
    expect(isTranslatedPage([{ id: "root", handle: TRANSLATED }, { id: "routes/x", handle: { other: true } }])).toBe(false);
    expect(isTranslatedPage([{ id: "root" }, { id: "routes/x", handle: { uebersetzt: "ja" } }])).toBe(false);
    expect(isTranslatedPage([])).toBe(false);
  });

  it("meta reads the locale from the root match, German when missing or unknown", () => {
    expect(localeOfMatches([{ id: "root", data: { locale: "ar" } }, { id: "routes/_index" }])).toBe("ar");
    expect(localeOfMatches([{ id: "root", data: { locale: "xx" } }])).toBe("de");
    expect(localeOfMatches([{ id: "root" }])).toBe("de");
  });
});
