import { describe, expect, it } from "vitest";
import { fill, placeholders } from "../template";

describe("fill", () => {
  it("inserts values by name, as often as they occur", () => {
    expect(fill("{count} Beratungsstellen gefunden", { count: "1.234" })).toBe("1.234 Beratungsstellen gefunden");
    expect(fill("{a} und {b}, wieder {a}", { a: 1, b: "zwei" })).toBe("1 und zwei, wieder 1");
  });

  it("leaves a placeholder without value visible and text without placeholders alone", () => {
    expect(fill("Seite {page} von {pages}", { page: 2 })).toBe("Seite 2 von {pages}");
    expect(fill("Keine Angabe", { page: 2 })).toBe("Keine Angabe");
  });

  it("does not read placeholders out of inserted values", () => {
    expect(fill("{name}", { name: "{count}", count: 3 })).toBe("{count}");
  });
});

describe("placeholders", () => {
  it("lists names sorted and once", () => {
    expect(placeholders("{status} – Seite {page} von {pages}, {page}")).toEqual(["page", "pages", "status"]);
    expect(placeholders("nichts")).toEqual([]);
  });
});
