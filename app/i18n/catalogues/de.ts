import { finderDe } from "./finder/de";
/**
 * The German source catalogue: the page frame and the pages whose content is translated (keys
 * prefixed by page, e.g. `start…`). Every full catalogue has exactly these keys. In translations,
 * German terms kept on purpose (legal names of benefits, the service name) are written [[like
 * this]] and rendered with lang="de" (app/ui/Rich.tsx).
 */
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
  // Start page (app/routes/_index.tsx)
  startTitle: "Startseite",
  startDescription: "Finden Sie heraus, welche Sozialleistungen Ihnen zustehen könnten, und finden Sie eine Beratungsstelle in Ihrer Nähe.",
  startHeading: "Hilfe finden, die Ihnen zusteht",
  startIntro: "Auf der Sozialplattform finden Sie heraus, welche Sozialleistungen Sie bekommen könnten – zum Beispiel Wohngeld, Kinderzuschlag oder Grundsicherung. Sie finden Beratungsstellen in Ihrer Nähe, können dort einen Termin vereinbaren und sich im Chat oder per Video beraten lassen, auf Wunsch anonym.",
  startFree: "Die Nutzung ist kostenlos. Sie brauchen kein Konto. Wir fragen nur, was für Ihre Frage nötig ist.",
  startLeichteSprache: "Die Sozialplattform in Leichter Sprache erklärt",
  startGebaerdensprache: "Informationen in Deutscher Gebärdensprache",
  startCardLeistungen: "Beantworten Sie einige Fragen und erfahren Sie, welche Leistungen in Frage kommen, wie viel es ungefähr sein kann und wo Sie den Antrag stellen.",
  startCardBeratung: "Suchen Sie eine Beratungsstelle nach Thema und Ort, etwa zu Schulden, Sucht oder Geldsorgen – vor Ort, am Telefon, im Chat oder per Video.",
  startCardVerwaltung: "Pflegen Sie Ihre Angebote, Termine und Chats selbst und zeigen Sie, welche Stelle vor Ort zuständig ist.",
  // The centre finder (app/routes/beratungsstellen._index.tsx) and the words it shares, in ./finder/de.ts
  ...finderDe,
};

export type Messages = { [K in keyof typeof de]: string };
export type MessageKey = keyof Messages;
