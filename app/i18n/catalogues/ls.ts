import type { Messages } from "./de";

/**
 * Leichte Sprache: only the texts that differ from German. Rules of the Netzwerk Leichte
 * Sprache: short sentences, one statement per sentence, no foreign words, hard words explained.
 */
export const ls: Partial<Messages> = {
  claim: "Hier finden Sie Hilfe.",
  skipLink: "Zum Text springen",
  navVerwaltung: "Für Mitarbeiter von Beratungs-Stellen",
  footerText: "Die Sozial-Plattform ist ein Angebot für Menschen. Die Menschen brauchen Hilfe. Hier finden sie Hilfe.",
  footerLizenzen: "Woher unsere Daten kommen",
  footerBarrierefreiheit: "Barriere-Freiheit",
  footerGebaerdensprache: "Gebärden-Sprache",
  notFoundTitle: "Diese Seite gibt es nicht",
  notFoundBody: "Die Adresse ist vielleicht falsch. Oder die Seite gibt es nicht mehr.",
  toStart: "Zur Start-Seite",
  serverErrorTitle: "Es gibt einen Fehler",
  serverErrorBody: "Bei uns ist etwas kaputt. Ihre Angaben sind nicht gespeichert. Bitte versuchen Sie es später noch einmal.",
  serverErrorReference: "Sie wollen uns den Fehler melden? Dann sagen Sie uns bitte diese Nummer:",
};
