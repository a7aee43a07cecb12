/**
 * Gesamteinkommen per §§ 13–17a WoGG: each counted member's Jahreseinkommen (§ 14 with the
 * Werbungskosten lump sums of § 9a EStG, less the pauschaler Abzug of § 16), summed, less the
 * Freibeträge of §§ 17 and 17a; Y is one twelfth (§ 13 Abs. 2), not rounded.
 *
 * Kindergeld and Kinderzuschlag are not income here (they are missing from the § 14 Abs. 2
 * catalogue), so the facts carry no field for them. Not covered by the facts: NS-Verfolgte
 * (§ 17 Nr. 2), maintenance paid (§ 18), individual Werbungskosten above the lump sums.
 */
import type { Person } from "../../facts";
import type { LocalDate } from "../../../shared/dates";
import type { Cents } from "../../../shared/money";
import { regelbedarf } from "../../parameters/regelbedarf";
import { valueAt } from "../../parameters/versioned";
import { WOHNGELD_EINKOMMEN, type WohngeldEinkommensregeln } from "../../parameters/wohngeld";
import { fromCents, greater, lesser, share, type Fixed } from "./fixed-point";

export type Freibetrag = "schwerbehinderung" | "alleinerziehend" | "kind_erwerb" | "grundrente";

export type Gesamteinkommen = {
  /** Y: monthly Gesamteinkommen, unrounded. */
  monat: Fixed;
  /** The Freibeträge that applied, for the explanation. */
  freibetraege: Freibetrag[];
};

type Jahreseinkommen = { betrag: Fixed; erwerb: Fixed };

const annual = (monthly: Cents): Cents => monthly * 12;

function sumBrutto(person: Person, art: Person["einkommen"][number]["art"]): Cents {
  return person.einkommen.filter((e) => e.art === art).reduce((total, e) => total + e.brutto, 0);
}

/** § 16: 10 % for each of taxes, KV/PV and RV contributions the member pays from any income. */
function abzugProzent(person: Person, regeln: WohngeldEinkommensregeln): number {
  const pays = (flag: "steuern" | "krankenPflegeversicherung" | "rentenversicherung") => person.einkommen.some((e) => e[flag]);
  const count = [pays("steuern"), pays("krankenPflegeversicherung"), pays("rentenversicherung")].filter(Boolean).length;
  return count * regeln.pauschalerAbzugProzent;
}

function jahreseinkommen(person: Person, regeln: WohngeldEinkommensregeln): Jahreseinkommen {
  // Self-employed people state their profit; employees get at least the Arbeitnehmer-Pauschbetrag,
  // never more than the wage itself (§ 9a Satz 2 EStG).
  const lohn = annual(sumBrutto(person, "erwerbstaetigkeit"));
  const erwerb = person.taetigkeit === "selbststaendig" ? lohn : lohn - Math.min(lohn, regeln.arbeitnehmerPauschbetragJahr);
  // Pauschal taxed minijobs count in full: only actual costs could be deducted (§ 14 Abs. 1 Satz 3 Nr. 2).
  const minijob = annual(sumBrutto(person, "minijob_pauschal"));
  const renteBrutto = annual(sumBrutto(person, "rente"));
  const rente = renteBrutto - Math.min(renteBrutto, regeln.rentenPauschbetragJahr);
  const elterngeld = annual(Math.max(0, sumBrutto(person, "elterngeld") - regeln.elterngeldFreiMonat));
  // Arbeitslosengeld, Unterhalt, Unterhaltsvorschuss and other receipts count in full (§ 14 Abs. 2).
  const voll = annual(
    sumBrutto(person, "arbeitslosengeld") + sumBrutto(person, "unterhalt") + sumBrutto(person, "unterhaltsvorschuss") + sumBrutto(person, "sonstiges"),
  );
  const keep = 100 - abzugProzent(person, regeln);
  return {
    betrag: share(fromCents(erwerb + minijob + rente + elterngeld + voll), keep, 100),
    erwerb: share(fromCents(erwerb + minijob), keep, 100),
  };
}

function isSchwerbehindert(person: Person): boolean {
  const gdb = person.gradDerBehinderung ?? 0;
  // GdB below 100 counts with Pflegebedürftigkeit and care at home; living in the household implies that.
  return gdb === 100 || (gdb >= 50 && (person.pflegegrad ?? 0) >= 1);
}

/** § 17 Nr. 3: a counted member lives only with children, at least one under 18 (Kindergeld assumed). */
function isAlleinerziehend(counted: readonly Person[], all: readonly Person[], regeln: WohngeldEinkommensregeln): boolean {
  const applicantCounted = counted.some((p) => p.rolle === "antragsteller");
  const onlyChildren = all.every((p) => p.rolle === "antragsteller" || p.rolle === "kind");
  const minor = all.some((p) => p.rolle === "kind" && p.alter !== undefined && p.alter < regeln.alleinerziehendKindUnter);
  return applicantCounted && onlyChildren && minor;
}

/** § 17a: 1,200 € of the statutory pension plus 30 % of the rest, at most 12 × 50 % of Regelbedarfsstufe 1. */
function grundrentenFreibetrag(person: Person, regeln: WohngeldEinkommensregeln, stichtag: LocalDate): Fixed {
  const qualifies = person.einkommen.some((e) => e.art === "rente" && (e.grundrentenzeitenJahre ?? 0) >= regeln.grundrenteMindestJahre);
  if (!qualifies) return 0n;
  const rente = annual(sumBrutto(person, "rente"));
  const sockel = Math.min(rente, regeln.grundrenteSockelJahr);
  const raw = fromCents(sockel) + share(fromCents(rente - sockel), regeln.grundrenteSatzProzent, 100);
  const cap = share(fromCents(12 * regelbedarf(1, stichtag)), regeln.grundrenteHoechstAnteilRegelbedarfProzent, 100);
  return lesser(raw, cap);
}

export function gesamteinkommen(counted: readonly Person[], all: readonly Person[], stichtag: LocalDate): Gesamteinkommen {
  const regeln = valueAt(WOHNGELD_EINKOMMEN, stichtag).value;
  const freibetraege = new Set<Freibetrag>();
  let summe = 0n;
  let abzug = 0n;
  for (const person of counted) {
    const eigenes = jahreseinkommen(person, regeln);
    summe += eigenes.betrag;
    if (isSchwerbehindert(person)) {
      abzug += fromCents(regeln.freibetragSchwerbehindertJahr);
      freibetraege.add("schwerbehinderung");
    }
    if (person.rolle === "kind" && person.alter !== undefined && person.alter < regeln.kindErwerbUnter && eigenes.erwerb > 0n) {
      abzug += lesser(eigenes.erwerb, fromCents(regeln.freibetragKindErwerbHoechstJahr));
      freibetraege.add("kind_erwerb");
    }
    const grundrente = grundrentenFreibetrag(person, regeln, stichtag);
    if (grundrente > 0n) {
      abzug += grundrente;
      freibetraege.add("grundrente");
    }
  }
  if (isAlleinerziehend(counted, all, regeln)) {
    abzug += fromCents(regeln.freibetragAlleinerziehendJahr);
    freibetraege.add("alleinerziehend");
  }
  return { monat: share(greater(summe - abzug, 0n), 1, 12), freibetraege: [...freibetraege] };
}
