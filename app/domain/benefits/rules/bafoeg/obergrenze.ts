/**
 * The upper bound of BAföG for a student: the Höchstsatz of §§ 13, 13a BAföG (Grundbedarf,
 * Wohnpauschale and the supplements for an own health and care insurance), less the own assets
 * above the allowance spread over the Bewilligungszeitraum (§§ 29, 30 BAföG). Parents' and own
 * income are unknown and would only lower it further.
 */
import type { LocalDate } from "../../../shared/dates";
import { clampAtZero, type Cents } from "../../../shared/money";
import { BAFOEG_BEDARF, BAFOEG_VERMOEGEN } from "../../parameters/bafoeg";
import { valueAt } from "../../parameters/versioned";

/** Höchstsatz for a student; without an age the higher supplements of § 13a Abs. 2 keep it an upper bound. */
export function hoechstsatzStudium(alter: number | undefined, beiEltern: boolean, stichtag: LocalDate): Cents {
  const b = valueAt(BAFOEG_BEDARF, stichtag).value;
  const wohnen = beiEltern ? b.wohnenBeiEltern : b.wohnenAuswaerts;
  const freiwillig = alter === undefined || alter >= b.alterFreiwilligeVersicherung;
  const versicherung = freiwillig ? b.krankenversicherungFreiwillig + b.pflegeversicherungFreiwillig : b.krankenversicherung + b.pflegeversicherung;
  return b.grundbedarfHochschule + wohnen + versicherung;
}

export type Vermoegensanrechnung = { freibetrag: Cents; abzugMonat: Cents };

/** Monthly deduction for own assets; without an age the higher allowance keeps the bound an upper bound. */
export function vermoegensanrechnung(vermoegen: Cents, alter: number | undefined, stichtag: LocalDate): Vermoegensanrechnung {
  const v = valueAt(BAFOEG_VERMOEGEN, stichtag).value;
  const freibetrag = alter !== undefined && alter < v.alterHoehererFreibetrag ? v.freibetragUnter30 : v.freibetragAb30;
  // Rounded down, so the bound never drops below what the office could pay.
  return { freibetrag, abzugMonat: Math.floor(clampAtZero(vermoegen - freibetrag) / v.bewilligungsmonate) };
}
