/**
 * The acceptance personas of issue 3, through the whole engine. Amounts are derived in the
 * comments from the parameter tables (2026 figures) so a reader can check them by hand.
 */
import { describe } from "vitest";
import { runCases, type BenefitCase } from "./case-runner";

const zweiKinder = [
  { rolle: "kind" as const, alter: 4 },
  { rolle: "kind" as const, alter: 9 },
];

const kindergeld: BenefitCase[] = [
  {
    // 2 × 259 € (§ 66 Abs. 1 EStG from 01.01.2026)
    name: "Kindergeld für zwei Kinder am 22.11.2026",
    facts: { stichtag: "2026-11-22", personen: [{ rolle: "antragsteller", alter: 38 }, ...zweiKinder] },
    expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 518 } },
  },
  {
    // 2 × 255 € (2025)
    name: "Kindergeld für zwei Kinder am 01.06.2025",
    facts: { stichtag: "2025-06-01", personen: [{ rolle: "antragsteller", alter: 38 }, ...zweiKinder] },
    expect: { kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 510 } },
  },
];

const alleinerziehend: BenefitCase = {
  // Dresden (PLZ 01069, Mietstufe III). SGB II need: 563 + 357 + 390 + 36 % of 563 (202.68) + 2 × 25
  // Sofortzuschlag + 750 + 90 = 2,402.68 €; income 1,200 − (100 + 84 + 144 + 50) = 822 € plus
  // Kindergeld 518 € → gap 1,062.68 €. Kinderzuschlag: parents' need 563 + 202.68 + 840 × 5,340 /
  // (5,340 + 2 × 1,584) = 1,292.90 € > 822 € → the full 2 × 297 = 594 €. With Wohngeld the gap closes.
  name: "Alleinerziehend, zwei Kinder (4 und 9), Teilzeit 1.200 € netto, Miete 750 €",
  facts: {
    stichtag: "2026-11-22",
    wohnort: { plz: "01069" },
    wohnen: { art: "miete", wohnkosten_monat: 750, heizkosten_monat: 90 },
    vermoegen: 1500,
    personen: [
      {
        rolle: "antragsteller",
        alter: 34,
        erwerbsfaehig: true,
        taetigkeit: "beschaeftigt",
        einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1550, netto_monat: 1200, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }],
      },
      ...zweiKinder,
    ],
  },
  expect: {
    kindergeld: { einschaetzung: "wahrscheinlich", betragMonat: 518 },
    kinderzuschlag: { einschaetzung: ["wahrscheinlich", "moeglich"], betragMonat: 594 },
    wohngeld: { einschaetzung: ["wahrscheinlich", "moeglich"] },
    grundsicherungsgeld: { gruende: ["grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag"] },
  },
};

const rentnerin: BenefitCase = {
  // Need 563 + 450 + 60 = 1,073 €; net pension 900 € → 173 €.
  name: "70 Jahre, allein, Rente 900 € netto, Miete 450 € + Heizung 60 €",
  facts: {
    stichtag: "2026-11-22",
    wohnort: { plz: "01069" },
    wohnen: { art: "miete", wohnkosten_monat: 450, heizkosten_monat: 60 },
    vermoegen: 3000,
    personen: [
      {
        rolle: "antragsteller",
        alter: 70,
        taetigkeit: "rente",
        einkommen: [{ art: "rente", brutto_monat: 1000, netto_monat: 900, kranken_pflegeversicherung: true }],
      },
    ],
  },
  expect: {
    "grundsicherung-im-alter": { einschaetzung: ["wahrscheinlich", "moeglich"], betragMonat: 173 },
    grundsicherungsgeld: { einschaetzung: "unwahrscheinlich" },
    "hilfe-zum-lebensunterhalt": { einschaetzung: "unwahrscheinlich" },
  },
};

const arbeitslos: BenefitCase = {
  // 563 + 400 + 60 = 1,023 €.
  name: "Arbeitslos, 30 Jahre, ohne Einkommen, Miete 400 € + Heizung 60 €",
  facts: {
    stichtag: "2026-11-22",
    wohnort: { plz: "04109" },
    wohnen: { art: "miete", wohnkosten_monat: 400, heizkosten_monat: 60 },
    vermoegen: 0,
    personen: [{ rolle: "antragsteller", alter: 30, erwerbsfaehig: true, taetigkeit: "arbeitslos" }],
  },
  expect: {
    grundsicherungsgeld: { einschaetzung: "wahrscheinlich", betragMonat: 1023, gruende: ["grundsicherungsgeld.vorrang_arbeitslosengeld"] },
    arbeitslosengeld: { einschaetzung: "moeglich", betragMonat: null },
  },
};

describe("Abnahme: Kindergeld", () => runCases(kindergeld));
describe("Abnahme: Alleinerziehende mit Teilzeit", () => runCases([alleinerziehend]));
describe("Abnahme: Rentnerin mit kleiner Rente", () => runCases([rentnerin]));
describe("Abnahme: arbeitsloser junger Erwachsener", () => runCases([arbeitslos]));
