/**
 * The Erklärung zur Barrierefreiheit as data (BITV 2.0 § 7, model of Durchführungsbeschluss
 * (EU) 2018/1523). Keep `nichtBarrierefrei` true: every entry names what is not accessible yet;
 * docs/barrierefreiheit.md records how each was found and how it will be fixed.
 */
import type { LocalDate } from "../shared/dates";

export type Konformitaet = "vollstaendig" | "teilweise" | "nicht";

export const KONFORMITAET_TEXT: Record<Konformitaet, string> = {
  vollstaendig: "vollständig vereinbar",
  teilweise: "teilweise vereinbar",
  nicht: "nicht vereinbar",
};

export const STATEMENT = {
  /** Date the statement was written or last reviewed. */
  erstelltAm: "2026-12-07" as LocalDate,
  konformitaet: "teilweise" as Konformitaet,
  standard: "BITV 2.0 und EN 301 549 V3.2.1 (WCAG 2.1, Stufen A und AA)",
  methode:
    "Selbstbewertung: automatische Prüfungen mit axe-core auf jeder Seite und in jedem Zustand, der in den Ende-zu-Ende-Tests vorkommt " +
    "(mit und ohne JavaScript), Tastaturprüfung, Umbruch bei 320 CSS-Pixel Breite und eine Checkliste für Screenreader. " +
    "Ein BITV-Test durch eine unabhängige Prüfstelle steht noch aus.",
  nichtBarrierefrei: [
    "Die Inhalte der Seiten sind nur auf Deutsch verfügbar. Übersetzt sind bisher nur Kopfzeile, Fußzeile, Navigation und Fehlerseiten " +
      "(Englisch, Türkisch, Arabisch, Ukrainisch, Russisch).",
    "Die Ergebnistexte des Leistungs-Checks gibt es noch nicht in Leichter Sprache. Die Zusammenfassungen aller Leistungen und die " +
      "Erklärung des Leistungs-Checks gibt es in Leichter Sprache.",
    "Ein Video in Deutscher Gebärdensprache ist vorbereitet, aber nur vorhanden, wenn der Betreiber es eingestellt hat. " +
      "Die Abschrift des Inhalts steht immer auf der Seite.",
    "Die Bereiche für Beratungsstellen und Kommunen, die Terminbuchung und der Chat sind neu und noch nicht vollständig geprüft.",
  ],
  /** Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG), as published on schlichtungsstelle-bgg.de. */
  schlichtungsstelle: {
    name: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen",
    anschrift: ["Mauerstraße 53", "10117 Berlin"],
    telefon: "030 18 527-2805",
    email: "info@schlichtungsstelle-bgg.de",
    web: "https://www.schlichtungsstelle-bgg.de",
    quelle: "schlichtungsstelle-bgg.de, Kontakt, abgerufen am 7. Dezember 2026",
  },
} as const;
