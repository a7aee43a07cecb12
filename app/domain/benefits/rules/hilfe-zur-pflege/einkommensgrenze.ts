/**
 * The income limit of § 85 Abs. 1 SGB XII (Hilfe zur Pflege and the other help in the 5. to 9.
 * Kapitel): twice Regelbedarfsstufe 1, plus the housing costs including heating (BSG, Urteil vom
 * 30.04.2020, B 8 SO 1/19 R), plus a Familienzuschlag for the partner and for each person the
 * couple mainly supports. Below the limit, income is as a rule not used for home care (§ 88).
 */
import type { LocalDate } from "../../../shared/dates";
import { sum, type Cents } from "../../../shared/money";
import type { Person } from "../../facts";
import { regelbedarf } from "../../parameters/regelbedarf";
import { SGB12_EINKOMMENSGRENZE } from "../../parameters/sgb12-besondere-leistungen";
import { valueAt } from "../../parameters/versioned";
import type { FehlendeAngabe } from "../../types";

export function einkommensgrenze(stichtag: LocalDate, unterkunft: Cents, familienzuschlaege: number): Cents {
  const p = valueAt(SGB12_EINKOMMENSGRENZE, stichtag).value;
  const rbs1 = regelbedarf(1, stichtag);
  const familienzuschlag = Math.ceil(Math.round(rbs1 * p.familienzuschlagAnteil) / 100) * 100;
  return p.grundbetragVielfaches * rbs1 + unterkunft + familienzuschlaege * familienzuschlag;
}

/**
 * Monthly net income of the given people. An entry without a net amount counts in full when no
 * tax or contribution is paid from it; otherwise the net amount is a missing fact.
 */
export function nettoeinkommen(personen: readonly Person[]): { betrag: Cents } | { fehlend: FehlendeAngabe[] } {
  const fehlend: FehlendeAngabe[] = [];
  const betraege: Cents[] = [];
  for (const person of personen) {
    person.einkommen.forEach((e, i) => {
      if (e.netto !== undefined) betraege.push(e.netto);
      else if (!e.steuern && !e.krankenPflegeversicherung && !e.rentenversicherung) betraege.push(e.brutto);
      else fehlend.push({ fakt: `personen.${person.index}.einkommen.${i}.netto_monat`, text: "Nettobetrag dieses Einkommens" });
    });
  }
  return fehlend.length > 0 ? { fehlend } : { betrag: sum(betraege) };
}
