import { BAFOEG_BEDARF, BAFOEG_VERMOEGEN } from "../../parameters/bafoeg";
import { betragKennzahl, euro, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

const BAFOEG_DIGITAL = { titel: "BAföG Digital (Bund und Länder)", url: "https://www.bafoeg-digital.de/" };

export const bafoeg: BenefitInfo = {
  slug: "bafoeg",
  titel: "BAföG",
  kurzbeschreibung: "Förderung für Studierende und manche Schülerinnen und Schüler, wenn das eigene Geld und das der Eltern nicht reicht.",
  rechtsgrundlage: "BAföG",
  gruppe: "Ausbildung",
  wasIstDas: [
    "BAföG hilft Ihnen, während eines Studiums oder einer Schulausbildung Ihren Lebensunterhalt zu bezahlen.",
    "Im Studium ist die Hälfte ein Zuschuss und die andere Hälfte ein zinsloses Darlehen. Schülerinnen und Schüler müssen nichts zurückzahlen.",
  ],
  werKannEsBekommen: [
    "Sie studieren an einer Hochschule oder besuchen eine förderfähige Schule, zum Beispiel eine Fachschule oder Berufsfachschule.",
    "Schülerinnen und Schüler bekommen BAföG meist nur, wenn sie nicht bei den Eltern wohnen, weil die Schule zu weit weg ist, oder wenn sie schon eine eigene Familie haben.",
    "Sie sind Deutsche oder Deutscher oder haben als ausländische Staatsangehörige ein bestimmtes Aufenthaltsrecht.",
    "Sie beginnen die Ausbildung in der Regel vor Ihrem 45. Geburtstag.",
    "Ihr eigenes Einkommen und Vermögen und das Einkommen Ihrer Eltern oder Ihres Ehepartners reichen nicht aus.",
  ],
  wieViel: [
    "Der Betrag richtet sich nach Ihrem Bedarf: einem Grundbedarf, einer Pauschale für die Wohnung und Zuschlägen für die Kranken- und Pflegeversicherung.",
    "Davon wird angerechnet, was Sie selbst, Ihre Eltern oder Ihr Ehepartner über Freibeträgen verdienen. Unten sehen Sie die festen Beträge.",
  ],
  kennzahlen: (stichtag) => [
    betragKennzahl(
      "Höchstbetrag im Studium, wenn Sie nicht bei den Eltern wohnen und selbst versichert sind (unter 30 Jahren), im Monat",
      BAFOEG_BEDARF,
      stichtag,
      (b) => b.grundbedarfHochschule + b.wohnenAuswaerts + b.krankenversicherung + b.pflegeversicherung,
    ),
    betragKennzahl("Grundbedarf im Studium, im Monat", BAFOEG_BEDARF, stichtag, (b) => b.grundbedarfHochschule),
    betragKennzahl("Wohnpauschale, wenn Sie nicht bei den Eltern wohnen, im Monat", BAFOEG_BEDARF, stichtag, (b) => b.wohnenAuswaerts),
    betragKennzahl("Wohnpauschale, wenn Sie bei den Eltern wohnen, im Monat", BAFOEG_BEDARF, stichtag, (b) => b.wohnenBeiEltern),
    betragKennzahl(
      "Zuschlag für Kranken- und Pflegeversicherung (unter 30 Jahren), im Monat",
      BAFOEG_BEDARF,
      stichtag,
      (b) => b.krankenversicherung + b.pflegeversicherung,
    ),
    textKennzahl(
      "Eigenes Vermögen, das nicht zählt",
      BAFOEG_VERMOEGEN,
      stichtag,
      (v) =>
        `${euro(v.freibetragUnter30)} unter ${v.alterHoehererFreibetrag} Jahren, ${euro(v.freibetragAb30)} ab ${v.alterHoehererFreibetrag} Jahren`,
    ),
  ],
  antrag: {
    stellenart: "Amt für Ausbildungsförderung (für Studierende beim Studierendenwerk)",
    onlineAntrag: BAFOEG_DIGITAL,
    wege: [
      "Stellen Sie den Antrag online mit BAföG Digital. Mit der Online-Ausweisfunktion geht das ganz ohne Papier.",
      "Ohne Online-Ausweis drucken Sie den Antrag aus, unterschreiben ihn und reichen ihn beim Amt für Ausbildungsförderung ein. Auch Papierformulare gibt es dort.",
      "BAföG gibt es frühestens ab dem Monat, in dem Sie den Antrag stellen. Stellen Sie ihn deshalb rechtzeitig zu Beginn der Ausbildung.",
    ],
  },
  unterlagen: [
    "Antrag (Formblatt 1)",
    "Immatrikulations- oder Schulbescheinigung (Formblatt 2)",
    "Angaben und Einkommensnachweise Ihrer Eltern, meist der Steuerbescheid des vorletzten Jahres (Formblatt 3)",
    "Ab dem 5. Fachsemester einen Leistungsnachweis (Formblatt 5)",
    "Nachweis Ihrer Kranken- und Pflegeversicherung",
    "Nachweise über Ihr Vermögen",
    "Mietvertrag, wenn Sie nicht bei Ihren Eltern wohnen",
  ],
  verwandt: [
    { slug: "berufsausbildungsbeihilfe", hinweis: "Für eine betriebliche Ausbildung gibt es statt BAföG die Berufsausbildungsbeihilfe." },
    {
      slug: "grundsicherungsgeld",
      hinweis: "Wer eine dem Grunde nach förderfähige Ausbildung macht, bekommt meist kein Grundsicherungsgeld zum Leben. Einzelne Mehrbedarfe sind trotzdem möglich.",
    },
    { slug: "wohngeld", hinweis: "Wohngeld gibt es meist nicht, wenn alle im Haushalt dem Grunde nach BAföG bekommen könnten." },
    { slug: "kindergeld", hinweis: "Kindergeld wird während der Ausbildung bis zum 25. Geburtstag neben BAföG gezahlt." },
  ],
  beratungsthema: "jugend",
  stand: STAND,
  quellen: [
    GESETZ.bafoeg,
    { titel: "BAföG – Internetseite des Bundesministeriums", url: "https://www.xn--bafg-7qa.de/" },
    BAFOEG_DIGITAL,
  ],
};
