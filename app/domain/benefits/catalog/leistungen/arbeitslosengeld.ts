import { ALG_LEISTUNGSSATZ } from "../../parameters/arbeitslosengeld";
import { prozent, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

export const arbeitslosengeld: BenefitInfo = {
  slug: "arbeitslosengeld",
  titel: "Arbeitslosengeld",
  kurzbeschreibung: "Geld aus der Arbeitslosenversicherung, wenn Sie Ihre Arbeit verloren haben und vorher versichert beschäftigt waren.",
  rechtsgrundlage: "SGB III",
  gruppe: "Geld zum Leben",
  wasIstDas: [
    "Arbeitslosengeld ersetzt einen Teil Ihres Lohns, wenn Sie arbeitslos werden.",
    "Es ist eine Leistung der Arbeitslosenversicherung: Sie haben vorher Beiträge gezahlt. Deshalb spielen Ihr Vermögen und das Einkommen Ihrer Familie keine Rolle.",
  ],
  werKannEsBekommen: [
    "Sie haben keine Arbeit oder arbeiten weniger als 15 Stunden in der Woche.",
    "Sie waren in den letzten 30 Monaten mindestens 12 Monate versicherungspflichtig beschäftigt.",
    "Sie haben sich bei der Agentur für Arbeit arbeitslos gemeldet.",
    "Sie suchen eine neue Arbeit und können sie auch aufnehmen.",
    "Sie haben die Altersgrenze für die Regelaltersrente noch nicht erreicht.",
  ],
  wieViel: [
    "Sie bekommen einen festen Anteil Ihres Nettolohns. Dafür wird Ihr Bruttolohn der letzten 12 Monate pauschal in einen Nettolohn umgerechnet. Mit Kind ist der Anteil höher.",
    "Wie lange Sie Arbeitslosengeld bekommen, hängt davon ab, wie lange Sie versichert waren und wie alt Sie sind.",
    "Wenn Sie selbst gekündigt haben, kann das Arbeitslosengeld für einige Wochen ruhen (Sperrzeit).",
  ],
  kennzahlen: (stichtag) => [
    textKennzahl(
      "Arbeitslosengeld, Anteil am pauschalierten Nettolohn",
      ALG_LEISTUNGSSATZ,
      stichtag,
      (satz) => `${prozent(satz.allgemein)}, mit Kind ${prozent(satz.mitKind)}`,
    ),
  ],
  antrag: {
    stellenart: "Agentur für Arbeit",
    onlineAntrag: {
      titel: "Arbeitslos melden und Arbeitslosengeld beantragen (Bundesagentur für Arbeit)",
      url: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/arbeitslos-melden-arbeitslosengeld-beantragen",
    },
    wege: [
      "Melden Sie sich spätestens 3 Monate vor dem Ende Ihrer Arbeit arbeitsuchend. Erfahren Sie es kurzfristig, melden Sie sich innerhalb von 3 Tagen. Sonst kann eine Sperrzeit von einer Woche eintreten.",
      "Melden Sie sich spätestens am ersten Tag ohne Arbeit arbeitslos: online mit der Online-Ausweisfunktion oder persönlich bei Ihrer Agentur für Arbeit.",
      "Den Antrag stellen Sie online in den eServices der Bundesagentur für Arbeit oder auf Papier bei Ihrer Agentur für Arbeit.",
    ],
  },
  unterlagen: [
    "Personalausweis oder Pass mit Meldebescheinigung",
    "Kündigung oder Aufhebungsvertrag",
    "Arbeitsbescheinigung Ihres Arbeitgebers (meist schickt er sie direkt an die Agentur für Arbeit)",
    "Steuer-Identifikationsnummer",
    "Bankverbindung (IBAN)",
    "Nachweis über Ihre Kinder, wenn Sie den höheren Satz bekommen können",
    "Nachweise über einen Nebenverdienst",
  ],
  verwandt: [
    {
      slug: "grundsicherungsgeld",
      hinweis: "Arbeitslosengeld geht vor. Reicht es nicht zum Leben, kann das Jobcenter zusätzlich Grundsicherungsgeld zahlen.",
    },
    { slug: "wohngeld", hinweis: "Mit niedrigem Arbeitslosengeld kann Wohngeld helfen, die Miete zu bezahlen." },
    { slug: "kinderzuschlag", hinweis: "Familien mit kleinem Einkommen können zusätzlich Kinderzuschlag bekommen." },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    GESETZ.sgb3,
    {
      titel: "Bundesagentur für Arbeit: Arbeitslos melden und Arbeitslosengeld beantragen",
      url: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/arbeitslos-melden-arbeitslosengeld-beantragen",
    },
  ],
};
