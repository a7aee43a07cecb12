/**
 * The eleven official worked examples of the Federal Ministry (BMWSB), "Beispiele für die
 * Berechnung des Wohngelds", Stand 01.01.2025 (valid for 2025 and 2026):
 * https://www.bmwsb.bund.de/SharedDocs/downloads/DE/veroeffentlichungen/wohnen/wohngeld-2025/rechenbeispiele-2025.pdf
 * Each example is written as the facts the API takes; the expected M, Y and Wohngeld are the
 * figures the ministry publishes. Places are the ones of the examples; their Mietstufe is given
 * explicitly (as the examples state it), except where our postcode data covers the place.
 */
import { describe, expect, it, vi } from "vitest";
import { parseFacts, type FactsInput } from "../../facts";
import { berechneWohngeld } from "../wohngeld/calculate";
import { toCents } from "../wohngeld/fixed-point";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
// Wohngeld reads no other rule: the tables run with the other rules stubbed (see wohngeld-isolation.ts).
vi.mock("../index", () => import("./wohngeld-isolation"));

type Beispiel = { nr: number; ort: string; mietstufe: number; facts: Omit<FactsInput, "stichtag" | "wohnort">; m: number; y: number; wohngeld: number };

const kind = (alter: number): FactsInput["personen"][number] => ({ rolle: "kind", alter });

const BEISPIELE: Beispiel[] = [
  {
    nr: 1, ort: "Jüterbog", mietstufe: 1, m: 445.4, y: 1162.35, wohngeld: 110,
    facts: { wohnen: { art: "miete", wohnkosten_monat: 335 }, personen: [{ rolle: "antragsteller", alter: 70, einkommen: [{ art: "rente", brutto_monat: 1300, kranken_pflegeversicherung: true }] }] },
  },
  {
    nr: 2, ort: "Ludwigshafen", mietstufe: 4, m: 580.4, y: 1350, wohngeld: 88,
    facts: { wohnen: { art: "miete", wohnkosten_monat: 470 }, personen: [{ rolle: "antragsteller", alter: 45, einkommen: [{ art: "arbeitslosengeld", brutto_monat: 1350 }] }] },
  },
  {
    nr: 3, ort: "Leipzig, Stadt", mietstufe: 2, m: 622.6, y: 1589.7, wohngeld: 166,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 480 },
      personen: [
        { rolle: "antragsteller", alter: 72, grad_der_behinderung: 100, einkommen: [{ art: "rente", brutto_monat: 1410, kranken_pflegeversicherung: true }] },
        { rolle: "partner", alter: 70, einkommen: [{ art: "rente", brutto_monat: 540, kranken_pflegeversicherung: true }] },
      ],
    },
  },
  {
    nr: 4, ort: "Kreis Schleswig-Flensburg", mietstufe: 1, m: 720.8, y: 1638, wohngeld: 320,
    facts: {
      wohnen: { art: "eigentum", wohnkosten_monat: 750 },
      personen: [
        { rolle: "antragsteller", alter: 40, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 2150, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "partner", alter: 38, taetigkeit: "arbeitslos" },
        kind(6),
      ],
    },
  },
  {
    nr: 5, ort: "Wiesbaden", mietstufe: 6, m: 870.2, y: 1728, wohngeld: 372,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 700 },
      personen: [
        { rolle: "antragsteller", alter: 38, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1530, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "kind", alter: 9, einkommen: [{ art: "unterhaltsvorschuss", brutto_monat: 696 }] },
        kind(13),
      ],
    },
  },
  {
    nr: 6, ort: "München", mietstufe: 7, m: 1371.2, y: 2227.25, wohngeld: 691,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 1225 },
      personen: [
        { rolle: "antragsteller", alter: 42, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 2490, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "partner", alter: 40, einkommen: [{ art: "minijob_pauschal", brutto_monat: 556 }] },
        kind(8),
        kind(11),
      ],
    },
  },
  {
    nr: 7, ort: "Weimar", mietstufe: 3, m: 777.8, y: 1710, wohngeld: 485,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 580 },
      personen: [
        { rolle: "antragsteller", alter: 36, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 2240, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "partner", alter: 37, taetigkeit: "arbeitslos" },
        kind(3),
        kind(7),
      ],
    },
  },
  {
    nr: 8, ort: "Friedrichshafen", mietstufe: 5, m: 1095.4, y: 1853.25, wohngeld: 747,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 870 },
      personen: [
        { rolle: "antragsteller", alter: 45, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 2750, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "partner", alter: 43, taetigkeit: "arbeitslos" },
        { rolle: "kind", alter: 15, taetigkeit: "schule", einkommen: [{ art: "minijob_pauschal", brutto_monat: 60 }] },
        kind(12),
        kind(9),
      ],
    },
  },
  {
    nr: 9, ort: "Attendorn", mietstufe: 2, m: 1033, y: 3301.1, wohngeld: 343,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 780 },
      personen: [
        { rolle: "antragsteller", alter: 44, einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 4000, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "partner", alter: 46, taetigkeit: "arbeitslos" },
        kind(14),
        kind(10),
        kind(6),
        { rolle: "sonstige", alter: 75, einkommen: [{ art: "rente", brutto_monat: 645, kranken_pflegeversicherung: true }] },
      ],
    },
  },
  {
    nr: 10, ort: "Lübeck", mietstufe: 4, m: 356.3, y: 784.35, wohngeld: 191,
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 570 },
      personen: [
        { rolle: "antragsteller", alter: 68, einkommen: [{ art: "rente", brutto_monat: 880, kranken_pflegeversicherung: true }] },
        { rolle: "kind", alter: 30, bezieht_grundsicherung: true },
      ],
    },
  },
  {
    nr: 11, ort: "Neubrandenburg", mietstufe: 2, m: 455.4, y: 561.35, wohngeld: 342,
    facts: {
      wohnen: { art: "eigentum", wohnkosten_monat: 345 },
      personen: [{ rolle: "antragsteller", alter: 71, einkommen: [{ art: "rente", brutto_monat: 945, kranken_pflegeversicherung: true, grundrentenzeiten_jahre: 33 }] }],
    },
  },
];

// The examples' figures are valid unchanged through 31.12.2026: check both years.
const STICHTAGE = ["2025-07-01", "2026-11-22"];

describe("BMWSB Rechenbeispiele 2025: M, Y and Wohngeld to the cent and euro", () => {
  it.each(BEISPIELE.flatMap((b) => STICHTAGE.map((stichtag) => [b.nr, b.ort, stichtag, b] as const)))("Beispiel %i (%s), Stichtag %s", (_nr, _ort, stichtag, b) => {
    const parsed = parseFacts({ ...b.facts, stichtag, wohnort: { mietstufe: b.mietstufe } }, stichtag);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const calc = berechneWohngeld({
      stichtag,
      mietstufe: b.mietstufe as 1,
      wohnkosten: parsed.household.wohnkosten!,
      personen: parsed.household.personen,
    });
    expect(toCents(calc.miete)).toBe(Math.round(b.m * 100));
    expect(toCents(calc.einkommen)).toBe(Math.round(b.y * 100));
    expect(calc.betragMonat).toBe(b.wohngeld * 100);
  });
});

const RULE_CASES: BenefitCase[] = BEISPIELE.map((b) => ({
  name: `BMWSB Beispiel ${b.nr} (${b.ort}, Mietstufe ${b.mietstufe}) → ${b.wohngeld} €`,
  facts: { ...b.facts, stichtag: "2025-07-01", wohnort: { mietstufe: b.mietstufe } },
  expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: b.wohngeld } },
}));

describe("BMWSB Rechenbeispiele through the rule", () => {
  runCases(RULE_CASES);
});
