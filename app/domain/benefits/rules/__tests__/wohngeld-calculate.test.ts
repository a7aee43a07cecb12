/**
 * Focused tests of the Wohngeld calculation: income rules of §§ 14–17a WoGG, § 19 Abs. 3, the
 * rounding of Anlage 3 and speed. Expected values are worked out by hand from the law.
 */
import { describe, expect, it } from "vitest";
import { parseFacts, type FactsInput } from "../../facts";
import type { Mietstufe } from "../../parameters/wohngeld";
import { berechneWohngeld } from "../wohngeld/calculate";
import { fromCents, toCents, toWholeEuros } from "../wohngeld/fixed-point";

const STICHTAG = "2026-11-22";

function household(personen: FactsInput["personen"], wohnkosten = 500, extra: Partial<FactsInput> = {}) {
  const parsed = parseFacts({ stichtag: STICHTAG, wohnen: { art: "miete", wohnkosten_monat: wohnkosten }, personen, ...extra }, STICHTAG);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.household;
}

function calculate(personen: FactsInput["personen"], mietstufe: Mietstufe = 4, wohnkosten = 500) {
  const h = household(personen, wohnkosten);
  return berechneWohngeld({ stichtag: STICHTAG, mietstufe, wohnkosten: h.wohnkosten!, personen: h.personen });
}

const monthlyY = (personen: FactsInput["personen"]) => toCents(calculate(personen).einkommen) / 100;

describe("Jahreseinkommen and Freibeträge (§§ 14–17a WoGG)", () => {
  it.each<[string, FactsInput["personen"], number]>([
    [
      // § 16 applies to the member's whole Jahreseinkommen: (1,000 − 102.50 + 300) × 0.8
      "10 % per contribution type, on all of the member's income",
      [{ rolle: "antragsteller", alter: 40, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1000, kranken_pflegeversicherung: true, rentenversicherung: true }, { art: "minijob_pauschal", brutto_monat: 300 }] }],
      958,
    ],
    ["Arbeitnehmer-Pauschbetrag never makes a small wage negative", [{ rolle: "antragsteller", alter: 40, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 80 }] }], 0],
    ["self-employed: the stated profit counts without the employee lump sum", [{ rolle: "antragsteller", alter: 40, taetigkeit: "selbststaendig", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1000 }] }], 1000],
    ["Elterngeld counts above 300 € (§ 10 BEEG)", [{ rolle: "antragsteller", alter: 30, einkommen: [{ art: "elterngeld", brutto_monat: 800 }] }], 500],
    // 500 − 8.50 = 491.50; Freibetrag (1,200 + 30 % × 4,800) / 12 = 220
    ["Grundrentenfreibetrag below its cap", [{ rolle: "antragsteller", alter: 70, einkommen: [{ art: "rente", brutto_monat: 500, grundrentenzeiten_jahre: 33 }] }], 271.5],
    ["no Grundrentenfreibetrag with 32 years", [{ rolle: "antragsteller", alter: 70, einkommen: [{ art: "rente", brutto_monat: 500, grundrentenzeiten_jahre: 32 }] }], 491.5],
    ["GdB 60 with Pflegegrad 2 is severely disabled in care: 150 € off", [{ rolle: "antragsteller", alter: 60, grad_der_behinderung: 60, pflegegrad: 2, einkommen: [{ art: "sonstiges", brutto_monat: 1000 }] }], 850],
    ["GdB 60 without care need: no Freibetrag", [{ rolle: "antragsteller", alter: 60, grad_der_behinderung: 60, einkommen: [{ art: "sonstiges", brutto_monat: 1000 }] }], 1000],
    [
      // child's wage 400 − 102.50 = 297.50 a month; its Freibetrag is capped at 1,200 € a year
      "child under 25: own earnings free up to 100 € a month",
      [
        { rolle: "antragsteller", alter: 50, einkommen: [{ art: "sonstiges", brutto_monat: 1000 }] },
        { rolle: "partner", alter: 50 },
        { rolle: "kind", alter: 20, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 400 }] },
      ],
      1197.5,
    ],
    [
      "child aged 25: no Freibetrag for its earnings",
      [
        { rolle: "antragsteller", alter: 50, einkommen: [{ art: "sonstiges", brutto_monat: 1000 }] },
        { rolle: "partner", alter: 50 },
        { rolle: "kind", alter: 25, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 400 }] },
      ],
      1297.5,
    ],
  ])("%s", (_name, personen, y) => {
    expect(monthlyY(personen)).toBe(y);
  });
});

describe("§ 19 Abs. 3 WoGG: more than twelve members", () => {
  // Worked example of the Länder guidance on WoGVwV Nr. 19.31 (Stand 12/2024): 14 members,
  // Mietstufe III, rent 1,600 €, Y 4,688.25 € → 1,205 € for twelve plus 2 × 65 € = 1,335 €.
  it("computes with the values for twelve and adds 65 € per further member", () => {
    const personen: FactsInput["personen"] = [
      { rolle: "antragsteller", alter: 45, einkommen: [{ art: "sonstiges", brutto_monat: 4688.25 }] },
      { rolle: "partner", alter: 45 },
      ...Array.from({ length: 12 }, (_, i) => ({ rolle: "kind" as const, alter: 1 + i })),
    ];
    const calc = calculate(personen, 3, 1600);
    expect(toCents(calc.miete)).toBe(201860);
    expect(calc.betragMonat).toBe(133500);
  });
});

describe("Anlage 3 Nr. 1: minimum values for Y and M", () => {
  it("replaces Y below 396 € for one member: no income, rent 400 €, Mietstufe 4 → 450 €", () => {
    const calc = calculate([{ rolle: "antragsteller", alter: 30 }], 4, 400);
    expect(toCents(calc.einkommen)).toBe(0);
    expect(calc.betragMonat).toBe(45000);
  });

  it("replaces M below 54 €: one of five counted, rent 0 € → M 45.08 € becomes 54 €, giving 25 € (16 € without)", () => {
    const personen: FactsInput["personen"] = [
      { rolle: "antragsteller", alter: 50 },
      ...Array.from({ length: 4 }, () => ({ rolle: "sonstige" as const, alter: 40, bezieht_grundsicherung: true })),
    ];
    const calc = calculate(personen, 1, 0);
    expect(toCents(calc.miete)).toBe(4508);
    expect(calc.betragMonat).toBe(2500);
  });
});

describe("Anlage 3 Nr. 3: rounding to whole euros", () => {
  it.each([
    [949, 900],
    [950, 1000],
    [-250, 0],
  ])("%i cents → %i cents", (cents, rounded) => {
    expect(toWholeEuros(fromCents(cents))).toBe(rounded);
  });
});
