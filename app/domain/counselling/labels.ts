/**
 * German display names of the coded values of a Beratungsstelle: contact channels, welfare
 * federations, languages (ISO 639-1) and weekdays. The codes are those of the database enums
 * and of the import vocabulary (./import/vocabulary.ts); the search page, the centre page and
 * the API documentation all read their labels from here.
 */
import { KONTAKTKANAELE, VERBAENDE, type Kontaktkanal, type Verband } from "./import/vocabulary";
import type { Wochentag } from "./opening-hours";

export { KONTAKTKANAELE, VERBAENDE, type Kontaktkanal, type Verband };

export const KANAL_LABELS: Record<Kontaktkanal, string> = {
  vor_ort: "Vor Ort",
  telefon: "Telefon",
  chat: "Chat",
  video: "Video",
  email: "E-Mail",
};

export const VERBAND_LABELS: Record<Verband, string> = {
  caritas: "Caritas",
  diakonie: "Diakonie",
  awo: "AWO",
  paritaetischer: "Der Paritätische",
  drk: "Deutsches Rotes Kreuz",
  zwst: "Zentralwohlfahrtsstelle der Juden (ZWST)",
  kommunal: "Kommunale Stelle",
  sonstige: "Sonstiger Träger",
};

/**
 * Languages counselling is commonly offered in, in the order of the filter list. Codes outside
 * this list are still shown (by their code) and can be searched through the API.
 */
export const SPRACHEN: ReadonlyArray<{ code: string; label: string }> = [
  { code: "de", label: "Deutsch" },
  { code: "en", label: "Englisch" },
  { code: "ar", label: "Arabisch" },
  { code: "tr", label: "Türkisch" },
  { code: "ru", label: "Russisch" },
  { code: "uk", label: "Ukrainisch" },
  { code: "pl", label: "Polnisch" },
  { code: "ro", label: "Rumänisch" },
  { code: "bg", label: "Bulgarisch" },
  { code: "fa", label: "Persisch (Farsi)" },
  { code: "ps", label: "Paschtu" },
  { code: "ku", label: "Kurdisch" },
  { code: "fr", label: "Französisch" },
  { code: "es", label: "Spanisch" },
  { code: "it", label: "Italienisch" },
  { code: "el", label: "Griechisch" },
  { code: "hr", label: "Kroatisch" },
  { code: "sr", label: "Serbisch" },
  { code: "bs", label: "Bosnisch" },
  { code: "sq", label: "Albanisch" },
  { code: "vi", label: "Vietnamesisch" },
  { code: "ti", label: "Tigrinya" },
  { code: "so", label: "Somali" },
];

const SPRACHE_BY_CODE = new Map(SPRACHEN.map((sprache) => [sprache.code, sprache.label]));

/** The German name of a language, or its code in capitals when it has no name here. */
export function spracheLabel(code: string): string {
  return SPRACHE_BY_CODE.get(code) ?? code.toUpperCase();
}

export function isKontaktkanal(value: string): value is Kontaktkanal {
  return (KONTAKTKANAELE as readonly string[]).includes(value);
}

export function isVerband(value: string): value is Verband {
  return (VERBAENDE as readonly string[]).includes(value);
}

export const WOCHENTAG_LANG: Record<Wochentag, string> = {
  1: "Montag",
  2: "Dienstag",
  3: "Mittwoch",
  4: "Donnerstag",
  5: "Freitag",
  6: "Samstag",
  7: "Sonntag",
};
