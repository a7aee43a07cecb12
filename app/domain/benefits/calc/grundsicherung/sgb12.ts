/**
 * Need and income under SGB XII for the claimants of one chapter: the adults of the 4. Kapitel
 * (Grundsicherung im Alter und bei Erwerbsminderung) or the children and others of the 3. Kapitel
 * (Hilfe zum Lebensunterhalt). Kindergeld counts for a minor child (§ 82 Abs. 1 S. 3 SGB XII);
 * for an adult child it is the parents' income.
 */
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import type { Household, Person } from "../../facts";
import { KINDERGELD_PRO_KIND } from "../../parameters/kindergeld";
import { valueAt } from "../../parameters/versioned";
import type { FehlendeAngabe } from "../../types";
import { kindergeldFuerKind } from "../kindergeld";
import { einkommenSgb12 } from "./einkommen";
import { persoenlicherBedarf, unterkunftProKopf } from "./personen";

const MINDERJAEHRIG_BIS = 18;

export type Sgb12Rechnung = {
  bedarf: Cents;
  einkommen: Cents;
  luecke: Cents;
  /** Income above the claimants' own need; parents' surplus covers their minor children (§ 27 Abs. 2 SGB XII). */
  ueberschuss: Cents;
  unterkunftBekannt: boolean;
  fehlend: FehlendeAngabe[];
};

export function berechneSgb12(h: Household, berechtigte: Person[], stichtag: LocalDate, weiteresEinkommen: Cents = 0): Sgb12Rechnung {
  const unterkunft = unterkunftProKopf(h);
  const kindergeld = valueAt(KINDERGELD_PRO_KIND, stichtag).value;
  const fehlend: FehlendeAngabe[] = [];
  let bedarf = 0;
  let einkommen = weiteresEinkommen;
  for (const person of berechtigte) {
    const e = einkommenSgb12(person, stichtag);
    fehlend.push(...e.fehlend);
    bedarf += persoenlicherBedarf(person, h, "sgb12", stichtag) + (unterkunft ?? 0);
    einkommen += e.betrag;
    if (person.rolle === "kind" && (person.alter ?? 0) < MINDERJAEHRIG_BIS && kindergeldFuerKind(person, stichtag).anspruch === "ja") einkommen += kindergeld;
  }
  return {
    bedarf,
    einkommen,
    luecke: Math.max(0, bedarf - einkommen),
    ueberschuss: Math.max(0, einkommen - bedarf),
    unterkunftBekannt: unterkunft !== undefined,
    fehlend,
  };
}
