import type { Messages } from "./de";
import { finderLs } from "./finder/ls";

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
  // Start page (app/routes/_index.tsx)
  startTitle: "Start-Seite",
  startHeading: "Hilfe finden",
  startIntro: "Sie brauchen Hilfe? Zum Beispiel Geld für die Miete? Hier finden Sie heraus: Welche Hilfe können Sie bekommen? Hier finden Sie auch Beratungs-Stellen. Dort bekommen Sie Rat. Sie können der Beratungs-Stelle schreiben. Sie müssen Ihren Namen nicht sagen.",
  startFree: "Die Sozial-Plattform kostet nichts. Sie brauchen kein Konto.",
  startCardLeistungen: "Sie beantworten Fragen. Dann sehen Sie: Diese Hilfe können Sie vielleicht bekommen.",
  startCardBeratung: "Sie suchen eine Beratungs-Stelle. Zum Beispiel bei Schulden. Die Stelle ist in Ihrer Nähe. Oder im Internet.",
  // The centre finder (app/routes/beratungsstellen._index.tsx), in ./finder/ls.ts
  ...finderLs,
};
