/** The German source catalogue of the page frame. Every other catalogue has exactly these keys. */
export const de = {
  claim: "Hilfe finden. Beratung bekommen.",
  skipLink: "Zum Inhalt springen",
  navLabel: "Hauptnavigation",
  navLeistungen: "Leistungen finden",
  navBeratung: "Beratung finden",
  navVerwaltung: "Für Beratungsstellen und Kommunen",
  navAnmelden: "Anmelden",
  languageLabel: "Sprache",
  languageCurrent: "Aktuelle Sprache",
  footerText: "Sozialplattform – ein offenes Angebot für Menschen, die Hilfe suchen, und für die Stellen, die sie beraten. Quelltext unter der EUPL 1.2.",
  footerNavLabel: "Informationen zur Plattform",
  footerLizenzen: "Lizenzen und Datenquellen",
  footerBarrierefreiheit: "Erklärung zur Barrierefreiheit",
  footerLeichteSprache: "Leichte Sprache",
  footerGebaerdensprache: "Gebärdensprache",
  germanOnlyNotice: "Der Inhalt dieser Seite ist noch nur auf Deutsch verfügbar. Die Bedienelemente sind übersetzt.",
  notFoundTitle: "Seite nicht gefunden",
  notFoundBody: "Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder die Adresse enthält einen Tippfehler.",
  toStart: "Zur Startseite",
  serverErrorTitle: "Technischer Fehler",
  serverErrorBody: "Leider ist bei uns ein Fehler aufgetreten. Ihre Eingaben wurden nicht gespeichert. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  serverErrorReference: "Wenn Sie uns den Fehler melden, nennen Sie bitte diese Kennung:",
};

export type Messages = { [K in keyof typeof de]: string };
export type MessageKey = keyof Messages;
