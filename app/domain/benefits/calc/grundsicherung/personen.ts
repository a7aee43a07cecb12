/**
 * Who belongs to which system of the Grundsicherung, and the parts of the need that depend on
 * the person: Regelbedarfsstufe, Mehrbedarfe, Sofortzuschlag and the head share of the housing
 * costs (Kopfteilprinzip: every person living in the flat bears an equal share).
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { children, partner, type Household, type Person } from "../../facts";
import { regelbedarf, type Regelbedarfsstufe } from "../../parameters/regelbedarf";
import { KINDERSOFORTZUSCHLAG, MEHRBEDARF_ALLEINERZIEHEND, MEHRBEDARF_SCHWANGERSCHAFT } from "../../parameters/sgb2";
import { valueAt } from "../../parameters/versioned";
import { regelaltersgrenzeErreicht } from "../regelaltersgrenze";

/** Youngest age at which SGB II treats a person as able to work (§ 7 Abs. 1 Nr. 1 SGB II). */
const MINDESTALTER_SGB2 = 15;
/** Age from which a permanent full Erwerbsminderung opens the 4. Kapitel SGB XII (§ 41 Abs. 3 SGB XII). */
const VOLLJAEHRIG = 18;

/**
 * SGB II: at least 15, below the Regelaltersgrenze and able to work at least 3 hours a day
 * (§§ 7, 8 SGB II). Without an answer we presume ability to work, as the law does.
 */
export function istErwerbsfaehig(person: Person, stichtag: LocalDate): boolean | undefined {
  if (person.alter === undefined) return undefined;
  if (person.alter < MINDESTALTER_SGB2 || person.erwerbsfaehig === false) return false;
  const rente = regelaltersgrenzeErreicht(person, stichtag);
  return rente === undefined ? undefined : !rente;
}

/** 4. Kapitel SGB XII: Regelaltersgrenze reached, or 18+ and not able to work (taken as permanent). */
export function hatAnspruchsgrundImAlter(person: Person, stichtag: LocalDate): boolean | undefined {
  if (person.alter === undefined) return undefined;
  if (person.alter >= VOLLJAEHRIG && person.erwerbsfaehig === false) return true;
  return regelaltersgrenzeErreicht(person, stichtag);
}

export const erwachsene = (h: Household): Person[] => h.personen.filter((p) => p.rolle === "antragsteller" || p.rolle === "partner");

export function stufeNachAlter(alter: number): Regelbedarfsstufe {
  if (alter < 6) return 6;
  if (alter < 14) return 5;
  if (alter < 18) return 4;
  return 3;
}

/**
 * Regelbedarfsstufe: partners 2 each, a single adult 1, children by age. SGB II gives adult
 * children under 25 in the parents' household Stufe 3 (§ 20 Abs. 2 S. 2 SGB II); SGB XII goes by
 * age for every minor and gives adults in a flat Stufe 1 (Anlage zu § 28 SGB XII).
 */
export function regelbedarfsstufe(person: Person, h: Household, system: "sgb2" | "sgb12"): Regelbedarfsstufe {
  const alter = person.alter ?? 0;
  if (system === "sgb12") {
    if (alter < VOLLJAEHRIG) return stufeNachAlter(alter);
    return person.rolle !== "kind" && partner(h) ? 2 : 1;
  }
  if (person.rolle === "kind") return stufeNachAlter(alter);
  return partner(h) ? 2 : 1;
}

/** § 21 Abs. 3 SGB II / § 30 Abs. 3 SGB XII: for a parent living alone with minor children. */
export function mehrbedarfAlleinerziehend(h: Household, stichtag: LocalDate): Cents {
  if (partner(h)) return 0;
  const minderjaehrige = children(h).filter((k) => k.alter !== undefined && k.alter < VOLLJAEHRIG);
  if (minderjaehrige.length === 0) return 0;
  const saetze = valueAt(MEHRBEDARF_ALLEINERZIEHEND, stichtag).value;
  const unter16 = minderjaehrige.filter((k) => k.alter! < 16).length;
  const grundsatz = minderjaehrige.some((k) => k.alter! < 7) || unter16 === 2 || unter16 === 3 ? saetze.grundsatz : 0;
  const satz = Math.min(Math.max(grundsatz, minderjaehrige.length * saetze.jeKind), saetze.hoechstens);
  return satz * regelbedarf(1, stichtag);
}

/**
 * The person's Regelbedarf plus Mehrbedarfe (pregnancy; single parent for the applicant) and
 * the Sofortzuschlag for children and young adults. The cap of § 21 Abs. 8 SGB II cannot bite with these two
 * Mehrbedarfe (at most 77 % of the Regelbedarf), so it is not applied.
 */
export function persoenlicherBedarf(person: Person, h: Household, system: "sgb2" | "sgb12", stichtag: LocalDate): Cents {
  const stufe = regelbedarfsstufe(person, h, system);
  const basis = regelbedarf(stufe, stichtag);
  const schwangerschaft = person.schwanger ? valueAt(MEHRBEDARF_SCHWANGERSCHAFT, stichtag).value * basis : 0;
  const alleinerziehend = person.rolle === "antragsteller" ? mehrbedarfAlleinerziehend(h, stichtag) : 0;
  // Children and young adults: everyone in Stufe 3 to 6 (§ 72 SGB II, § 145 SGB XII).
  const sofortzuschlag = stufe >= 3 ? valueAt(KINDERSOFORTZUSCHLAG, stichtag).value : 0;
  return basis + schwangerschaft + alleinerziehend + sofortzuschlag;
}

/** Housing and heating per head; undefined when the housing costs are not known. */
export function unterkunftProKopf(h: Household): Cents | undefined {
  if (h.wohnart === "ohne_wohnung") return 0;
  if (h.wohnkosten === undefined) return undefined;
  return (h.wohnkosten + (h.heizkosten ?? 0)) / h.personen.length;
}
