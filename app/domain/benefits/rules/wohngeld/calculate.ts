/**
 * The monthly Wohngeld of a household exactly as §§ 11, 12, 19, 21 WoGG and Anlage 3 compute it:
 * rent or Belastung up to Höchstbetrag plus Klimakomponente, plus the Heizkostenentlastung
 * (§ 11 Abs. 1); only the share of counted members where some are excluded (§ 11 Abs. 3);
 * minimum values for M and Y, four fixed-point steps, rounding to whole euros (Anlage 3);
 * 65 € per member beyond twelve (§ 19 Abs. 3); nothing below 10 € (§ 21 Nr. 1).
 * Pure and cheap: a handful of bigint operations, no lookups beyond the parameter tables.
 */
import type { Person } from "../../facts";
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { valueAt } from "../../parameters/versioned";
import { nachGroesse, WOHNGELD_GRENZEN, WOHNGELD_TABELLEN, type Mietstufe, type WohngeldTabellen } from "../../parameters/wohngeld";
import { fromCents, fromDecimal, greater, share, times, toWholeEuros, toWholeEurosDown, type Fixed } from "./fixed-point";
import { gesamteinkommen, type Freibetrag } from "./income";

export type WohngeldInput = {
  stichtag: LocalDate;
  mietstufe: Mietstufe;
  /** Bruttokaltmiete (Mietzuschuss) or Belastung (Lastenzuschuss) per month. */
  wohnkosten: Cents;
  /** Everyone in the household; members receiving Grundsicherung are excluded (§ 7 Abs. 1). */
  personen: readonly Person[];
};

export type WohngeldCalculation = {
  /** Monthly Wohngeld in whole euros; 0 when it would be below the minimum of § 21 Nr. 1. */
  betragMonat: Cents;
  /** The amount before the minimum of § 21 Nr. 1 (whole euros). */
  formelBetrag: Cents;
  haushaltsmitglieder: number;
  zuBeruecksichtigen: number;
  /** Höchstbetrag plus Klimakomponente for the whole household, before the share of § 11 Abs. 3. */
  hoechstbetrag: Cents;
  mieteUeberHoechstbetrag: boolean;
  /** M and Y as the formula uses them (after § 11 Abs. 3, before the minimum values of Anlage 3). */
  miete: Fixed;
  einkommen: Fixed;
  freibetraege: Freibetrag[];
};

const MAX_FORMULA_MEMBERS = 12;

export function isExcluded(person: Person): boolean {
  return person.beziehtGrundsicherung === true;
}

/**
 * § 11 Abs. 1 and 3 with § 12: the monthly rent or Belastung to be considered. The amounts are
 * those for all household members; beyond twelve the values for twelve apply, because § 19 Abs. 3
 * adds a flat amount per further member instead (WoGVwV Nr. 19.31).
 */
function zuBeruecksichtigendeMiete(tabellen: WohngeldTabellen, input: WohngeldInput, counted: number) {
  const total = input.personen.length;
  const size = Math.min(total, MAX_FORMULA_MEMBERS);
  const hoechstbetrag = nachGroesse(tabellen.hoechstbetraege[input.mietstufe], size) + nachGroesse(tabellen.klimakomponente, size);
  const gekappt = Math.min(input.wohnkosten, hoechstbetrag);
  const heizkosten = nachGroesse(tabellen.heizkostenentlastung, size);
  return {
    hoechstbetrag,
    miete: share(fromCents(gekappt), counted, total) + share(fromCents(heizkosten), counted, total),
  };
}

/** § 19 Abs. 1 with Anlage 3: the formula for up to twelve members, rounded to whole euros. */
function formula(tabellen: WohngeldTabellen, members: number, miete: Fixed, einkommen: Fixed): Cents {
  const { a, b, c } = tabellen.koeffizienten[members - 1]!;
  const m = greater(miete, fromCents(tabellen.mindestM[members - 1]!));
  const y = greater(einkommen, fromCents(tabellen.mindestY[members - 1]!));
  const z1 = fromDecimal(a) + times(fromDecimal(b), m) + times(fromDecimal(c), y);
  const z2 = times(z1, y);
  const z3 = m - z2;
  const z4 = share(z3, 115, 100);
  return toWholeEuros(z4);
}

/**
 * The Wohngeld for each of the given Mietstufen (income is computed once: it does not depend on
 * the Mietstufe). Used when the Mietstufe is not known yet.
 */
export function berechneWohngeldJeMietstufe(input: Omit<WohngeldInput, "mietstufe">, mietstufen: readonly Mietstufe[]): WohngeldCalculation[] {
  const tabellen = valueAt(WOHNGELD_TABELLEN, input.stichtag).value;
  const grenzen = valueAt(WOHNGELD_GRENZEN, input.stichtag).value;
  const counted = input.personen.filter((p) => !isExcluded(p));
  const einkommen = gesamteinkommen(counted, input.personen, input.stichtag);
  return mietstufen.map((mietstufe) => {
    const { hoechstbetrag, miete } = zuBeruecksichtigendeMiete(tabellen, { ...input, mietstufe }, counted.length);
    // With nobody counted there is no one to pay Wohngeld to; the rule says so before calling.
    let formelBetrag = counted.length === 0 ? 0 : formula(tabellen, Math.min(counted.length, MAX_FORMULA_MEMBERS), miete, einkommen.monat);
    if (counted.length > MAX_FORMULA_MEMBERS) {
      // § 19 Abs. 3: at most up to the rent considered, which in whole euros means rounding it down.
      const zuschlag = (counted.length - MAX_FORMULA_MEMBERS) * tabellen.zuschlagUeberZwoelf;
      formelBetrag = Math.min(formelBetrag + zuschlag, toWholeEurosDown(miete));
    }
    return {
      betragMonat: formelBetrag < grenzen.mindestbetragMonat ? 0 : formelBetrag,
      formelBetrag,
      haushaltsmitglieder: input.personen.length,
      zuBeruecksichtigen: counted.length,
      hoechstbetrag,
      mieteUeberHoechstbetrag: input.wohnkosten > hoechstbetrag,
      miete,
      einkommen: einkommen.monat,
      freibetraege: einkommen.freibetraege,
    };
  });
}

export function berechneWohngeld(input: WohngeldInput): WohngeldCalculation {
  return berechneWohngeldJeMietstufe(input, [input.mietstufe])[0]!;
}
