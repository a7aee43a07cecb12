/**
 * Texts in Leichte Sprache, following the rules of the Netzwerk Leichte Sprache: short
 * sentences, one statement per sentence, no foreign words, long words split with a hyphen,
 * hard words explained in a sentence of their own. Each section is a heading and its sentences.
 * The start explanation is also the transcript of the video in Gebärdensprache (BITV 2.0 § 4).
 */
export type LsSection = { id: string; heading: string; sentences: string[] };

export const LS_START: LsSection[] = [
  {
    id: "was-ist-das",
    heading: "Was ist die Sozial-Plattform?",
    sentences: [
      "Die Sozial-Plattform ist eine Internet-Seite.",
      "Hier finden Sie Hilfe.",
      "Zum Beispiel: Sie haben zu wenig Geld.",
      "Oder: Sie haben Schulden.",
      "Oder: Sie brauchen Hilfe bei der Pflege.",
      "Die Seite kostet nichts.",
      "Sie müssen sich nicht anmelden.",
    ],
  },
  {
    id: "angebote",
    heading: "Was können Sie hier machen?",
    sentences: [
      "Sie können Leistungen finden.",
      "Leistungen sind Hilfen vom Staat.",
      "Zum Beispiel: Geld für die Miete.",
      "Das heißt: Wohn-Geld.",
      "Sie können eine Beratungs-Stelle finden.",
      "In einer Beratungs-Stelle arbeiten Menschen.",
      "Die Menschen beantworten Ihre Fragen.",
      "Die Beratung kostet nichts.",
    ],
  },
  {
    id: "bedienung",
    heading: "So finden Sie sich auf der Seite zurecht",
    sentences: [
      "Oben auf jeder Seite ist ein Menü.",
      "Im Menü sind Links.",
      "Ein Link bringt Sie zu einer anderen Seite.",
      "Ganz oben können Sie die Sprache wählen.",
      "Ganz unten auf jeder Seite sind auch Links.",
      "Dort finden Sie diese Seite in Leichter Sprache.",
      "Dort finden Sie auch die Seite in Gebärden-Sprache.",
      "Sie können die Seite auch nur mit der Tastatur bedienen.",
      "Drücken Sie dafür die Tab-Taste.",
    ],
  },
  {
    id: "barrierefreiheit",
    heading: "Barriere-Freiheit",
    sentences: [
      "Barriere-Freiheit heißt: Alle Menschen können die Seite gut benutzen.",
      "Auch Menschen mit Behinderung.",
      "Wir haben dazu eine Erklärung geschrieben.",
      "Die Erklärung ist in schwerer Sprache.",
      "In der Erklärung steht: Diese Dinge sind noch nicht gut.",
      "Sie finden etwas auf der Seite nicht gut?",
      "Dann schreiben Sie uns.",
      "Dafür gibt es ein Formular.",
    ],
  },
];

export const LS_CHECK: LsSection[] = [
  {
    id: "leistungs-check",
    heading: "Der Leistungs-Check",
    sentences: [
      "Der Leistungs-Check ist ein Fragebogen.",
      "Sie beantworten Fragen zu Ihrem Leben.",
      "Zum Beispiel: Wie viele Menschen wohnen bei Ihnen?",
      "Oder: Wie viel Geld verdienen Sie?",
      "Es gibt 5 kurze Teile mit Fragen.",
      "Am Ende sehen Sie ein Ergebnis.",
      "Im Ergebnis steht: Diese Leistungen können Sie vielleicht bekommen.",
      "Das Ergebnis ist nur eine Schätzung.",
      "Das heißt: Das Amt entscheidet am Ende.",
      "Sie brauchen für den Check keinen Namen.",
      "Wir speichern Ihre Antworten nur 24 Stunden.",
      "Danach sind die Antworten gelöscht.",
      "Sie können die Antworten auch selbst löschen.",
    ],
  },
];
