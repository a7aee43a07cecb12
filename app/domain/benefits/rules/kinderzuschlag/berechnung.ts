/**
 * Amount of the Kinderzuschlag (§ 6a Abs. 2–6 BKGG): per child the Höchstbetrag minus 45 % of
 * the child's own income, all together minus 45 % of the parents' income above their own need
 * (Regelbedarf, Mehrbedarfe and their share of the housing costs after the Existenzminimumbericht).
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { einkommenSgb2 } from "../../calc/grundsicherung/einkommen";
import { erwachsene, persoenlicherBedarf, unterkunftProKopf } from "../../calc/grundsicherung/personen";
import { children, partner, type Household, type Person } from "../../facts";
import { KINDERZUSCHLAG_HOECHSTBETRAG, KINDERZUSCHLAG_MINDERUNG, KINDERZUSCHLAG_WOHNKOSTEN } from "../../parameters/kinderzuschlag";
import { valueAt } from "../../parameters/versioned";
import type { FehlendeAngabe } from "../../types";

export type KinderzuschlagBerechnung = {
  /** Per child after its own income, before the parents' income. */
  kinder: Array<{ kind: Person; betrag: Cents }>;
  elternBedarf: Cents;
  elternEinkommen: Cents;
  /** Total after the parents' income, not below zero. */
  gesamt: Cents;
  unterkunftBekannt: boolean;
  fehlend: FehlendeAngabe[];
};

/** Share of the family's housing costs that counts as the parents' need (§ 6a Abs. 5 BKGG). */
export function elternanteilWohnkosten(paar: boolean, kinderAnzahl: number, stichtag: LocalDate): number {
  const w = valueAt(KINDERZUSCHLAG_WOHNKOSTEN, stichtag).value;
  const eltern = paar ? w.paar : w.alleinstehend;
  return eltern / (eltern + kinderAnzahl * w.kind);
}

export function berechneKinderzuschlag(h: Household, kizKinder: Person[], stichtag: LocalDate): KinderzuschlagBerechnung {
  const hoechstbetrag = valueAt(KINDERZUSCHLAG_HOECHSTBETRAG, stichtag).value;
  const minderung = valueAt(KINDERZUSCHLAG_MINDERUNG, stichtag).value;
  const mitKind = children(h).some((k) => k.alter !== undefined && k.alter < 18);
  const fehlend: FehlendeAngabe[] = [];

  const kinder = kizKinder.map((kind) => {
    const e = einkommenSgb2(kind, mitKind, stichtag);
    fehlend.push(...e.fehlend);
    return { kind, betrag: Math.max(0, hoechstbetrag - minderung.kindeseinkommen * e.betrag) };
  });

  const eltern = erwachsene(h);
  const kopfteil = unterkunftProKopf(h);
  const familienWohnkosten = (kopfteil ?? 0) * (eltern.length + kizKinder.length);
  const anteil = elternanteilWohnkosten(partner(h) !== undefined, kizKinder.length, stichtag);
  const elternBedarf = eltern.reduce((s, p) => s + persoenlicherBedarf(p, h, "sgb2", stichtag), 0) + familienWohnkosten * anteil;
  const elternEinkommen = eltern.reduce((s, p) => {
    const e = einkommenSgb2(p, mitKind, stichtag);
    fehlend.push(...e.fehlend);
    return s + e.betrag;
  }, 0);

  const summeKinder = kinder.reduce((s, k) => s + k.betrag, 0);
  const gesamt = Math.max(0, summeKinder - minderung.elterneinkommen * Math.max(0, elternEinkommen - elternBedarf));
  return { kinder, elternBedarf, elternEinkommen, gesamt, unterkunftBekannt: kopfteil !== undefined, fehlend };
}

/** The total spread over the children in proportion to their amounts: it is each child's income in SGB II. */
export function anteilJeKind(berechnung: KinderzuschlagBerechnung, gesamt: Cents): (kind: Person) => Cents {
  const summe = berechnung.kinder.reduce((s, k) => s + k.betrag, 0);
  return (kind) => {
    const eintrag = berechnung.kinder.find((k) => k.kind === kind);
    return eintrag && summe > 0 ? (gesamt * eintrag.betrag) / summe : 0;
  };
}
