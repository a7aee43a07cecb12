/**
 * Hilfe zur Pflege: Pflegegrad 1/2 boundary, protected assets (10,000 € per adult, 500 € per
 * supported child) and the income limit of § 85 SGB XII: 2 × 563 € + housing incl. heating
 * + 395 € (70 % of 563 €, rounded up) for the partner and each child.
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import type { FactsInput } from "../../facts";
import { einkommensgrenze } from "../hilfe-zur-pflege/einkommensgrenze";

const rente = (netto: number) => [{ art: "rente" as const, brutto_monat: netto + 100, netto_monat: netto, kranken_pflegeversicherung: true }];
const allein = (pflegegrad: number, extra: Partial<FactsInput> = {}): FactsInput => ({
  wohnen: { art: "miete", wohnkosten_monat: 500, heizkosten_monat: 70 },
  personen: [{ rolle: "antragsteller", alter: 80, taetigkeit: "rente", pflegegrad, einkommen: rente(1500) }],
  ...extra,
});

const PFLEGEGRAD: BenefitCase[] = [
  { name: "Pflegegrad 1 → only aids, eher nicht", facts: allein(1), expect: { "hilfe-zur-pflege": { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["hilfe-zur-pflege.pflegegrad_1"] } } },
  { name: "Pflegegrad 2 → moeglich, no amount", facts: allein(2), expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", betragMonat: null, gruende: ["hilfe-zur-pflege.pflegegrad"] } } },
  { name: "Pflegegrad 0 for everyone → unwahrscheinlich", facts: allein(0), expect: { "hilfe-zur-pflege": { einschaetzung: "unwahrscheinlich", gruende: ["hilfe-zur-pflege.kein_pflegegrad"] } } },
  {
    name: "Pflegegrad not stated → unklar",
    facts: { personen: [{ rolle: "antragsteller", alter: 80 }, { rolle: "partner", alter: 78, pflegegrad: 0 }] },
    expect: { "hilfe-zur-pflege": { einschaetzung: "unklar", fehlend: ["personen.0.pflegegrad"] } },
  },
  {
    name: "child with Pflegegrad 3 → moeglich, parents' income checked by the office",
    facts: { personen: [{ rolle: "antragsteller", alter: 40, pflegegrad: 0 }, { rolle: "kind", alter: 8, pflegegrad: 3 }] },
    expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", gruende: ["hilfe-zur-pflege.einkommen_der_person"] } },
  },
];

const EINKOMMEN: BenefitCase[] = [
  { name: "single, housing 570 €, net pension 1,696 € = limit → below", facts: { ...allein(2), personen: [{ rolle: "antragsteller", alter: 80, pflegegrad: 2, einkommen: rente(1696) }] }, expect: { "hilfe-zur-pflege": { gruende: ["hilfe-zur-pflege.einkommen_unter_grenze"] } } },
  { name: "net pension 1,696.01 € → above the limit, still moeglich", facts: { ...allein(2), personen: [{ rolle: "antragsteller", alter: 80, pflegegrad: 2, einkommen: rente(1696.01) }] }, expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", gruende: ["hilfe-zur-pflege.einkommen_ueber_grenze"] } } },
  {
    name: "Stichtag 2025-06-01, same Regelbedarf → same limit",
    facts: { ...allein(2), stichtag: "2025-06-01", personen: [{ rolle: "antragsteller", alter: 80, pflegegrad: 2, einkommen: rente(1696.01) }] },
    expect: { "hilfe-zur-pflege": { gruende: ["hilfe-zur-pflege.einkommen_ueber_grenze"] } },
  },
  {
    name: "couple: partner in need of care, joint net 2,091 € = 1,126 + 570 + 395 → below",
    facts: {
      wohnen: { art: "miete", wohnkosten_monat: 500, heizkosten_monat: 70 },
      personen: [
        { rolle: "antragsteller", alter: 79, einkommen: rente(1000) },
        { rolle: "partner", alter: 81, pflegegrad: 4, einkommen: rente(1091) },
      ],
    },
    expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", gruende: ["hilfe-zur-pflege.einkommen_unter_grenze"] } },
  },
  {
    name: "net amount missing although contributions are paid → missing fact",
    facts: { ...allein(2), personen: [{ rolle: "antragsteller", alter: 80, pflegegrad: 2, einkommen: [{ art: "rente", brutto_monat: 1500, kranken_pflegeversicherung: true }] }] },
    expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", fehlend: ["personen.0.einkommen.0.netto_monat"] } },
  },
  {
    name: "housing costs missing → missing fact",
    facts: { wohnen: { art: "miete" }, personen: [{ rolle: "antragsteller", alter: 80, pflegegrad: 2, einkommen: rente(1500) }] },
    expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", fehlend: ["wohnen.wohnkosten_monat"] } },
  },
];

const VERMOEGEN: BenefitCase[] = [
  { name: "assets 10,000 € single → within the protected amount", facts: allein(3, { vermoegen: 10000 }), expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", gruende: ["hilfe-zur-pflege.vermoegen_unter_schonbetrag"] } } },
  { name: "assets 10,000.01 € single → to be used first", facts: allein(3, { vermoegen: 10000.01 }), expect: { "hilfe-zur-pflege": { einschaetzung: "unwahrscheinlich", gruende: ["hilfe-zur-pflege.vermoegen_ueber_schonbetrag"] } } },
  {
    name: "couple with one child: 20,500 € protected",
    facts: {
      vermoegen: 20500,
      wohnen: { art: "eigentum", wohnkosten_monat: 300 },
      personen: [{ rolle: "antragsteller", alter: 50, pflegegrad: 2 }, { rolle: "partner", alter: 50 }, { rolle: "kind", alter: 12 }],
    },
    expect: { "hilfe-zur-pflege": { einschaetzung: "moeglich", gruende: ["hilfe-zur-pflege.vermoegen_unter_schonbetrag"] } },
  },
];

describe("hilfe-zur-pflege: Pflegegrad", () => runCases(PFLEGEGRAD));
describe("hilfe-zur-pflege: income limit of § 85 SGB XII", () => runCases(EINKOMMEN));
describe("hilfe-zur-pflege: protected assets", () => runCases(VERMOEGEN));

describe("hilfe-zur-pflege: einkommensgrenze", () => {
  it("single: 2 × 563 € + housing", () => expect(einkommensgrenze("2026-11-22", 57000, 0)).toBe(169600));
  it("Familienzuschlag 395 € each for partner and two children", () => expect(einkommensgrenze("2025-06-01", 80000, 3)).toBe(112600 + 80000 + 3 * 39500));
});
