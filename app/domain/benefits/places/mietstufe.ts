/**
 * Place of residence → Mietstufe (§ 12 Abs. 3 WoGG, § 1 Abs. 3 WoGV): postcode → municipalities
 * (AGS) → Mietenstufe of the WoGV Anlage, for every German postcode.
 *
 * The table is precomputed by scripts/generate-mietstufen.mjs into data/mietstufen-plz.generated.ts
 * (three string literals, so loading the module parses no data). They are decoded into maps once,
 * on the first lookup of a process (about 70 ms, 3.5 MB heap, measured
 * on the shared 2-core machine); after that a lookup is two map reads (about 2 µs).
 */
import type { LocalDate } from "../../shared/dates";
import type { Mietstufe } from "../parameters/wohngeld";
import { ANLAGE, GEMEINDEN, PLZ } from "./data/mietstufen-plz.generated";
import { gemeindeQuelle, WOGV_ANLAGE, type AnlageEintrag, type AnlageTabelle } from "./mietstufen-wogv";

export type MietstufeTreffer = {
  mietstufe: Mietstufe;
  gemeinde: string;
  /**
   * Amtlicher Gemeindeschlüssel (8 digits); its first five digits are the Kreis. Where mietstufeFor
   * merges several municipalities of one Mietstufe ("A oder B"), the first one's by name.
   */
  ags: string;
  /** The line of the Anlage the value comes from. */
  anlage: AnlageEintrag;
  source: string;
};

/** One municipality (or several of one Mietstufe), several to choose from, or nothing known. */
export type MietstufeLookup = MietstufeTreffer | { ambiguous: MietstufeTreffer[] } | undefined;

/** Where people look their Mietstufe up themselves: the list of the law. */
export const MIETSTUFEN_AMTLICHE_LISTE = WOGV_ANLAGE;

/** The list of 2023 applies from 1 January 2023; the 2025 Fortschreibung kept it. */
const GUELTIG_AB: LocalDate = "2023-01-01";

export const PLZ_QUELLE = "Postleitzahl und Gemeinde: OpenStreetMap (© OpenStreetMap-Mitwirkende, ODbL), aufbereitet von suche-postleitzahl.org";

export type MietstufenTabelle = {
  anlage: AnlageEintrag[];
  /** AGS → municipality and its Anlage line (undefined: no value, see the data-integrity test). */
  gemeinden: Map<string, { name: string; anlage: AnlageEintrag | undefined; herkunft: string }>;
  plz: Map<string, string[]>;
};

let tabelle: MietstufenTabelle | undefined;

/** Decodes the generated strings once per process. */
export function mietstufenTabelle(): MietstufenTabelle {
  if (tabelle) return tabelle;
  const anlage = ANLAGE.split("\n").map((line): AnlageEintrag => {
    const [land, tab, eintrag, stufe] = line.split("|");
    return { land: land!, tabelle: tab as AnlageTabelle, eintrag: eintrag!, mietstufe: Number(stufe) as Mietstufe };
  });
  const gemeinden: MietstufenTabelle["gemeinden"] = new Map();
  for (const line of GEMEINDEN.split("\n")) {
    const [ags, name, index, herkunft] = line.split("|");
    gemeinden.set(ags!, { name: name!, anlage: index === "" ? undefined : anlage[Number(index)], herkunft: herkunft! });
  }
  const plz: MietstufenTabelle["plz"] = new Map();
  for (const line of PLZ.split("\n")) {
    const [code, list] = line.split("|");
    plz.set(code!, list!.split(","));
  }
  tabelle = { anlage, gemeinden, plz };
  return tabelle;
}

/** Every municipality (with its Mietstufe) the postcode belongs to, by name; empty when unknown. */
export function mietstufeChoicesFor(plz: string, stichtag: LocalDate): MietstufeTreffer[] {
  if (stichtag < GUELTIG_AB) return [];
  const { gemeinden, plz: postcodes } = mietstufenTabelle();
  const choices: MietstufeTreffer[] = [];
  for (const ags of postcodes.get(plz) ?? []) {
    const gemeinde = gemeinden.get(ags);
    if (!gemeinde?.anlage) continue;
    const source = `${gemeindeQuelle(gemeinde.name, gemeinde.anlage)}. ${PLZ_QUELLE}.`;
    choices.push({ mietstufe: gemeinde.anlage.mietstufe, gemeinde: gemeinde.name, ags, anlage: gemeinde.anlage, source });
  }
  return choices.sort((a, b) => a.gemeinde.localeCompare(b.gemeinde, "de"));
}

export function mietstufeFor(plz: string, stichtag: LocalDate): MietstufeLookup {
  const choices = mietstufeChoicesFor(plz, stichtag);
  if (choices.length === 0) return undefined;
  if (new Set(choices.map((c) => c.mietstufe)).size === 1) {
    const first = choices[0]!;
    return choices.length === 1 ? first : { ...first, gemeinde: choices.map((c) => c.gemeinde).join(" oder "), source: choices.map((c) => c.source).join(" ") };
  }
  return { ambiguous: choices };
}
