import { describe, expect, it } from "vitest";
import { mietstufeChoicesFor, mietstufeFor } from "../mietstufe";
import { GEMEINDEN } from "../mietstufen-wogv";
import { PLZ_BEREICHE } from "../plz-bereiche";

const STICHTAG = "2026-11-22";

describe("postcode areas", () => {
  it("are five-digit, sorted and do not overlap", () => {
    PLZ_BEREICHE.forEach((bereich, i) => {
      expect(bereich.von).toMatch(/^\d{5}$/);
      expect(bereich.bis).toMatch(/^\d{5}$/);
      expect(bereich.von <= bereich.bis).toBe(true);
      if (i > 0) expect(PLZ_BEREICHE[i - 1]!.bis < bereich.von).toBe(true);
    });
  });

  it("use every municipality of the Mietstufen table, and only those", () => {
    const used = new Set(PLZ_BEREICHE.flatMap((b) => b.gemeinden));
    expect([...used].sort()).toEqual(Object.keys(GEMEINDEN).sort());
  });
});

describe("mietstufeFor", () => {
  it.each([
    ["10115", "Berlin", 4],
    ["14199", "Berlin", 4],
    ["12529", "Schönefeld", 4],
    ["20095", "Hamburg", 6],
    ["80331", "München", 7],
    ["81929", "München", 7],
    ["04109", "Leipzig", 2],
    ["01067", "Dresden", 3],
    ["50667", "Köln", 6],
    ["51149", "Köln", 6],
    ["60311", "Frankfurt am Main", 6],
    ["65929", "Frankfurt am Main", 6],
    ["70173", "Stuttgart", 6],
    ["40210", "Düsseldorf", 6],
    ["44135", "Dortmund", 3],
    ["45127", "Essen", 3],
    ["30159", "Hannover", 5],
    ["90402", "Nürnberg", 5],
    ["28195", "Bremen", 4],
  ])("%s → %s, Mietstufe %i, citing the WoGV Anlage", (plz, gemeinde, mietstufe) => {
    const treffer = mietstufeFor(plz, STICHTAG);
    expect(treffer).toMatchObject({ gemeinde, mietstufe });
    expect(treffer && "source" in treffer ? treffer.source : "").toContain("Anlage zu § 1 Abs. 3 WoGV");
  });

  it("lists every municipality of a shared postcode", () => {
    expect(mietstufeFor("22113", STICHTAG)).toEqual({
      ambiguous: [
        expect.objectContaining({ gemeinde: "Hamburg", mietstufe: 6 }),
        expect.objectContaining({ gemeinde: "Oststeinbek", mietstufe: 4 }),
      ],
    });
    expect(mietstufeChoicesFor("22113", STICHTAG).map((c) => c.mietstufe)).toEqual([6, 4]);
  });

  it.each([
    ["postcodes outside the covered blocks", "22301"],
    ["Stuttgart's airport postcode on Leinfelden-Echterdingen ground", "70629"],
    ["a number below every area", "00000"],
    ["a number above every area", "99999"],
  ])("knows nothing about %s", (_what, plz) => {
    expect(mietstufeFor(plz, STICHTAG)).toBeUndefined();
    expect(mietstufeChoicesFor(plz, STICHTAG)).toEqual([]);
  });

  it("gives no answer before the list came into force", () => {
    expect(mietstufeFor("10115", "2022-12-31")).toBeUndefined();
    expect(mietstufeFor("10115", "2023-01-01")).toMatchObject({ mietstufe: 4 });
  });
});
