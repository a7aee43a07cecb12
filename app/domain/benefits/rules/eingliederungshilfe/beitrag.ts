/**
 * Estimated contribution to Eingliederungshilfe from an adult's own income (§§ 135–137 SGB IX).
 * The law takes the Einkünfte of the year before last (§ 135); the facts only have today's
 * monthly amounts, so twelve times the current gross amounts stands in for them. Tax-free
 * receipts (Arbeitslosengeld, Elterngeld, Unterhaltsvorschuss) and flat-taxed minijobs are not
 * Einkünfte and are left out.
 */
import type { LocalDate } from "../../../shared/dates";
import { clampAtZero, sum, type Cents } from "../../../shared/money";
import type { Einkommen, Person } from "../../facts";
import { BEZUGSGROESSE_JAHR, EINGLIEDERUNGSHILFE_BEITRAG, type EingliederungshilfeBeitrag } from "../../parameters/eingliederungshilfe";
import { valueAt } from "../../parameters/versioned";

type Einkunftsart = "sozialversicherungspflichtig" | "nichtSozialversicherungspflichtig" | "rente" | "andere";

/** The § 136 Abs. 2 group an income belongs to; undefined for receipts that are no Einkünfte. */
function einkunftsart(e: Einkommen, person: Person): Einkunftsart | undefined {
  switch (e.art) {
    case "erwerbstaetigkeit":
      return e.rentenversicherung || person.taetigkeit === "selbststaendig" ? "sozialversicherungspflichtig" : "nichtSozialversicherungspflichtig";
    case "rente":
      return "rente";
    case "unterhalt":
    case "sonstiges":
      return "andere";
    default:
      return undefined;
  }
}

function jahresbetraege(person: Person): Map<Einkunftsart, Cents> {
  const betraege = new Map<Einkunftsart, Cents>();
  for (const e of person.einkommen) {
    const art = einkunftsart(e, person);
    if (art) betraege.set(art, (betraege.get(art) ?? 0) + 12 * e.brutto);
  }
  return betraege;
}

/** Share of the Bezugsgröße for the income kind that brings the most (§ 136 Abs. 2; other kinds as Nr. 2). */
function grenzanteil(betraege: Map<Einkunftsart, Cents>, p: EingliederungshilfeBeitrag): number {
  let haupt: Einkunftsart = "andere";
  for (const [art, betrag] of betraege) if (betrag > (betraege.get(haupt) ?? 0)) haupt = art;
  if (haupt === "sozialversicherungspflichtig") return p.grenzeSozialversicherungspflichtig;
  if (haupt === "rente") return p.grenzeRente;
  return p.grenzeNichtSozialversicherungspflichtig;
}

export type Beitragsschaetzung = { jahreseinkommen: Cents; grenze: Cents; beitragMonat: Cents };

/**
 * `partner`: the other adult of the couple, if any; `kinder`: dependent children in the household.
 * Undefined when the partner's own income is above the basic limit: then § 136 Abs. 4 replaces
 * the supplements by rules the facts cannot follow.
 */
export function schaetzeBeitrag(person: Person, partner: Person | undefined, kinder: number, stichtag: LocalDate): Beitragsschaetzung | undefined {
  const p = valueAt(EINGLIEDERUNGSHILFE_BEITRAG, stichtag).value;
  const bezugsgroesse = valueAt(BEZUGSGROESSE_JAHR, stichtag).value;
  const eigene = jahresbetraege(person);
  const jahreseinkommen = sum([...eigene.values()]);
  const grundgrenze = Math.round(bezugsgroesse * grenzanteil(eigene, p));

  if (partner) {
    const partnerBetraege = jahresbetraege(partner);
    if (sum([...partnerBetraege.values()]) > Math.round(bezugsgroesse * grenzanteil(partnerBetraege, p))) return undefined;
  }
  const zuschlaege = (partner ? p.zuschlagPartner : 0) + kinder * p.zuschlagKind;
  const grenze = grundgrenze + Math.round(bezugsgroesse * zuschlaege);
  const beitragMonat = Math.floor((clampAtZero(jahreseinkommen - grenze) * p.beitragssatz) / p.beitragAbrunden) * p.beitragAbrunden;
  return { jahreseinkommen, grenze, beitragMonat };
}

/** Assets protected from use (§ 139 SGB IX): a multiple of the annual Bezugsgröße. */
export function vermoegensfreibetrag(stichtag: LocalDate): Cents {
  return Math.round(valueAt(BEZUGSGROESSE_JAHR, stichtag).value * valueAt(EINGLIEDERUNGSHILFE_BEITRAG, stichtag).value.vermoegenVielfaches);
}
