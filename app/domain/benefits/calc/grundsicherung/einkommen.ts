/**
 * Countable income for the Grundsicherungen: SGB II (§§ 11–11b SGB II) and SGB XII (§§ 82,
 * 82a SGB XII). Both start from the net amount; when only the gross is given although taxes or
 * contributions are paid from it, the gross is used as an upper bound and the net amount is
 * reported as missing.
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import type { Einkommen, Person } from "../../facts";
import { regelbedarf } from "../../parameters/regelbedarf";
import { ERWERBSTAETIGENFREIBETRAG, VERSICHERUNGSPAUSCHALE } from "../../parameters/sgb2";
import { SGB12_FREIBETRAEGE } from "../../parameters/sgb12";
import { valueAt } from "../../parameters/versioned";
import type { FehlendeAngabe } from "../../types";

export type AngerechnetesEinkommen = { betrag: Cents; fehlend: FehlendeAngabe[] };

const istErwerb = (e: Einkommen) => e.art === "erwerbstaetigkeit" || e.art === "minijob_pauschal";

/** Net amount; a flat-rate minijob and incomes without deductions are paid as they are. */
function netto(person: Person, e: Einkommen, index: number, fehlend: FehlendeAngabe[]): Cents {
  if (e.netto !== undefined) return e.netto;
  const abzuege = e.art !== "minijob_pauschal" && (e.steuern || e.krankenPflegeversicherung || e.rentenversicherung);
  if (abzuege) {
    fehlend.push({
      fakt: `personen.${person.index}.einkommen.${index}.netto_monat`,
      text: "Wie viel von diesem Einkommen kommt nach Steuern und Beiträgen bei Ihnen an (netto)?",
    });
  }
  return e.brutto;
}

/** § 11b Abs. 2 and 3 SGB II: 100 € plus the brackets on gross earnings; higher ceiling with a minor child. */
export function erwerbstaetigenfreibetrag(brutto: Cents, mitKind: boolean, stichtag: LocalDate): Cents {
  if (brutto <= 0) return 0;
  const p = valueAt(ERWERBSTAETIGENFREIBETRAG, stichtag).value;
  const letzte = p.stufen.length - 1;
  return p.stufen.reduce((summe, stufe, i) => {
    const bis = i === letzte && mitKind ? p.obergrenzeMitKind : stufe.bis;
    return summe + Math.max(0, Math.min(brutto, bis) - stufe.ab) * stufe.satz;
  }, Math.min(brutto, p.grundfreibetrag));
}

/**
 * SGB II income of one person, plus the Kindergeld attributed to it when it is a child. Earnings
 * lose the Erwerbstätigenfreibetrag; other income of adults without earnings loses the 30 €
 * insurance lump sum (with earnings the 100 € cover it).
 */
export function einkommenSgb2(person: Person, mitKind: boolean, stichtag: LocalDate, kindergeld: Cents = 0): AngerechnetesEinkommen {
  const fehlend: FehlendeAngabe[] = [];
  let erwerbBrutto = 0;
  let erwerbNetto = 0;
  let andere = kindergeld;
  person.einkommen.forEach((e, i) => {
    const n = netto(person, e, i, fehlend);
    if (istErwerb(e)) {
      erwerbBrutto += e.brutto;
      erwerbNetto += n;
    } else {
      andere += n;
    }
  });
  const erwerb = Math.max(0, erwerbNetto - erwerbstaetigenfreibetrag(erwerbBrutto, mitKind, stichtag));
  const pauschale = erwerbBrutto === 0 && (person.alter ?? 0) >= 18 ? Math.min(andere, valueAt(VERSICHERUNGSPAUSCHALE, stichtag).value) : 0;
  return { betrag: erwerb + andere - pauschale, fehlend };
}

/**
 * SGB XII income of one person: net income minus 30 % of gross earnings (§ 82 Abs. 3) and, with
 * at least 33 years of Grundrentenzeiten, the Grundrente allowance on the statutory pension
 * (§ 82a); both capped at half of Regelbedarfsstufe 1.
 */
export function einkommenSgb12(person: Person, stichtag: LocalDate): AngerechnetesEinkommen {
  const fehlend: FehlendeAngabe[] = [];
  const f = valueAt(SGB12_FREIBETRAEGE, stichtag).value;
  const deckel = f.hoechstensAnteilRegelbedarf1 * regelbedarf(1, stichtag);
  let summe = 0;
  let erwerbBrutto = 0;
  let grundrenteBrutto = 0;
  person.einkommen.forEach((e, i) => {
    summe += netto(person, e, i, fehlend);
    if (istErwerb(e)) erwerbBrutto += e.brutto;
    if (e.art === "rente" && (e.grundrentenzeitenJahre ?? 0) >= f.grundrenteMindestJahre) grundrenteBrutto += e.brutto;
  });
  const erwerbFrei = Math.min(f.erwerbstaetigkeitSatz * erwerbBrutto, deckel);
  const grundrenteFrei = Math.min(
    Math.min(grundrenteBrutto, f.grundrenteSockel) + f.grundrenteSatz * Math.max(0, grundrenteBrutto - f.grundrenteSockel),
    deckel,
  );
  return { betrag: Math.max(0, summe - erwerbFrei - grundrenteFrei), fehlend };
}

/** Gross income as § 6a Abs. 1 Nr. 2 BKGG counts it for the Mindesteinkommen (no § 11b deductions). */
export const bruttoeinkommen = (person: Person): Cents => person.einkommen.reduce((s, e) => s + e.brutto, 0);
