/**
 * Place of residence → Mietstufe (§ 12 Abs. 3 WoGG, § 1 Abs. 3 WoGV): postcode → municipality →
 * Mietenstufe of the WoGV Anlage. Pure; one binary search over the sorted postcode areas.
 */
import type { LocalDate } from "../../shared/dates";
import type { Mietstufe } from "../parameters/wohngeld";
import type { Versioned } from "../parameters/versioned";
import { GEMEINDEN, gemeindeQuelle, WOGV_ANLAGE } from "./mietstufen-wogv";
import { PLZ_BEREICHE, type PlzBereich } from "./plz-bereiche";

export type MietstufeTreffer = { mietstufe: Mietstufe; gemeinde: string; source: string };

/** One municipality, several (the user chooses), or nothing known for this postcode. */
export type MietstufeLookup = MietstufeTreffer | { ambiguous: MietstufeTreffer[] } | undefined;

/** Where people look their Mietstufe up themselves: the list of the law. */
export const MIETSTUFEN_AMTLICHE_LISTE = WOGV_ANLAGE;

const VERZEICHNIS: Versioned<readonly PlzBereich[]> = [
  // The 2025 Fortschreibung kept the list of 2023; a new list only comes with a change of the WoGV.
  { validFrom: "2023-01-01", value: PLZ_BEREICHE, source: WOGV_ANLAGE.titel },
];

function bereicheAm(stichtag: LocalDate): readonly PlzBereich[] {
  let found: (typeof VERZEICHNIS)[number] | undefined;
  for (const entry of VERZEICHNIS) {
    if (entry.validFrom <= stichtag && (!found || entry.validFrom > found.validFrom)) found = entry;
  }
  return found?.value ?? [];
}

function bereichFor(bereiche: readonly PlzBereich[], plz: string): PlzBereich | undefined {
  let low = 0;
  let high = bereiche.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bereich = bereiche[middle]!;
    if (plz < bereich.von) high = middle - 1;
    else if (plz > bereich.bis) low = middle + 1;
    else return bereich;
  }
  return undefined;
}

/** Every municipality (with its Mietstufe) the postcode belongs to; empty when the data does not know it. */
export function mietstufeChoicesFor(plz: string, stichtag: LocalDate): MietstufeTreffer[] {
  const bereich = bereichFor(bereicheAm(stichtag), plz);
  if (!bereich) return [];
  return bereich.gemeinden.map((key) => {
    const eintrag = GEMEINDEN[key];
    return { mietstufe: eintrag.mietstufe, gemeinde: eintrag.gemeinde, source: `${gemeindeQuelle(eintrag)}. ${bereich.plzQuelle}.` };
  });
}

export function mietstufeFor(plz: string, stichtag: LocalDate): MietstufeLookup {
  const choices = mietstufeChoicesFor(plz, stichtag);
  if (choices.length === 0) return undefined;
  if (choices.length === 1) return choices[0];
  return { ambiguous: choices };
}
