/**
 * Kinderzuschlag (§ 6a BKGG), 2026: 297 € per child, 45 % withdrawal, Mindesteinkommen 600 € /
 * 900 €. Parents' housing share after the 15. Existenzminimumbericht: single parent with one
 * child 5,340 / (5,340 + 1,584) = 77.12 %.
 */
import { describe, expect, it } from "vitest";
import { runCases } from "../../__tests__/case-runner";
import { parseFacts, type FactsInput } from "../../facts";
import { berechneKinderzuschlag, elternanteilWohnkosten } from "../kinderzuschlag/berechnung";

type Person = FactsInput["personen"][number];
const lohn = (brutto: number, netto = brutto): Person["einkommen"] => [
  { art: "erwerbstaetigkeit", brutto_monat: brutto, netto_monat: netto, steuern: netto < brutto, kranken_pflegeversicherung: netto < brutto },
];
const familie = (personen: Person[], extra: Partial<FactsInput> = {}): FactsInput => ({
  stichtag: "2026-11-22",
  wohnen: { art: "miete", wohnkosten_monat: 500, heizkosten_monat: 80 },
  vermoegen: 0,
  personen,
  ...extra,
});
const elternteil = (einkommen: Person["einkommen"]): Person => ({ rolle: "antragsteller", alter: 32, taetigkeit: "beschaeftigt", einkommen });
const partnerin = (einkommen: Person["einkommen"] = []): Person => ({ rolle: "partner", alter: 30, einkommen });

describe("Kinderzuschlag: Mindesteinkommen", () =>
  runCases([
    {
      name: "alleinerziehend, 599 € brutto",
      facts: familie([elternteil(lohn(599)), { rolle: "kind", alter: 4 }]),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", gruende: ["kinderzuschlag.mindesteinkommen"] } },
    },
    {
      // 600 € gross = net: 600 − (100 + 84 + 24) = 392 € stay below the parent's need → full 297 €.
      name: "alleinerziehend, 600 € brutto",
      facts: familie([elternteil(lohn(600)), { rolle: "kind", alter: 4 }]),
      expect: { kinderzuschlag: { einschaetzung: "moeglich", betragMonat: 297, gruende: ["kinderzuschlag.nur_mit_wohngeld"] } },
    },
    {
      name: "Paar, 899 € brutto",
      facts: familie([elternteil(lohn(899)), partnerin(), { rolle: "kind", alter: 4 }]),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", gruende: ["kinderzuschlag.mindesteinkommen"] } },
    },
    {
      name: "Paar, 900 € brutto (zusammen)",
      facts: familie([elternteil(lohn(500)), partnerin(lohn(400)), { rolle: "kind", alter: 4 }]),
      expect: { kinderzuschlag: { einschaetzung: ["moeglich", "wahrscheinlich"], betragMonat: 297 } },
    },
  ]));

describe("Kinderzuschlag: Einkommen von Kindern und Eltern", () =>
  runCases([
    {
      // 297 − 45 % × 299 € Unterhaltsvorschuss = 162.45 €
      name: "Kind mit Unterhaltsvorschuss 299 €",
      facts: familie([elternteil(lohn(1000, 800)), { rolle: "kind", alter: 8, einkommen: [{ art: "unterhaltsvorschuss", brutto_monat: 299 }] }]),
      expect: { kinderzuschlag: { betragMonat: 162.45 } },
    },
    {
      // Parent: 2,000 − 378 = 1,622 € countable; own need 563 + 67.56 + 580 × 77.12 % = 1,077.87 €;
      // 297 − 45 % × 544.13 = 52.14 €. With it the family needs no SGB II.
      name: "Einkommen über dem eigenen Bedarf mindert zu 45 %",
      facts: familie([elternteil(lohn(3000, 2000)), { rolle: "kind", alter: 10 }]),
      expect: { kinderzuschlag: { einschaetzung: "wahrscheinlich", betragMonat: 52.14, gruende: ["kinderzuschlag.vermeidet_grundsicherungsgeld"] } },
    },
    {
      name: "Einkommen zu hoch",
      facts: familie([elternteil(lohn(5000, 3200)), { rolle: "kind", alter: 10 }]),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", betragMonat: null, gruende: ["kinderzuschlag.einkommen_zu_hoch"] } },
    },
  ]));

describe("Kinderzuschlag: Kinder und fehlende Angaben", () =>
  runCases([
    {
      name: "ohne Kinder",
      facts: familie([elternteil(lohn(1500, 1100))]),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", gruende: ["kinderzuschlag.keine_kinder"] } },
    },
    {
      name: "Kind 25 Jahre: kein Kindergeld",
      facts: familie([elternteil(lohn(1500, 1100)), { rolle: "kind", alter: 25, taetigkeit: "studium" }]),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", gruende: ["kinderzuschlag.kindergeld_noetig"] } },
    },
    {
      name: "Kind 19 ohne Angabe zur Tätigkeit",
      facts: familie([elternteil(lohn(1500, 1100)), { rolle: "kind", alter: 19 }]),
      expect: { kinderzuschlag: { einschaetzung: "unklar", fehlend: ["personen.1.taetigkeit"] } },
    },
    {
      name: "Wohnkosten fehlen",
      facts: familie([elternteil(lohn(1500, 1100)), { rolle: "kind", alter: 4 }], { wohnen: { art: "miete" } }),
      expect: { kinderzuschlag: { einschaetzung: "moeglich", betragMonat: null, fehlend: ["wohnen.wohnkosten_monat"] } },
    },
    {
      name: "Vermögen weit über dem Freibetrag",
      facts: familie([elternteil(lohn(1500, 1100)), { rolle: "kind", alter: 4 }], { vermoegen: 100000 }),
      expect: { kinderzuschlag: { einschaetzung: "unwahrscheinlich", gruende: ["kinderzuschlag.vermoegen"] } },
    },
  ]));

describe("Kinderzuschlag: Berechnung", () => {
  it("Elternanteil an den Wohnkosten nach dem Existenzminimumbericht 2026", () => {
    expect(elternanteilWohnkosten(false, 1, "2026-11-22")).toBeCloseTo(5340 / 6924, 10);
    expect(elternanteilWohnkosten(true, 2, "2026-11-22")).toBeCloseTo(7848 / 11016, 10);
  });

  it("Höchstbetrag je Kind ohne Einkommen der Kinder, Eltern unter ihrem Bedarf", () => {
    const parsed = parseFacts(familie([elternteil(lohn(1550, 1200)), { rolle: "kind", alter: 4 }, { rolle: "kind", alter: 9 }]), "2026-11-22");
    if (!parsed.ok) throw new Error("invalid facts");
    const kinder = parsed.household.personen.filter((p) => p.rolle === "kind");
    const r = berechneKinderzuschlag(parsed.household, kinder, "2026-11-22");
    expect(r.kinder.map((k) => k.betrag)).toEqual([29700, 29700]);
    expect(r.elternEinkommen).toBe(82200);
    expect(r.gesamt).toBe(59400);
  });
});
