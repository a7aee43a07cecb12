import { KINDERZUSCHLAG_HOECHSTBETRAG, KINDERZUSCHLAG_MINDESTEINKOMMEN } from "../../parameters/kinderzuschlag";
import { betragKennzahl } from "../kennzahl";
import { STAND } from "../quellen";
import type { BenefitInfo } from "../types";

const ONLINE_ANTRAG = {
  titel: "Kinderzuschlag online beantragen (Familienkasse der Bundesagentur für Arbeit)",
  url: "https://www.arbeitsagentur.de/familie-und-kinder/kinderzuschlag-beantragen",
};

export const kinderzuschlag: BenefitInfo = {
  slug: "kinderzuschlag",
  titel: "Kinderzuschlag",
  kurzbeschreibung: "Zusätzliches Geld der Familienkasse für Eltern, die genug für sich selbst verdienen, aber nicht genug für die ganze Familie.",
  rechtsgrundlage: "BKGG (§ 6a)",
  gruppe: "Familie und Kinder",
  wasIstDas: [
    "Der Kinderzuschlag ergänzt das Kindergeld für Familien mit kleinem Einkommen.",
    "Mit dem Kinderzuschlag bekommen Ihre Kinder auch Leistungen für Bildung und Teilhabe. Außerdem können Sie sich von den Kita-Gebühren befreien lassen.",
  ],
  werKannEsBekommen: [
    "Sie bekommen Kindergeld für ein Kind unter 25 Jahren, das unverheiratet ist und bei Ihnen lebt.",
    "Ihr Bruttoeinkommen erreicht eine Mindestgrenze. Sie ist für Paare und Alleinerziehende unterschiedlich hoch.",
    "Mit dem Kinderzuschlag und gegebenenfalls Wohngeld braucht Ihre Familie kein Grundsicherungsgeld.",
  ],
  wieViel: [
    "Es gibt einen Höchstbetrag je Kind. Eigenes Einkommen des Kindes, zum Beispiel Unterhalt oder Unterhaltsvorschuss, verringert den Betrag für dieses Kind.",
    "Verdienen Sie mehr, als Sie für sich selbst brauchen, wird der Kinderzuschlag nach und nach kleiner.",
    "Der Kinderzuschlag wird jeweils für 6 Monate bewilligt.",
  ],
  kennzahlen: (stichtag) => [
    betragKennzahl("Höchstbetrag je Kind, im Monat", KINDERZUSCHLAG_HOECHSTBETRAG, stichtag, (betrag) => betrag),
    betragKennzahl("Mindesteinkommen brutto für Paare, im Monat", KINDERZUSCHLAG_MINDESTEINKOMMEN, stichtag, (m) => m.paar),
    betragKennzahl("Mindesteinkommen brutto für Alleinerziehende, im Monat", KINDERZUSCHLAG_MINDESTEINKOMMEN, stichtag, (m) => m.alleinerziehend),
  ],
  antrag: {
    stellenart: "Familienkasse der Bundesagentur für Arbeit",
    onlineAntrag: ONLINE_ANTRAG,
    wege: [
      "Mit dem KiZ-Lotsen der Familienkasse können Sie vorab prüfen, ob sich ein Antrag lohnt.",
      "Stellen Sie den Antrag online. Mit der Online-Ausweisfunktion brauchen Sie keine Unterschrift auf Papier. Sonst drucken Sie den Antrag aus und schicken ihn unterschrieben an die Familienkasse.",
      "Kinderzuschlag gibt es nicht rückwirkend, sondern ab dem Monat, in dem Sie den Antrag stellen.",
    ],
  },
  unterlagen: [
    "Einkommensnachweise der letzten 6 Monate, zum Beispiel Lohnabrechnungen",
    "Mietvertrag oder andere Nachweise über Wohn- und Heizkosten",
    "Nachweise über Unterhalt oder Unterhaltsvorschuss für die Kinder",
    "Wohngeldbescheid, wenn vorhanden",
    "Angaben zu Ihrem Vermögen",
  ],
  verwandt: [
    { slug: "kindergeld", hinweis: "Kinderzuschlag gibt es nur für Kinder, für die Sie Kindergeld bekommen." },
    { slug: "wohngeld", hinweis: "Beantragen Sie Wohngeld und Kinderzuschlag am besten zusammen." },
    {
      slug: "grundsicherungsgeld",
      hinweis: "Decken Kinderzuschlag und Wohngeld zusammen den Bedarf Ihrer Familie, gehen sie dem Grundsicherungsgeld vor.",
    },
    { slug: "bildung-und-teilhabe", hinweis: "Mit Kinderzuschlag haben Ihre Kinder Anspruch auf Bildung und Teilhabe." },
  ],
  beratungsthema: "familie",
  stand: STAND,
  quellen: [
    { titel: "§ 6a BKGG – Kinderzuschlag", url: "https://www.gesetze-im-internet.de/bkgg_1996/__6a.html" },
    { titel: "Familienkasse: KiZ-Lotse", url: "https://www.arbeitsagentur.de/familie-und-kinder/kinderzuschlag-verstehen/kiz-lotse" },
  ],
};
