/**
 * Protected assets (Schonvermögen) as one amount for the household, compared with the stated
 * assets (`vermoegen` in the facts is the household's total).
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import type { Person } from "../../facts";
import { SGB2_VERMOEGENSFREIBETRAG } from "../../parameters/sgb2";
import { SGB12_SCHONVERMOEGEN } from "../../parameters/sgb12";
import { valueAt } from "../../parameters/versioned";

/**
 * SGB II, for the members of the Bedarfsgemeinschaft. A new application is in its first year,
 * so the Bürgergeld rule applies the Karenzzeit amounts; Grundsicherungsgeld sums the age
 * amounts (unused ones are transferable, § 12 Abs. 2 SGB II n. F.).
 */
export function vermoegensfreibetragSgb2(mitglieder: Person[], stichtag: LocalDate): Cents {
  const regel = valueAt(SGB2_VERMOEGENSFREIBETRAG, stichtag).value;
  if (mitglieder.length === 0) return 0;
  if (regel.art === "karenzzeit") return regel.erstePerson + (mitglieder.length - 1) * regel.jedeWeiterePerson;
  return mitglieder.reduce((summe, p) => {
    const alter = p.alter ?? 0;
    const stufe = [...regel.stufen].reverse().find((s) => alter >= s.abAlter)!;
    return summe + stufe.betrag;
  }, 0);
}

/** SGB XII: 10,000 € per adult claimant plus 500 € per person they mainly support. */
export function schonvermoegenSgb12(erwachseneAnzahl: number, unterhalteneAnzahl: number, stichtag: LocalDate): Cents {
  const s = valueAt(SGB12_SCHONVERMOEGEN, stichtag).value;
  return erwachseneAnzahl * s.jeErwachsenen + unterhalteneAnzahl * s.jeUnterhaltenePerson;
}
