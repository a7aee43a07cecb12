import { describe, expect, it } from "vitest";
import type { Einkommen, Household, Person } from "../../facts";
import { einkommenSgb12, einkommenSgb2, erwerbstaetigenfreibetrag } from "../grundsicherung/einkommen";
import { mehrbedarfAlleinerziehend } from "../grundsicherung/personen";
import { schonvermoegenSgb12, vermoegensfreibetragSgb2 } from "../grundsicherung/vermoegen";
import { wohngeldVorrangSgb12 } from "../grundsicherung/vorrang";
import type { BenefitResult } from "../../types";

const STICHTAG = "2026-11-22";
const person = (p: Partial<Person>): Person => ({ index: 0, rolle: "antragsteller", alter: 40, einkommen: [], ...p });
const einkommen = (e: Partial<Einkommen>): Einkommen => ({ art: "erwerbstaetigkeit", brutto: 0, steuern: false, krankenPflegeversicherung: false, rentenversicherung: false, ...e });
const haushalt = (kinderAlter: number[], mitPartner = false): Household => ({
  stichtag: STICHTAG,
  personen: [
    person({}),
    ...(mitPartner ? [person({ index: 1, rolle: "partner" })] : []),
    ...kinderAlter.map((alter, i) => person({ index: i + 2, rolle: "kind", alter })),
  ],
});

describe("Erwerbstätigenfreibetrag (§ 11b Abs. 2 und 3 SGB II)", () => {
  it.each([
    [0, false, 0],
    [5000, false, 5000],
    [10000, false, 10000],
    [55600, false, 19480], // minijob 556 €: 100 + 84 + 10.80
    [110000, false, 33800], // official Jobcenter example
    [120000, false, 34800],
    [200000, false, 34800], // ceiling without child
    [150000, true, 37800],
    [200000, true, 37800], // ceiling with child
    [130000, true, 35800],
  ])("%i Cent brutto, Kind %s → %i Cent", (brutto, mitKind, frei) => expect(erwerbstaetigenfreibetrag(brutto, mitKind, STICHTAG)).toBeCloseTo(frei, 6));
});

describe("Einkommen SGB II", () => {
  it("zieht den Freibetrag vom Netto ab", () => {
    const p = person({ einkommen: [einkommen({ brutto: 110000, netto: 88000, steuern: true })] });
    expect(einkommenSgb2(p, false, STICHTAG)).toEqual({ betrag: 54200, fehlend: [] });
  });
  it("meldet fehlendes Netto und rechnet mit dem Brutto als Obergrenze", () => {
    const p = person({ einkommen: [einkommen({ brutto: 110000, rentenversicherung: true })] });
    const r = einkommenSgb2(p, false, STICHTAG);
    expect(r.betrag).toBe(110000 - 33800);
    expect(r.fehlend.map((f) => f.fakt)).toEqual(["personen.0.einkommen.0.netto_monat"]);
  });
  it("zieht von Renten Erwachsener ohne Erwerb 30 € Versicherungspauschale ab, bei Minderjährigen nicht", () => {
    const rente = einkommen({ art: "rente", brutto: 40000 });
    expect(einkommenSgb2(person({ einkommen: [rente] }), false, STICHTAG).betrag).toBe(37000);
    expect(einkommenSgb2(person({ alter: 16, einkommen: [rente] }), false, STICHTAG).betrag).toBe(40000);
  });
});

describe("Einkommen SGB XII", () => {
  it("lässt 30 % des Erwerbseinkommens frei, höchstens die Hälfte der Regelbedarfsstufe 1", () => {
    expect(einkommenSgb12(person({ einkommen: [einkommen({ brutto: 50000 })] }), STICHTAG).betrag).toBe(35000);
    expect(einkommenSgb12(person({ einkommen: [einkommen({ brutto: 200000, netto: 150000, steuern: true })] }), STICHTAG).betrag).toBe(150000 - 28150);
  });
  it("Grundrentenfreibetrag erst ab 33 Jahren Grundrentenzeiten", () => {
    const rente = (jahre: number) => einkommen({ art: "rente", brutto: 60000, netto: 54000, grundrentenzeitenJahre: jahre });
    expect(einkommenSgb12(person({ einkommen: [rente(32)] }), STICHTAG).betrag).toBe(54000);
    // 100 € + 30 % of 500 € = 250 €
    expect(einkommenSgb12(person({ einkommen: [rente(33)] }), STICHTAG).betrag).toBe(54000 - 25000);
  });
});

describe("Mehrbedarf Alleinerziehende (§ 21 Abs. 3 SGB II)", () => {
  it.each([
    [[6], 20268],
    [[7], 6756],
    [[10, 12], 20268],
    [[10, 12, 15], 20268],
    [[10, 12, 15, 16], 27024], // four minors: 48 %
    [[16, 17], 13512], // two children, not under 16: 2 × 12 %
    [[2, 4, 6, 8, 10, 12], 33780], // capped at 60 %
    [[18], 0],
    [[], 0],
  ])("Kinder %o → %i Cent", (alter, cent) => expect(mehrbedarfAlleinerziehend(haushalt(alter), STICHTAG)).toBeCloseTo(cent, 6));
  it("nicht mit Partner", () => expect(mehrbedarfAlleinerziehend(haushalt([3], true), STICHTAG)).toBe(0));
});

describe("Vermögen", () => {
  it("SGB II vor dem 01.07.2026: Karenzzeit 40.000 € + 15.000 € je weitere Person", () => {
    expect(vermoegensfreibetragSgb2([person({}), person({ alter: 5 })], "2026-06-30")).toBe(5500000);
  });
  it("SGB II ab dem 01.07.2026: nach Alter summiert", () => {
    const alter = [5, 29, 30, 40, 50].map((a) => person({ alter: a }));
    expect(vermoegensfreibetragSgb2(alter, "2026-07-01")).toBe(500000 + 500000 + 1000000 + 1250000 + 2000000);
  });
  it("SGB XII: 10.000 € je Erwachsenen, 500 € je unterhaltene Person", () => expect(schonvermoegenSgb12(2, 1, STICHTAG)).toBe(2050000));
});

describe("Vorrang von Wohngeld vor Sozialhilfe", () => {
  const wohngeld = (einschaetzung: BenefitResult["einschaetzung"], euro: number): BenefitResult => ({
    leistung: "wohngeld",
    einschaetzung,
    betragMonat: euro * 100,
    gruende: [],
    fehlendeAngaben: [],
    naechsteSchritte: [],
  });
  it("deckt Wohngeld den Bedarf, geht es vor", () => {
    const v = wohngeldVorrangSgb12("grundsicherung-im-alter", { wohngeld: wohngeld("wahrscheinlich", 290) }, 17300, "Grundsicherung");
    expect(v.abgeloest).toBe(true);
    expect(v.gruende.map((g) => g.code)).toEqual(["grundsicherung-im-alter.vorrang_wohngeld"]);
  });
  it("reicht Wohngeld nicht, bleibt die Sozialhilfe", () => {
    const v = wohngeldVorrangSgb12("grundsicherung-im-alter", { wohngeld: wohngeld("wahrscheinlich", 100) }, 17300, "Grundsicherung");
    expect(v.abgeloest).toBe(false);
    expect(v.gruende.map((g) => g.code)).toEqual(["grundsicherung-im-alter.wohngeld_reicht_nicht"]);
  });
  it("unwahrscheinliches Wohngeld zählt nicht", () => {
    expect(wohngeldVorrangSgb12("grundsicherung-im-alter", { wohngeld: wohngeld("unwahrscheinlich", 290) }, 17300, "Grundsicherung").gruende).toEqual([]);
  });
});
