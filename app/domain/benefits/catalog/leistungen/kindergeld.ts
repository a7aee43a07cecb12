import { KINDERGELD_PRO_KIND } from "../../parameters/kindergeld";
import { betragKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

const ONLINE_ANTRAG = {
  titel: "Kindergeld online beantragen (Familienkasse der Bundesagentur für Arbeit)",
  url: "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-beantragen",
};

export const kindergeld: BenefitInfo = {
  slug: "kindergeld",
  titel: "Kindergeld",
  kurzbeschreibung: "Monatliches Geld der Familienkasse für jedes Kind – unabhängig vom Einkommen der Eltern.",
  rechtsgrundlage: "EStG (in Sonderfällen BKGG)",
  gruppe: "Familie und Kinder",
  wasIstDas: [
    "Kindergeld hilft Eltern, die Kosten für ihre Kinder zu tragen. Es ist für jedes Kind gleich hoch.",
    "Ihr Einkommen spielt keine Rolle. Bei der Steuererklärung prüft das Finanzamt, ob für Sie stattdessen der Kinderfreibetrag günstiger ist.",
  ],
  werKannEsBekommen: [
    "Ihr Kind lebt bei Ihnen. Sie wohnen in Deutschland oder zahlen hier unbeschränkt Steuern.",
    "Ihr Kind ist jünger als 18 Jahre.",
    "Ab 18 gibt es Kindergeld weiter, zum Beispiel während Schule, Ausbildung, Studium oder Freiwilligendienst – längstens bis zum 25. Geburtstag. Für Kinder ohne Arbeit, die arbeitsuchend gemeldet sind, bis zum 21. Geburtstag.",
    "Für ein Kind mit einer Behinderung, die vor dem 25. Geburtstag eingetreten ist, auch länger.",
    "Mit ausländischer Staatsangehörigkeit brauchen Sie in der Regel einen Aufenthaltstitel, der Arbeit erlaubt, oder das Freizügigkeitsrecht als EU-Bürgerin oder EU-Bürger.",
  ],
  wieViel: [
    "Für jedes Kind gibt es denselben Betrag. Er wird regelmäßig angepasst.",
    "Kindergeld wird höchstens 6 Monate rückwirkend gezahlt. Beantragen Sie es deshalb bald nach der Geburt.",
  ],
  kennzahlen: (stichtag) => [betragKennzahl("Kindergeld je Kind, im Monat", KINDERGELD_PRO_KIND, stichtag, (betrag) => betrag)],
  antrag: {
    stellenart: "Familienkasse der Bundesagentur für Arbeit",
    onlineAntrag: ONLINE_ANTRAG,
    wege: [
      "Stellen Sie den Antrag online bei der Familienkasse. Mit der Online-Ausweisfunktion oder einem ELSTER-Zertifikat geht das ohne Papier.",
      "Sie können den Antrag auch ausdrucken, unterschreiben und per Post an die Familienkasse schicken.",
      "Wenn Sie im öffentlichen Dienst arbeiten, ist manchmal die Familienkasse Ihres Arbeitgebers zuständig.",
    ],
  },
  unterlagen: [
    "Ihre Steuer-Identifikationsnummer und die Ihres Kindes",
    "Geburtsurkunde des Kindes (oft übermittelt das Standesamt die Daten direkt)",
    "Für Kinder ab 18 eine Schul-, Ausbildungs- oder Studienbescheinigung",
    "Bei ausländischer Staatsangehörigkeit den Aufenthaltstitel",
    "Bankverbindung (IBAN)",
  ],
  verwandt: [
    { slug: "kinderzuschlag", hinweis: "Reicht Ihr Einkommen nicht für die ganze Familie, gibt es zusätzlich Kinderzuschlag." },
    { slug: "grundsicherungsgeld", hinweis: "Beim Grundsicherungsgeld zählt Kindergeld als Einkommen des Kindes." },
    { slug: "wohngeld", hinweis: "Beim Wohngeld zählt Kindergeld nicht als Einkommen." },
  ],
  beratungsthema: "familie",
  stand: STAND,
  quellen: [
    GESETZ.estg,
    GESETZ.bkgg,
    { titel: "Familienkasse: Kindergeld – Anspruch, Höhe, Dauer", url: "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-anspruch-hoehe-dauer" },
  ],
};
