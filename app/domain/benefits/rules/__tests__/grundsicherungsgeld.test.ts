/**
 * Grundsicherungsgeld (SGB II). Expected amounts are computed by hand from the 2026 figures:
 * RBS 563/506/451/471/390/357 €, Sofortzuschlag 25 €, Kindergeld 259 €, Mehrbedarf
 * Alleinerziehende 36 % = 202.68 € or 12 % = 67.56 € per child, pregnancy 17 % = 95.71 €.
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import { evaluateAll } from "../../engine";
import { parseFacts, type FactsInput } from "../../facts";

type Person = FactsInput["personen"][number];
const ohneMiete = { art: "miete" as const, wohnkosten_monat: 0, heizkosten_monat: 0 };
const haushalt = (personen: Person[], extra: Partial<FactsInput> = {}): FactsInput => ({
  stichtag: "2026-11-22",
  wohnen: ohneMiete,
  vermoegen: 0,
  personen,
  ...extra,
});
const ich = (extra: Partial<Person> = {}): Person => ({ rolle: "antragsteller", alter: 35, taetigkeit: "arbeitslos", ...extra });
const kind = (alter: number, extra: Partial<Person> = {}): Person => ({ rolle: "kind", alter, ...extra });
/** Sums in euros written out in the tables, rounded to cents as the rule returns them. */
const betrag = (name: string, facts: FactsInput, euro: number): BenefitCase => ({
  name,
  facts,
  expect: { grundsicherungsgeld: { betragMonat: Math.round(euro * 100) / 100 } },
});

describe("Grundsicherungsgeld: Regelbedarfsstufen nach Alter der Kinder", () =>
  runCases([
    // 563 + 36 % + child (RBS + 25) − Kindergeld 259
    betrag("Kind 5 Jahre (Stufe 6)", haushalt([ich(), kind(5)]), 563 + 202.68 + 357 + 25 - 259),
    betrag("Kind 6 Jahre (Stufe 5)", haushalt([ich(), kind(6)]), 563 + 202.68 + 390 + 25 - 259),
    betrag("Kind 13 Jahre (Stufe 5, Mehrbedarf 12 %)", haushalt([ich(), kind(13)]), 563 + 67.56 + 390 + 25 - 259),
    betrag("Kind 14 Jahre (Stufe 4)", haushalt([ich(), kind(14)]), 563 + 67.56 + 471 + 25 - 259),
    betrag("Kind 17 Jahre (Stufe 4)", haushalt([ich(), kind(17)]), 563 + 67.56 + 471 + 25 - 259),
    // Adult child: Stufe 3, no Mehrbedarf; its Kindergeld counts minus the 30 € insurance lump sum.
    betrag("Kind 18 Jahre in der Schule (Stufe 3)", haushalt([ich(), kind(18, { taetigkeit: "schule" })]), 563 + 451 + 25 - (259 - 30)),
    betrag("Kind 24 Jahre in der Schule (Stufe 3)", haushalt([ich(), kind(24, { taetigkeit: "schule" })]), 563 + 451 + 25 - (259 - 30)),
    betrag("Kind 25 Jahre gehört nicht mehr zur Bedarfsgemeinschaft", haushalt([ich(), kind(25)]), 563),
    betrag("Kind 20 Jahre, dauerhaft erwerbsgemindert: eigene Grundsicherung statt Sozialgeld", haushalt([ich(), kind(20, { erwerbsfaehig: false })]), 563),
    betrag("Paar: zweimal Stufe 2", haushalt([ich(), { rolle: "partner", alter: 33 }]), 2 * 506),
    betrag("Schwanger: 17 % Mehrbedarf", haushalt([ich({ schwanger: true })]), 563 + 95.71),
  ]));

describe("Grundsicherungsgeld: Mehrbedarf für Alleinerziehende", () =>
  runCases([
    betrag("zwei Kinder unter 16: 36 %", haushalt([ich(), kind(10), kind(12)]), 563 + 202.68 + 2 * (390 + 25 - 259)),
    betrag("vier Kinder unter 16: 4 × 12 % = 48 %", haushalt([ich(), kind(8), kind(10), kind(12), kind(15)]), 563 + 270.24 + 3 * (390 + 25 - 259) + (471 + 25 - 259)),
    betrag("fünf Kinder: höchstens 60 %", haushalt([ich(), kind(8), kind(9), kind(10), kind(11), kind(12)]), 563 + 337.8 + 5 * (390 + 25 - 259)),
    betrag("mit Partner kein Mehrbedarf", haushalt([ich(), { rolle: "partner", alter: 33 }, kind(3)]), 2 * 506 + 357 + 25 - 259),
  ]));

describe("Grundsicherungsgeld: Einkommen nach § 11b und Kindergeld", () =>
  runCases([
    // Factsheet B1b / Jobcenter example: allowance 338 € at 1,100 € gross → 1,133 − (880 − 338).
    betrag(
      "Alleinstehend, 1.100 € brutto / 880 € netto, Wohnkosten 500 + 70",
      haushalt([ich({ taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1100, netto_monat: 880, steuern: true }] })], {
        wohnen: { art: "miete", wohnkosten_monat: 500, heizkosten_monat: 70 },
      }),
      591,
    ),
    // Factsheet B3: allowance with child 378 €; 2,843 − 518 − (1,520 − 378).
    betrag(
      "Paar mit Kindern 8 und 15, 2.000 € brutto / 1.520 € netto, Wohnkosten 800 + 120",
      haushalt(
        [
          ich({ taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 2000, netto_monat: 1520, steuern: true }] }),
          { rolle: "partner", alter: 34 },
          kind(8),
          kind(15),
        ],
        { wohnen: { art: "miete", wohnkosten_monat: 800, heizkosten_monat: 120 } },
      ),
      1183,
    ),
    // Factsheet B2: housing split per head (315 € each); child's income 227 + 259 stays below its need.
    betrag(
      "Alleinerziehend, Kind 4 mit Unterhaltsvorschuss 227 €, Wohnkosten 550 + 80",
      haushalt([ich(), kind(4, { einkommen: [{ art: "unterhaltsvorschuss", brutto_monat: 227 }] })], { wohnen: { art: "miete", wohnkosten_monat: 550, heizkosten_monat: 80 } }),
      1291.68,
    ),
    // Child covers its need (382 €) with 400 € maintenance: it leaves the Bedarfsgemeinschaft and
    // its unneeded Kindergeld (259 €) counts for the parent.
    betrag("Kindergeldübertrag: Kind deckt seinen Bedarf selbst", haushalt([ich(), kind(5, { einkommen: [{ art: "unterhalt", brutto_monat: 400 }] })]), 563 + 202.68 - 259),
    // Pension of an adult without earnings: minus the 30 € insurance lump sum.
    betrag("Sonstiges Einkommen 300 € mit Versicherungspauschale", haushalt([ich({ einkommen: [{ art: "sonstiges", brutto_monat: 300 }] })]), 563 - 270),
    {
      name: "Einkommen deckt den Bedarf",
      facts: haushalt([ich({ taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 3500, netto_monat: 2400, steuern: true }] })]),
      expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["grundsicherungsgeld.einkommen_reicht"] } },
    },
    {
      name: "Nettolohn fehlt bei Abzügen",
      facts: haushalt([ich({ taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 900, steuern: true, rentenversicherung: true }] })], {
        wohnen: { art: "miete", wohnkosten_monat: 400, heizkosten_monat: 60 },
      }),
      expect: { grundsicherungsgeld: { einschaetzung: "moeglich", betragMonat: null, fehlend: ["personen.0.einkommen.0.netto_monat"] } },
    },
  ]));

describe("Grundsicherungsgeld: Vermögen und Reform zum 01.07.2026", () =>
  runCases([
    {
      name: "20.000 € am 30.06.2026: Karenzzeit, 40.000 € frei",
      facts: haushalt([ich()], { stichtag: "2026-06-30", vermoegen: 20000 }),
      expect: { grundsicherungsgeld: { einschaetzung: "wahrscheinlich", betragMonat: 563 } },
    },
    {
      name: "20.000 € am 01.07.2026: 35 Jahre, 10.000 € frei",
      facts: haushalt([ich()], { stichtag: "2026-07-01", vermoegen: 20000 }),
      expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherungsgeld.vermoegen"] } },
    },
    { name: "29 Jahre, 7.000 €: über 5.000 €", facts: haushalt([ich({ alter: 29 })], { vermoegen: 7000 }), expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich" } } },
    { name: "30 Jahre, 7.000 €: unter 10.000 €", facts: haushalt([ich({ alter: 30 })], { vermoegen: 7000 }), expect: { grundsicherungsgeld: { einschaetzung: "wahrscheinlich" } } },
    { name: "49 Jahre, 19.000 €: über 12.500 €", facts: haushalt([ich({ alter: 49 })], { vermoegen: 19000 }), expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich" } } },
    { name: "50 Jahre, 19.000 €: unter 20.000 €", facts: haushalt([ich({ alter: 50 })], { vermoegen: 19000 }), expect: { grundsicherungsgeld: { einschaetzung: "wahrscheinlich" } } },
    {
      name: "Paar 35 + 45 mit 22.500 €: Freibeträge zusammen",
      facts: haushalt([ich(), { rolle: "partner", alter: 45 }], { vermoegen: 22500 }),
      expect: { grundsicherungsgeld: { einschaetzung: "wahrscheinlich", betragMonat: 1012 } },
    },
    {
      name: "Vermögen nicht angegeben",
      facts: haushalt([ich()], { vermoegen: undefined }),
      expect: { grundsicherungsgeld: { einschaetzung: "moeglich", betragMonat: 563, fehlend: ["vermoegen"] } },
    },
  ]));

describe("Grundsicherungsgeld: wer dazugehört und fehlende Angaben", () =>
  runCases([
    { name: "Alter fehlt", facts: haushalt([{ rolle: "antragsteller" }]), expect: { grundsicherungsgeld: { einschaetzung: "unklar", fehlend: ["personen.0.alter"] } } },
    {
      name: "Wohnkosten fehlen",
      facts: haushalt([ich()], { wohnen: { art: "miete" } }),
      expect: { grundsicherungsgeld: { einschaetzung: "moeglich", betragMonat: null, fehlend: ["wohnen.wohnkosten_monat", "wohnen.heizkosten_monat"] } },
    },
    { name: "ohne Wohnung: nur Regelbedarf", facts: haushalt([ich()], { wohnen: { art: "ohne_wohnung" } }), expect: { grundsicherungsgeld: { betragMonat: 563 } } },
    {
      name: "70 Jahre: Altersgrenze",
      facts: haushalt([ich({ alter: 70, taetigkeit: "rente" })]),
      expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherungsgeld.altersgrenze_oder_erwerbsminderung"] } },
    },
    {
      name: "66 Jahre ohne Geburtsdatum",
      facts: haushalt([ich({ alter: 66 })]),
      expect: { grundsicherungsgeld: { einschaetzung: "unklar", fehlend: ["personen.0.geburtsdatum"] } },
    },
    {
      name: "kann dauerhaft nicht arbeiten",
      facts: haushalt([ich({ erwerbsfaehig: false })]),
      expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherungsgeld.altersgrenze_oder_erwerbsminderung"] } },
    },
    {
      name: "16 Jahre, kann nicht arbeiten",
      facts: haushalt([ich({ alter: 16, erwerbsfaehig: false })]),
      expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherungsgeld.nicht_erwerbsfaehig"] } },
    },
    {
      name: "Partnerin kann nicht arbeiten: Sozialgeld im Haushalt",
      facts: haushalt([ich(), { rolle: "partner", alter: 16, erwerbsfaehig: false }]),
      expect: { grundsicherungsgeld: { einschaetzung: "wahrscheinlich", betragMonat: 2 * 506 } },
    },
    {
      name: "Rentner mit jüngerer Partnerin",
      facts: haushalt([ich({ alter: 70 }), { rolle: "partner", alter: 60 }]),
      expect: { grundsicherungsgeld: { einschaetzung: "moeglich", betragMonat: null, gruende: ["grundsicherungsgeld.gemischter_haushalt"] } },
    },
    { name: "Studium", facts: haushalt([ich({ taetigkeit: "studium" })]), expect: { grundsicherungsgeld: { einschaetzung: "unwahrscheinlich", gruende: ["grundsicherungsgeld.studium"] } } },
    {
      name: "Ausbildung",
      facts: haushalt([ich({ taetigkeit: "ausbildung" })]),
      expect: { grundsicherungsgeld: { einschaetzung: "moeglich", gruende: ["grundsicherungsgeld.ausbildung"] } },
    },
  ]));

describe("Grundsicherungsgeld: Name nach der Reform", () => {
  const name = (stichtag: string) => {
    const parsed = parseFacts(haushalt([ich({ alter: 16, erwerbsfaehig: false })], { stichtag }), stichtag);
    if (!parsed.ok) throw new Error("invalid facts");
    return evaluateAll(parsed.household).find((r) => r.leistung === "grundsicherungsgeld")!.gruende[0]!.text;
  };
  it("heißt bis 30.06.2026 Bürgergeld", () => expect(name("2026-06-30")).toMatch(/^Bürgergeld setzt voraus/));
  it("heißt ab 01.07.2026 Grundsicherungsgeld", () => expect(name("2026-07-01")).toMatch(/^Grundsicherungsgeld setzt voraus/));
});
