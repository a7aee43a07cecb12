import { describe, expect, it } from "vitest";
import type { BenefitSlug } from "../../slugs";
import type { BenefitResult, RuleContext } from "../../types";
import { pruefeVorrang } from "../grundsicherungsgeld/vorrang";

const ergebnis = (leistung: BenefitSlug, einschaetzung: BenefitResult["einschaetzung"], euro: number | null): BenefitResult => ({
  leistung,
  einschaetzung,
  betragMonat: euro === null ? null : euro * 100,
  gruende: [],
  fehlendeAngaben: [],
  naechsteSchritte: [],
});
const codes = (earlier: RuleContext["earlier"], lueckeEuro: number) =>
  pruefeVorrang(earlier, lueckeEuro * 100, "Grundsicherungsgeld", "2026-11-22").gruende.map((g) => g.code);

describe("Vorrangprüfung Grundsicherungsgeld", () => {
  it("ohne vorrangige Leistungen keine Gründe", () => expect(codes({}, 500)).toEqual([]));
  it("Arbeitslosengeld zuerst beantragen", () =>
    expect(codes({ arbeitslosengeld: ergebnis("arbeitslosengeld", "moeglich", null) }, 500)).toEqual(["grundsicherungsgeld.vorrang_arbeitslosengeld"]));
  it("Wohngeld und Kinderzuschlag decken den Bedarf", () => {
    const earlier = { kinderzuschlag: ergebnis("kinderzuschlag", "moeglich", 300), wohngeld: ergebnis("wohngeld", "wahrscheinlich", 200) };
    expect(codes(earlier, 500)).toEqual(["grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag"]);
    expect(pruefeVorrang(earlier, 50000, "Grundsicherungsgeld", "2026-11-22").abgeloest).toBe(true);
  });
  it("es fehlen höchstens 100 €: Wahlrecht nach § 6a Abs. 1a BKGG", () => {
    const earlier = { kinderzuschlag: ergebnis("kinderzuschlag", "moeglich", 300), wohngeld: ergebnis("wohngeld", "wahrscheinlich", 100) };
    expect(codes(earlier, 500)).toEqual(["grundsicherungsgeld.wahlrecht_kinderzuschlag"]);
  });
  it("es fehlen mehr als 100 €: Grundsicherungsgeld statt Wohngeld und Kinderzuschlag", () => {
    const earlier = { kinderzuschlag: ergebnis("kinderzuschlag", "moeglich", 300), wohngeld: ergebnis("wohngeld", "wahrscheinlich", 99) };
    expect(codes(earlier, 500)).toEqual(["grundsicherungsgeld.vorrang_reicht_nicht"]);
  });
  it("ohne Kinderzuschlag kein Wahlrecht", () =>
    expect(codes({ wohngeld: ergebnis("wohngeld", "wahrscheinlich", 450) }, 500)).toEqual(["grundsicherungsgeld.vorrang_reicht_nicht"]));
  it("Wohngeld allein deckt den Bedarf", () =>
    expect(codes({ wohngeld: ergebnis("wohngeld", "wahrscheinlich", 500) }, 500)).toEqual(["grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag"]));
  it("unwahrscheinliche Leistungen zählen nicht", () =>
    expect(codes({ wohngeld: ergebnis("wohngeld", "unwahrscheinlich", 500) }, 500)).toEqual([]));
});
