/**
 * The law behind the Mietstufe: Anlage zu § 1 Abs. 3 Wohngeldverordnung, "Mietenstufen der
 * Gemeinden nach Ländern ab 1. Januar 2023" (BGBl. I 2022, 2166–2210; Gebietsstand 31.03.2021).
 * The Fortschreibung to 1 January 2025 (Art. 2 V v. 21.10.2024, BGBl. 2024 I Nr. 314) raised
 * the Höchstbeträge and left this list as it was; no later list is in force. The whole list is
 * in data/wogv-anlage-2023.txt (official texts are in the public domain, § 5 UrhG), joined to
 * every municipality and postcode by scripts/generate-mietstufen.mjs.
 */
import type { Mietstufe } from "../parameters/wohngeld";

export const WOGV_ANLAGE = {
  titel: "Anlage zu § 1 Abs. 3 WoGV – Mietenstufen der Gemeinden nach Ländern ab 1. Januar 2023 (BGBl. I 2022, 2166–2210)",
  url: "https://www.gesetze-im-internet.de/wogv/anlage.html",
} as const;

/** Where a municipality's value stands: its own line, its Kreis's line, or the common island line. */
export type AnlageTabelle = "Gemeinde" | "Kreis" | "Inseln";

export type AnlageEintrag = {
  land: string;
  tabelle: AnlageTabelle;
  /** The line of the Anlage, word for word. */
  eintrag: string;
  mietstufe: Mietstufe;
};

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;

export function mietstufeRoman(stufe: Mietstufe): string {
  return ROMAN[stufe - 1]!;
}

/** "Anlage zu § 1 Abs. 3 WoGV …, Land Berlin, Gemeinde „Berlin, Stadt“: Mietenstufe IV". */
export function gemeindeQuelle(gemeinde: string, eintrag: AnlageEintrag): string {
  const wo =
    eintrag.tabelle === "Inseln"
      ? `„${eintrag.eintrag}“ (§ 12 Abs. 4a WoGG)`
      : `Land ${eintrag.land}, ${eintrag.tabelle} „${eintrag.eintrag}“`;
  const regel = eintrag.tabelle === "Kreis" ? ` (${gemeinde} ist nicht gesondert aufgeführt, es gilt der Kreis)` : "";
  return `${WOGV_ANLAGE.titel}, ${wo}: Mietenstufe ${mietstufeRoman(eintrag.mietstufe)}${regel}`;
}
