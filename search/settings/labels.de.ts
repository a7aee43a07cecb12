/**
 * Searchable German words for coded document values, so that "türkisch", "Video" or "online"
 * in the free text find centres by language or channel. Both adapters index these words with
 * the document (embedded: field "merkmale"; Meilisearch: attribute `such_merkmale`).
 */
import type { Kanal } from "../port";

export const KANAL_WOERTER: Record<Kanal, readonly string[]> = {
  vor_ort: ["vor Ort", "persönlich"],
  telefon: ["Telefon", "telefonisch"],
  chat: ["Chat", "online"],
  video: ["Video", "Videoberatung", "online"],
  email: ["E-Mail", "Mail", "online"],
};

export const BUNDESWEIT_WOERTER: readonly string[] = ["bundesweit", "deutschlandweit", "online"];

/** German names of the languages most often offered in counselling (ISO 639-1). */
export const SPRACH_NAMEN: Readonly<Record<string, readonly string[]>> = {
  de: ["Deutsch"],
  en: ["Englisch"],
  tr: ["Türkisch"],
  ar: ["Arabisch"],
  ru: ["Russisch"],
  uk: ["Ukrainisch"],
  pl: ["Polnisch"],
  ro: ["Rumänisch"],
  bg: ["Bulgarisch"],
  fa: ["Persisch", "Farsi"],
  ps: ["Paschtu"],
  ku: ["Kurdisch"],
  fr: ["Französisch"],
  es: ["Spanisch"],
  it: ["Italienisch"],
  el: ["Griechisch"],
  hr: ["Kroatisch"],
  sr: ["Serbisch"],
  bs: ["Bosnisch"],
  sq: ["Albanisch"],
  vi: ["Vietnamesisch"],
  ti: ["Tigrinya"],
  so: ["Somali"],
};

export function documentLabels(document: { kanaele: readonly Kanal[]; sprachen: readonly string[]; bundesweit: boolean }): string[] {
  return [
    ...document.kanaele.flatMap((kanal) => KANAL_WOERTER[kanal] ?? []),
    ...document.sprachen.flatMap((code) => SPRACH_NAMEN[code] ?? []),
    ...(document.bundesweit ? BUNDESWEIT_WOERTER : []),
  ];
}
