/**
 * Mietenstufen of the municipalities we can place by postcode, taken from the law: Anlage zu
 * § 1 Abs. 3 Wohngeldverordnung, "Mietenstufen der Gemeinden nach Ländern ab 1. Januar 2023"
 * (BGBl. I 2022, 2166–2210; Gebietsstand 31.03.2021). The Fortschreibung to 1 January 2025
 * (BGBl. 2024 I Nr. 314) left the list unchanged, so it applies through 2026. Official texts are
 * in the public domain (§ 5 UrhG); each entry below names its Land, its table (Gemeinde or Kreis)
 * and the exact wording of the list. Municipalities under 10,000 inhabitants are not listed
 * one by one: the Kreis value applies to them (sentence 1 of the Anlage).
 *
 * This is a subset: the large cities whose postcode areas are listed in `plz-bereiche.ts`, plus
 * the neighbours that share one of those postcodes.
 */
import type { Mietstufe } from "../parameters/wohngeld";

export const WOGV_ANLAGE = {
  titel: "Anlage zu § 1 Abs. 3 WoGV – Mietenstufen der Gemeinden nach Ländern ab 1. Januar 2023 (BGBl. I 2022, 2166–2210)",
  url: "https://www.gesetze-im-internet.de/wogv/anlage.html",
} as const;

export type GemeindeMietstufe = {
  /** The municipality as people know it. */
  gemeinde: string;
  land: string;
  /** Where the value stands in the Anlage: the Gemeinde table, or the Kreis table for small municipalities. */
  tabelle: "Gemeinde" | "Kreis";
  /** The line of the Anlage, word for word. */
  eintrag: string;
  mietstufe: Mietstufe;
};

export const GEMEINDEN = {
  berlin: { gemeinde: "Berlin", land: "Berlin", tabelle: "Gemeinde", eintrag: "Berlin, Stadt", mietstufe: 4 },
  schoenefeld: { gemeinde: "Schönefeld", land: "Brandenburg", tabelle: "Gemeinde", eintrag: "Schönefeld", mietstufe: 4 },
  hamburg: { gemeinde: "Hamburg", land: "Hamburg", tabelle: "Gemeinde", eintrag: "Hamburg, Freie und Hansestadt", mietstufe: 6 },
  oststeinbek: { gemeinde: "Oststeinbek", land: "Schleswig-Holstein", tabelle: "Kreis", eintrag: "Stormarn", mietstufe: 4 },
  bremen: { gemeinde: "Bremen", land: "Bremen", tabelle: "Gemeinde", eintrag: "Bremen, Stadt", mietstufe: 4 },
  hannover: { gemeinde: "Hannover", land: "Niedersachsen", tabelle: "Gemeinde", eintrag: "Hannover, Landeshauptstadt", mietstufe: 5 },
  koeln: { gemeinde: "Köln", land: "Nordrhein-Westfalen", tabelle: "Gemeinde", eintrag: "Köln, Stadt", mietstufe: 6 },
  duesseldorf: { gemeinde: "Düsseldorf", land: "Nordrhein-Westfalen", tabelle: "Gemeinde", eintrag: "Düsseldorf, Stadt", mietstufe: 6 },
  dortmund: { gemeinde: "Dortmund", land: "Nordrhein-Westfalen", tabelle: "Gemeinde", eintrag: "Dortmund, Stadt", mietstufe: 3 },
  essen: { gemeinde: "Essen", land: "Nordrhein-Westfalen", tabelle: "Gemeinde", eintrag: "Essen, Stadt", mietstufe: 3 },
  frankfurt: { gemeinde: "Frankfurt am Main", land: "Hessen", tabelle: "Gemeinde", eintrag: "Frankfurt am Main, Stadt", mietstufe: 6 },
  stuttgart: { gemeinde: "Stuttgart", land: "Baden-Württemberg", tabelle: "Gemeinde", eintrag: "Stuttgart, Landeshauptstadt", mietstufe: 6 },
  muenchen: { gemeinde: "München", land: "Bayern", tabelle: "Gemeinde", eintrag: "München", mietstufe: 7 },
  nuernberg: { gemeinde: "Nürnberg", land: "Bayern", tabelle: "Gemeinde", eintrag: "Nürnberg, Stadt", mietstufe: 5 },
  leipzig: { gemeinde: "Leipzig", land: "Sachsen", tabelle: "Gemeinde", eintrag: "Leipzig, Stadt", mietstufe: 2 },
  dresden: { gemeinde: "Dresden", land: "Sachsen", tabelle: "Gemeinde", eintrag: "Dresden, Stadt", mietstufe: 3 },
} as const satisfies Record<string, GemeindeMietstufe>;

export type GemeindeKey = keyof typeof GEMEINDEN;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;

export function mietstufeRoman(stufe: Mietstufe): string {
  return ROMAN[stufe - 1]!;
}

/** "Anlage zu § 1 Abs. 3 WoGV …, Land Berlin, Gemeinde „Berlin, Stadt“: Mietenstufe IV". */
export function gemeindeQuelle(eintrag: GemeindeMietstufe): string {
  const kreisregel = eintrag.tabelle === "Kreis" ? ` (${eintrag.gemeinde} ist nicht gesondert aufgeführt, es gilt der Kreis)` : "";
  return `${WOGV_ANLAGE.titel}, Land ${eintrag.land}, ${eintrag.tabelle} „${eintrag.eintrag}“: Mietenstufe ${mietstufeRoman(eintrag.mietstufe)}${kreisregel}`;
}
