/**
 * Zuständige Stelle (issue 5 item 4): which office of which Kommune is responsible for a benefit
 * at a PLZ. A Kommune lists the PLZ it covers; a PLZ can belong to several Kommunen (a postcode
 * area crossing a municipal border), so the lookup returns every matching office, by Kommune name.
 * Pure: the caller loads the Kommunen covering the PLZ (or all of them) and passes them in.
 */
import { resolveBenefitSlug, type BenefitSlug } from "../benefits/slugs";

export type ZustaendigeStelle = {
  leistung: BenefitSlug;
  name: string;
  adresse: { strasse: string; plz: string; ort: string };
  oeffnungszeiten: string;
  telefon: string | null;
  email: string | null;
  onlineAntrag: string | null;
};

export type KommuneZustaendigkeiten = { name: string; plz: readonly string[]; zustaendigkeiten: readonly ZustaendigeStelle[] };

export type Treffer = ZustaendigeStelle & { kommune: string };

const PLZ = /^[0-9]{5}$/;

/** A German postcode: exactly five digits (surrounding blanks are ignored). */
export function normalisePlz(value: string | null | undefined): string | null {
  const plz = (value ?? "").trim();
  return PLZ.test(plz) ? plz : null;
}

/** The offices responsible for `leistung` (slug or alias) at `plz`; empty for an invalid PLZ or unknown benefit. */
export function zustaendigeStellen(kommunen: readonly KommuneZustaendigkeiten[], plz: string | null | undefined, leistung: string): Treffer[] {
  const code = normalisePlz(plz);
  const slug = resolveBenefitSlug(leistung);
  if (!code || !slug) return [];
  return kommunen
    .filter((kommune) => kommune.plz.includes(code))
    .flatMap((kommune) => kommune.zustaendigkeiten.filter((z) => z.leistung === slug).map((z) => ({ ...z, kommune: kommune.name })))
    .sort((a, b) => a.kommune.localeCompare(b.kommune, "de") || a.name.localeCompare(b.name, "de"));
}

/** For a check result: the offices per benefit slug at `plz`, only for benefits that have one. */
export function zustaendigeStellenJeLeistung(kommunen: readonly KommuneZustaendigkeiten[], plz: string | null | undefined, leistungen: readonly string[]): Record<string, Treffer[]> {
  const result: Record<string, Treffer[]> = {};
  for (const leistung of leistungen) {
    const treffer = zustaendigeStellen(kommunen, plz, leistung);
    if (treffer.length > 0) result[leistung] = treffer;
  }
  return result;
}
