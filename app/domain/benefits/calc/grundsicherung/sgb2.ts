/**
 * Need and income of a Bedarfsgemeinschaft under SGB II (§§ 7, 9, 19–22 SGB II): the applicant,
 * a partner and the unmarried children under 25. A child whose own income (with Kindergeld)
 * covers its need leaves the Bedarfsgemeinschaft; the part of its Kindergeld it does not need
 * counts for the parent (§ 11 Abs. 1 S. 5 SGB II). Used by Grundsicherungsgeld and for the
 * Kinderzuschlag check whether the family still needs SGB II.
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { children, type Household, type Person } from "../../facts";
import { KINDERGELD_PRO_KIND } from "../../parameters/kindergeld";
import { valueAt } from "../../parameters/versioned";
import type { FehlendeAngabe } from "../../types";
import { kindergeldFuerKind } from "../kindergeld";
import { einkommenSgb2 } from "./einkommen";
import { erwachsene, hatAnspruchsgrundImAlter, persoenlicherBedarf, unterkunftProKopf } from "./personen";

/** Children under 25 belong to the parents' Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 4 SGB II). */
const ALTERSGRENZE_KIND = 25;

export type Sgb2Rechnung = {
  /** Who stays in the Bedarfsgemeinschaft. */
  mitglieder: Person[];
  bedarf: Cents;
  /** Countable income, Kindergeld included. */
  einkommen: Cents;
  /** Need not covered by income: the estimated monthly benefit. */
  luecke: Cents;
  /** False when the housing costs are unknown; need and gap then leave them out. */
  unterkunftBekannt: boolean;
  fehlend: FehlendeAngabe[];
};

/** `kindeseinkommen` adds income a child would get on top, e.g. its share of the Kinderzuschlag. */
export function berechneSgb2(h: Household, stichtag: LocalDate, kindeseinkommen: (kind: Person) => Cents = () => 0): Sgb2Rechnung {
  const unterkunft = unterkunftProKopf(h);
  const kopfteil = unterkunft ?? 0;
  const mitKind = children(h).some((k) => k.alter !== undefined && k.alter < 18);
  const kindergeld = valueAt(KINDERGELD_PRO_KIND, stichtag).value;
  const fehlend: FehlendeAngabe[] = [];
  const mitglieder: Person[] = [];
  let bedarf = 0;
  let einkommen = 0;

  for (const person of erwachsene(h)) {
    const e = einkommenSgb2(person, mitKind, stichtag);
    fehlend.push(...e.fehlend);
    mitglieder.push(person);
    bedarf += persoenlicherBedarf(person, h, "sgb2", stichtag) + kopfteil;
    einkommen += e.betrag;
  }

  // An adult child who permanently cannot work gets Grundsicherung bei Erwerbsminderung instead
  // (§ 5 Abs. 2 S. 2 SGB II) and is left out here.
  const kinderInBg = children(h).filter((k) => k.alter !== undefined && k.alter < ALTERSGRENZE_KIND && hatAnspruchsgrundImAlter(k, stichtag) !== true);
  for (const kind of kinderInBg) {
    const kg = kindergeldFuerKind(kind, stichtag).anspruch === "ja" ? kindergeld : 0;
    const e = einkommenSgb2(kind, mitKind, stichtag, kg);
    fehlend.push(...e.fehlend);
    const eigenes = e.betrag + kindeseinkommen(kind);
    const kindBedarf = persoenlicherBedarf(kind, h, "sgb2", stichtag) + kopfteil;
    if (eigenes >= kindBedarf) {
      einkommen += Math.min(kg, eigenes - kindBedarf);
    } else {
      mitglieder.push(kind);
      bedarf += kindBedarf;
      einkommen += eigenes;
    }
  }

  return { mitglieder, bedarf, einkommen, luecke: Math.max(0, bedarf - einkommen), unterkunftBekannt: unterkunft !== undefined, fehlend };
}
