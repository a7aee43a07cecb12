/**
 * Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII), 2026 figures.
 * Base case: living alone, Miete 450 € + Heizung 60 €, need 563 + 510 = 1,073 €.
 */
import { describe } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import type { FactsInput } from "../../facts";

type Person = FactsInput["personen"][number];
type Einkommen = NonNullable<Person["einkommen"]>[number];
const rente = (netto: number, extra: Partial<Einkommen> = {}): Einkommen => ({
  art: "rente",
  brutto_monat: netto + 100,
  netto_monat: netto,
  kranken_pflegeversicherung: true,
  ...extra,
});
const allein = (person: Partial<Person>, extra: Partial<FactsInput> = {}): FactsInput => ({
  stichtag: "2026-11-22",
  wohnen: { art: "miete", wohnkosten_monat: 450, heizkosten_monat: 60 },
  vermoegen: 0,
  personen: [{ rolle: "antragsteller", alter: 70, taetigkeit: "rente", ...person }],
  ...extra,
});
const gia = (name: string, facts: FactsInput, expectation: BenefitCase["expect"]["grundsicherung-im-alter"]): BenefitCase => ({
  name,
  facts,
  expect: { "grundsicherung-im-alter": expectation },
});

describe("Grundsicherung im Alter: Altersgrenze und Erwerbsminderung", () =>
  runCases([
    gia("70 Jahre", allein({ einkommen: [rente(900)] }), { betragMonat: 173, gruende: ["grundsicherung-im-alter.altersgrenze_erreicht"] }),
    gia("67 Jahre", allein({ alter: 67 }), { betragMonat: 1073 }),
    gia("66 Jahre ohne Geburtsdatum", allein({ alter: 66 }), { einschaetzung: "moeglich", betragMonat: null, fehlend: ["personen.0.geburtsdatum"] }),
    // Born 1960: 66 years + 4 months.
    gia("geboren 15.07.1960: Grenze am 15.11.2026 erreicht", allein({ alter: undefined, geburtsdatum: "1960-07-15" }), { betragMonat: 1073 }),
    gia("geboren 01.08.1960: Grenze erst am 01.12.2026", allein({ alter: undefined, geburtsdatum: "1960-08-01" }), {
      einschaetzung: "unwahrscheinlich",
      gruende: ["grundsicherung-im-alter.nicht_im_alter"],
    }),
    gia("65 Jahre", allein({ alter: 65 }), { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherung-im-alter.nicht_im_alter"] }),
    gia("40 Jahre, kann nicht arbeiten", allein({ alter: 40, taetigkeit: "sonstige", erwerbsfaehig: false }), {
      einschaetzung: "wahrscheinlich",
      betragMonat: 1073,
      gruende: ["grundsicherung-im-alter.erwerbsminderung"],
    }),
    gia("17 Jahre, kann nicht arbeiten", allein({ alter: 17, erwerbsfaehig: false }), { einschaetzung: "unwahrscheinlich" }),
    gia("Alter fehlt", allein({ alter: undefined }), { einschaetzung: "unklar", fehlend: ["personen.0.alter"] }),
  ]));

describe("Grundsicherung im Alter: Einkommen und Freibeträge", () =>
  runCases([
    // § 82a SGB XII: 100 € + 30 % of (1,000 − 100) = 370 €, capped at 281.50 € → 1,073 − (900 − 281.50).
    gia("Grundrente mit 33 Jahren Grundrentenzeiten", allein({ einkommen: [rente(900, { grundrentenzeiten_jahre: 33 })] }), { betragMonat: 454.5 }),
    gia("32 Jahre Grundrentenzeiten: kein Freibetrag", allein({ einkommen: [rente(900, { grundrentenzeiten_jahre: 32 })] }), { betragMonat: 173 }),
    // Small Grundrente: 100 € + 30 % of 50 € = 115 € free of a 150 € pension.
    gia("kleine Rente mit Grundrentenzeiten", allein({ einkommen: [rente(150, { brutto_monat: 150, grundrentenzeiten_jahre: 35 })] }), { betragMonat: 1073 - 35 }),
    // § 82 Abs. 3 SGB XII: 30 % of a 200 € minijob stay free.
    gia("Rente 900 € und Minijob 200 €", allein({ einkommen: [rente(900), { art: "minijob_pauschal", brutto_monat: 200 }] }), { betragMonat: 33 }),
    gia("Rente reicht", allein({ einkommen: [rente(1100)] }), { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherung-im-alter.einkommen_reicht"] }),
    gia("Nettorente fehlt", allein({ einkommen: [{ art: "rente", brutto_monat: 900, kranken_pflegeversicherung: true }] }), {
      einschaetzung: "moeglich",
      betragMonat: null,
      fehlend: ["personen.0.einkommen.0.netto_monat"],
    }),
    // Two pensioners: 2 × 506 + 680 − (800 + 400).
    gia(
      "Paar, beide im Rentenalter",
      {
        stichtag: "2026-11-22",
        wohnen: { art: "miete", wohnkosten_monat: 600, heizkosten_monat: 80 },
        vermoegen: 0,
        personen: [
          { rolle: "antragsteller", alter: 72, einkommen: [rente(800)] },
          { rolle: "partner", alter: 69, einkommen: [rente(400)] },
        ],
      },
      { betragMonat: 492 },
    ),
    gia(
      "Rentner mit erwerbsfähiger Partnerin",
      { stichtag: "2026-11-22", wohnen: { art: "miete", wohnkosten_monat: 600, heizkosten_monat: 80 }, personen: [{ rolle: "antragsteller", alter: 70 }, { rolle: "partner", alter: 58 }] },
      { einschaetzung: "moeglich", betragMonat: null, gruende: ["grundsicherung-im-alter.gemischter_haushalt"] },
    ),
  ]));

describe("Grundsicherung im Alter: Vermögen und fehlende Angaben", () =>
  runCases([
    gia("10.000 € Schonvermögen", allein({ einkommen: [rente(900)] }, { vermoegen: 10000 }), { einschaetzung: ["wahrscheinlich", "moeglich"], betragMonat: 173 }),
    gia("10.000,01 €", allein({ einkommen: [rente(900)] }, { vermoegen: 10000.01 }), { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherung-im-alter.vermoegen"] }),
    gia("Vermögen nicht angegeben", allein({ einkommen: [rente(900)] }, { vermoegen: undefined }), { einschaetzung: "moeglich", betragMonat: 173, fehlend: ["vermoegen"] }),
    // 500 € pension stay below the 563 € Regelbedarf alone, so the need is clear without the rent.
    gia("Wohnkosten fehlen", allein({ einkommen: [rente(500)] }, { wohnen: { art: "miete" } }), {
      einschaetzung: "moeglich",
      betragMonat: null,
      fehlend: ["wohnen.wohnkosten_monat"],
    }),
    gia("Wohnkosten fehlen, Rente über dem Regelbedarf", allein({ einkommen: [rente(900)] }, { wohnen: { art: "miete" } }), {
      einschaetzung: "unklar",
      fehlend: ["wohnen.wohnkosten_monat"],
    }),
  ]));

describe("Grundsicherung bei Erwerbsminderung für erwachsene Kinder", () =>
  runCases([
    // Per head 350 €: 563 + 350 − 400 € own pension.
    gia(
      "Kind 30 Jahre, dauerhaft erwerbsgemindert, im Haushalt der Eltern",
      {
        stichtag: "2026-11-22",
        wohnen: { art: "miete", wohnkosten_monat: 900, heizkosten_monat: 150 },
        vermoegen: 0,
        personen: [
          { rolle: "antragsteller", alter: 55, taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 3000, netto_monat: 2000, steuern: true }] },
          { rolle: "partner", alter: 53 },
          { rolle: "kind", alter: 30, erwerbsfaehig: false, einkommen: [{ art: "rente", brutto_monat: 400 }] },
        ],
      },
      { einschaetzung: "moeglich", betragMonat: 513, gruende: ["grundsicherung-im-alter.erwachsenes_kind"] },
    ),
  ]));
