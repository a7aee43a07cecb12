/**
 * Wohngeld verdict and amount tables. Expected amounts were computed by hand from the law
 * (§§ 11, 12, 19 WoGG, Anlagen 1–3, values from 01.01.2025) with decimal arithmetic outside this
 * code base; the official examples are in wohngeld-bmwsb.test.ts. Income of type "sonstiges"
 * without contributions makes Y equal the stated amount, which keeps the boundaries readable.
 */
import { describe, vi } from "vitest";
import type { FactsInput } from "../../facts";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";

// Wohngeld reads no other rule: the tables run with the other rules stubbed (see wohngeld-isolation.ts).
vi.mock("../index", () => import("./wohngeld-isolation"));

type Personen = FactsInput["personen"];
const sonstiges = (euro: number) => [{ art: "sonstiges" as const, brutto_monat: euro }];
const single = (euro: number): Personen => [{ rolle: "antragsteller", alter: 40, einkommen: sonstiges(euro) }];
const miete = (wohnkosten_monat: number) => ({ art: "miete" as const, wohnkosten_monat });
/** Applicant with income, partner without, and children, so no single-parent allowance applies. */
function familie(groesse: number, euro: number): Personen {
  const personen: Personen = [{ rolle: "antragsteller", alter: 40, einkommen: sonstiges(euro) }];
  if (groesse >= 2) personen.push({ rolle: "partner", alter: 40 });
  for (let i = 2; i < groesse; i += 1) personen.push({ rolle: "kind", alter: 2 + i });
  return personen;
}

const MINDESTBETRAG: BenefitCase[] = [
  {
    name: "Y 1,373.01 € (single, Mietstufe 1, rent 300 €) → exactly 10 €",
    facts: { wohnort: { mietstufe: 1 }, wohnen: miete(300), personen: single(1373.01) },
    expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 10, gruende: ["wohngeld.betrag"] } },
  },
  {
    name: "Y 1,373.02 € → 9 € by the formula, below the 10 € minimum → 0",
    facts: { wohnort: { mietstufe: 1 }, wohnen: miete(300), personen: single(1373.02) },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: 0, gruende: ["wohngeld.unter_mindestbetrag"] } },
  },
  {
    name: "income far above the limit → formula gives nothing",
    facts: { wohnort: { mietstufe: 1 }, wohnen: miete(300), personen: single(3000) },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: 0, gruende: ["wohngeld.einkommen_zu_hoch"] } },
  },
];

const HOECHSTBETRAG: BenefitCase[] = [
  { name: "rent 400 € below the cap (Mietstufe 3, single, Y 1,000 €) → 212 €", facts: { wohnort: { mietstufe: 3 }, wohnen: miete(400), personen: single(1000) }, expect: { wohngeld: { betragMonat: 212 } } },
  { name: "rent 475.20 € = Höchstbetrag 456 € + Klimakomponente 19.20 € → 257 €", facts: { wohnort: { mietstufe: 3 }, wohnen: miete(475.2), personen: single(1000) }, expect: { wohngeld: { betragMonat: 257 } } },
  {
    name: "rent 900 € is capped at 475.20 € → still 257 €, with the reason",
    facts: { wohnort: { mietstufe: 3 }, wohnen: miete(900), personen: single(1000) },
    expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 257, gruende: ["wohngeld.hoechstbetrag"] } },
  },
];

// Mietstufe 4, rent 900 €, Y 2,000 €: the cap binds for every size; beyond 12 members § 19 Abs. 3 adds 65 € each.
const GROESSEN: BenefitCase[] = (
  [
    [1, 0],
    [2, 50],
    [3, 290],
    [4, 607],
    [5, 721],
    [6, 816],
    [7, 896],
    [13, 1273],
  ] as const
).map(([groesse, betrag]) => ({
  name: `${groesse} household member(s), Mietstufe 4, rent 900 €, Y 2,000 € → ${betrag} €`,
  facts: { wohnort: { mietstufe: 4 }, wohnen: miete(900), personen: familie(groesse, 2000) },
  expect: { wohngeld: { betragMonat: betrag } },
}));

const AUSGESCHLOSSEN: BenefitCase[] = [
  {
    name: "one of three receives Grundsicherung: 2/3 of rent and caps, coefficients for 2 → 203 €",
    facts: {
      wohnort: { mietstufe: 4 },
      wohnen: miete(800),
      personen: [...familie(2, 1500), { rolle: "kind", alter: 25, bezieht_grundsicherung: true }],
    },
    expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 203, gruende: ["wohngeld.mitglieder_ausgeschlossen"] } },
  },
  {
    name: "the applicant receives Grundsicherung → excluded (§ 7 WoGG)",
    facts: { wohnort: { mietstufe: 4 }, wohnen: miete(500), personen: [{ rolle: "antragsteller", alter: 40, bezieht_grundsicherung: true }] },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["wohngeld.transferleistung"] } },
  },
];

const MIETSTUFE: BenefitCase[] = [
  { name: "PLZ 80331 → München, Mietstufe 7 → 271 €", facts: { wohnort: { plz: "80331" }, wohnen: miete(700), personen: single(1200) }, expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 271 } } },
  { name: "the user's Mietstufe 1 wins over PLZ 80331 → 117 €", facts: { wohnort: { plz: "80331", mietstufe: 1 }, wohnen: miete(700), personen: single(1200) }, expect: { wohngeld: { betragMonat: 117 } } },
  { name: "PLZ 04109 → Leipzig, Mietstufe 2 → 140 €", facts: { wohnort: { plz: "04109" }, wohnen: miete(700), personen: single(1200) }, expect: { wohngeld: { betragMonat: 140 } } },
  {
    name: "PLZ 22113 spans Hamburg (6) and Oststeinbek (4) → at least 190 €, please choose",
    facts: { wohnort: { plz: "22113" }, wohnen: miete(700), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "moeglich", betragMonat: 190, gruende: ["wohngeld.mietstufe_entscheidet"], fehlend: ["wohnort.mietstufe"] } },
  },
  {
    name: "unknown PLZ 99999 → lower bound with Mietstufe 1, asks for the Mietstufe",
    facts: { wohnort: { plz: "99999" }, wohnen: miete(700), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "moeglich", betragMonat: 117, fehlend: ["wohnort.mietstufe"] } },
  },
  {
    name: "no PLZ, rent 350 € below every cap → the Mietstufe does not matter: exactly 102 €",
    facts: { wohnen: miete(350), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 102 } },
  },
  {
    name: "no PLZ, rent 700 € → asks for the PLZ",
    facts: { wohnen: miete(700), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "moeglich", betragMonat: 117, fehlend: ["wohnort.plz"] } },
  },
  {
    name: "unknown PLZ and Y 1,450 €: nothing in Mietstufe 1, 117 € in Mietstufe 7 → unklar",
    facts: { wohnort: { plz: "99999" }, wohnen: miete(700), personen: single(1450) },
    expect: { wohngeld: { einschaetzung: "unklar", betragMonat: null, fehlend: ["wohnort.mietstufe"] } },
  },
];

const FEHLEND_UND_AUSSCHLUESSE: BenefitCase[] = [
  {
    name: "no housing costs → unklar, asks for them",
    facts: { wohnort: { plz: "10115" }, personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "unklar", betragMonat: null, fehlend: ["wohnen.wohnkosten_monat"] } },
  },
  {
    name: "single parent, child's age missing → moeglich, asks for it",
    facts: { wohnort: { mietstufe: 3 }, wohnen: miete(600), personen: [{ rolle: "antragsteller", alter: 35, einkommen: sonstiges(1400) }, { rolle: "kind" }] },
    expect: { wohngeld: { einschaetzung: "moeglich", fehlend: ["personen.1.alter"] } },
  },
  {
    name: "without a flat → unwahrscheinlich",
    facts: { wohnen: { art: "ohne_wohnung" }, personen: single(800) },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["wohngeld.keine_wohnkosten"] } },
  },
  {
    name: "student living alone → BAföG comes first (§ 20 Abs. 2 WoGG)",
    facts: { wohnort: { mietstufe: 4 }, wohnen: miete(450), personen: [{ rolle: "antragsteller", alter: 22, taetigkeit: "studium", einkommen: sonstiges(600) }] },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", gruende: ["wohngeld.ausbildungsfoerderung"] } },
  },
  {
    name: "assets 60,000 € for one person are within the limit",
    facts: { vermoegen: 60000, wohnort: { mietstufe: 4 }, wohnen: miete(700), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: 190 } },
  },
  {
    name: "assets 60,000.01 € for one person → above the limit (§ 21 Nr. 3, WoGVwV 21.37)",
    facts: { vermoegen: 60000.01, wohnort: { mietstufe: 4 }, wohnen: miete(700), personen: single(1200) },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", gruende: ["wohngeld.vermoegen"] } },
  },
  {
    name: "no income at all → Grundsicherung fits better; the formula alone would give 450 €",
    facts: { wohnort: { mietstufe: 4 }, wohnen: miete(400), personen: [{ rolle: "antragsteller", alter: 30, taetigkeit: "arbeitslos" }] },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["wohngeld.kein_einkommen"] } },
  },
  {
    name: "no income and an unknown Mietstufe → still unwahrscheinlich, no range",
    facts: { wohnen: miete(700), personen: [{ rolle: "antragsteller", alter: 30, taetigkeit: "arbeitslos" }] },
    expect: { wohngeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["wohngeld.kein_einkommen"] } },
  },
];

// Single parent, children 4 and 9, part-time job with KV and RV contributions, rent 750 €: the
// Alleinerziehenden-Freibetrag (110 €) applies; Y = (gross − 102.50) × 0.8 − 110.
const ALLEINERZIEHEND: BenefitCase[] = (
  [
    [1550, 3, 629],
    [1550, 4, 680],
    [1600, 6, 664],
  ] as const
).map(([brutto, mietstufe, betrag]) => ({
  name: `single parent, gross ${brutto} €, Mietstufe ${mietstufe}, rent 750 € → ${betrag} €`,
  facts: {
    wohnort: { mietstufe },
    wohnen: miete(750),
    personen: [
      { rolle: "antragsteller", alter: 34, taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: brutto, netto_monat: 1200, kranken_pflegeversicherung: true, rentenversicherung: true }] },
      { rolle: "kind", alter: 4 },
      { rolle: "kind", alter: 9 },
    ],
  },
  expect: { wohngeld: { einschaetzung: "wahrscheinlich", betragMonat: betrag, gruende: ["wohngeld.freibetraege"] } },
}));

describe("Wohngeld: 10 € minimum (§ 21 Nr. 1)", () => runCases(MINDESTBETRAG));
describe("Wohngeld: Höchstbetrag cap (§ 11 Abs. 1, § 12)", () => runCases(HOECHSTBETRAG));
describe("Wohngeld: household sizes 1–7 and 13", () => runCases(GROESSEN));
describe("Wohngeld: members excluded by transfer benefits (§ 7, § 11 Abs. 3)", () => runCases(AUSGESCHLOSSEN));
describe("Wohngeld: Mietstufe from PLZ, override, unknown and shared PLZ", () => runCases(MIETSTUFE));
describe("Wohngeld: missing facts and exclusions", () => runCases(FEHLEND_UND_AUSSCHLUESSE));
describe("Wohngeld: single parent with two children", () => runCases(ALLEINERZIEHEND));
