/**
 * Figures the Sozialhilfe pages share: protected assets and the income limit of § 85 SGB XII
 * (Hilfe zur Pflege, Hilfen zur Gesundheit), built from the Regelbedarf as the law says.
 */
import type { LocalDate } from "../../shared/dates";
import { REGELBEDARFE } from "../parameters/regelbedarf";
import { SGB12_EINKOMMENSGRENZE } from "../parameters/sgb12-besondere-leistungen";
import { SGB12_SCHONVERMOEGEN } from "../parameters/sgb12";
import { valueAt } from "../parameters/versioned";
import { einkommensgrenze } from "../rules/hilfe-zur-pflege/einkommensgrenze";
import { abgeleiteteKennzahl, betragKennzahl } from "./kennzahl";
import type { Kennzahl } from "./types";

export function schonvermoegenKennzahl(stichtag: LocalDate): Kennzahl {
  return betragKennzahl("Vermögen, das Sie behalten dürfen, je erwachsene Person", SGB12_SCHONVERMOEGEN, stichtag, (v) => v.jeErwachsenen);
}

/**
 * Grundbetrag and Familienzuschlag of the income limit (§ 85 Abs. 1 Nr. 1 and 3 SGB XII), computed
 * by the same function the Hilfe-zur-Pflege rule uses; the housing costs add to them.
 */
export function einkommensgrenzeKennzahlen(stichtag: LocalDate): Kennzahl[] {
  const teile = [valueAt(SGB12_EINKOMMENSGRENZE, stichtag), valueAt(REGELBEDARFE, stichtag)];
  const grundbetrag = einkommensgrenze(stichtag, 0, 0);
  const familienzuschlag = einkommensgrenze(stichtag, 0, 1) - grundbetrag;
  return [
    abgeleiteteKennzahl("Einkommensgrenze: Grundbetrag im Monat (dazu kommen Ihre Wohnkosten)", teile, grundbetrag),
    abgeleiteteKennzahl("Einkommensgrenze: Familienzuschlag je Partner oder unterhaltene Person, im Monat", teile, familienzuschlag),
  ];
}
