import { describe, expect, it } from "vitest";
import type { Versioned } from "../../parameters/versioned";
import { abgeleiteteKennzahl, betragKennzahl, euro, prozent, textKennzahl } from "../kennzahl";

const TABLE: Versioned<{ betrag: number; satz: number }> = [
  { validFrom: "2025-01-01", value: { betrag: 10000, satz: 0.6 }, source: "Quelle 2025" },
  { validFrom: "2026-01-01", value: { betrag: 12550, satz: 0.675 }, source: "Quelle 2026" },
];

describe("kennzahl", () => {
  it.each([
    ["2025-12-31", 10000, "2025-01-01", "Quelle 2025"],
    ["2026-01-01", 12550, "2026-01-01", "Quelle 2026"],
  ])("takes amount, date and source of the entry in force on %s", (stichtag, betrag, gueltigAb, quelle) => {
    expect(betragKennzahl("Betrag", TABLE, stichtag, (v) => v.betrag)).toEqual({ label: "Betrag", betrag, gueltigAb, quelle });
  });

  it("writes text figures from the entry in force", () => {
    expect(textKennzahl("Satz", TABLE, "2026-03-01", (v) => prozent(v.satz))).toEqual({
      label: "Satz",
      text: "67,5 %",
      gueltigAb: "2026-01-01",
      quelle: "Quelle 2026",
    });
  });

  it("dates a derived figure by its latest part and cites every part once", () => {
    const parts = [
      { value: 1, validFrom: "2011-01-01", source: "A" },
      { value: 2, validFrom: "2026-01-01", source: "B" },
      { value: 3, validFrom: "2020-01-01", source: "A" },
    ];
    expect(abgeleiteteKennzahl("Summe", parts, 600)).toEqual({ label: "Summe", betrag: 600, gueltigAb: "2026-01-01", quelle: "A; B" });
  });

  it.each([
    [56300, "563\u00a0€"],
    [9571, "95,71\u00a0€"],
    [7119000, "71.190\u00a0€"],
    [11040, "110,40\u00a0€"],
  ])("formats %i cents as %s", (cents, text) => {
    expect(euro(cents)).toBe(text);
  });

  it.each([
    [0.6, "60 %"],
    [0.02, "2 %"],
    [0.675, "67,5 %"],
  ])("formats the rate %d as %s", (rate, text) => {
    expect(prozent(rate)).toBe(text);
  });
});
