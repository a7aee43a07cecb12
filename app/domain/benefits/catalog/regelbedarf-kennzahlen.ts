/**
 * The Regelbedarf figures several pages share (Grundsicherungsgeld, Grundsicherung im Alter,
 * Hilfe zum Lebensunterhalt): one label per Stufe, read from the one Regelbedarf table.
 */
import type { LocalDate } from "../../shared/dates";
import { REGELBEDARFE, type Regelbedarfsstufe } from "../parameters/regelbedarf";
import { betragKennzahl } from "./kennzahl";
import type { Kennzahl } from "./types";

const LABELS: Record<Regelbedarfsstufe, string> = {
  1: "Regelbedarf für Alleinstehende und Alleinerziehende (Stufe 1), im Monat",
  2: "Regelbedarf je Partnerin oder Partner in einem Paarhaushalt (Stufe 2), im Monat",
  3: "Regelbedarf für weitere Erwachsene im Haushalt, zum Beispiel unter 25 bei den Eltern (Stufe 3), im Monat",
  4: "Regelbedarf für Jugendliche von 14 bis 17 Jahren (Stufe 4), im Monat",
  5: "Regelbedarf für Kinder von 6 bis 13 Jahren (Stufe 5), im Monat",
  6: "Regelbedarf für Kinder bis 5 Jahre (Stufe 6), im Monat",
};

export function regelbedarfKennzahlen(stufen: readonly Regelbedarfsstufe[], stichtag: LocalDate): Kennzahl[] {
  return stufen.map((stufe) => betragKennzahl(LABELS[stufe], REGELBEDARFE, stichtag, (value) => value[stufe]));
}
