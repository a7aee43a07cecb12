import { BAFOEG_BEDARF } from "../../parameters/bafoeg";
import { valueAt } from "../../parameters/versioned";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

const BA_BAB = {
  titel: "Berufsausbildungsbeihilfe online beantragen (Bundesagentur für Arbeit)",
  url: "https://www.arbeitsagentur.de/bildung/ausbildung/berufsausbildungsbeihilfe-bab",
};

export const berufsausbildungsbeihilfe: BenefitInfo = {
  slug: "berufsausbildungsbeihilfe",
  titel: "Berufsausbildungsbeihilfe (BAB)",
  kurzbeschreibung: "Zuschuss der Agentur für Arbeit für Auszubildende, die nicht bei den Eltern wohnen und deren Vergütung nicht reicht.",
  rechtsgrundlage: "SGB III",
  gruppe: "Ausbildung",
  wasIstDas: [
    "Die Berufsausbildungsbeihilfe unterstützt Sie während einer betrieblichen Ausbildung oder einer berufsvorbereitenden Maßnahme.",
    "Sie ist ein Zuschuss. Sie müssen sie nicht zurückzahlen.",
  ],
  werKannEsBekommen: [
    "Sie machen eine anerkannte betriebliche oder außerbetriebliche Berufsausbildung oder eine berufsvorbereitende Bildungsmaßnahme.",
    "Sie wohnen während der Ausbildung nicht bei Ihren Eltern. Bei der ersten Ausbildung gilt das nur, wenn der Betrieb von zu Hause zu weit weg ist oder Sie zum Beispiel volljährig, verheiratet oder selbst Mutter oder Vater sind.",
    "Ihre Ausbildungsvergütung und das Einkommen Ihrer Eltern reichen nicht für Ihren Lebensunterhalt.",
    "Für eine rein schulische Ausbildung gibt es keine Berufsausbildungsbeihilfe, aber unter Umständen BAföG.",
  ],
  wieViel: [
    "Die Agentur für Arbeit setzt einen Bedarf für Lebensunterhalt und Wohnen an. Dazu kommen Fahrkosten und weitere Kosten der Ausbildung.",
    "Ihre Ausbildungsvergütung und das Einkommen Ihrer Eltern über Freibeträgen werden abgezogen.",
  ],
  kennzahlen: (stichtag) => {
    // § 61 Abs. 1 SGB III takes the need from § 13 BAföG: Grundbedarf Fachschule plus Wohnpauschale.
    const bedarf = valueAt(BAFOEG_BEDARF, stichtag);
    return [
      {
        label: "Bedarf für Lebensunterhalt und Wohnen, wenn Sie nicht bei den Eltern wohnen, im Monat",
        betrag: bedarf.value.grundbedarfFachschule + bedarf.value.wohnenAuswaerts,
        gueltigAb: bedarf.validFrom,
        quelle: `§ 61 Abs. 1 SGB III i. V. m. ${bedarf.source}`,
      },
    ];
  },
  antrag: {
    stellenart: "Agentur für Arbeit",
    onlineAntrag: BA_BAB,
    wege: [
      "Stellen Sie den Antrag online in den eServices der Bundesagentur für Arbeit oder auf Papier bei Ihrer Agentur für Arbeit.",
      "Die Beihilfe gibt es frühestens ab dem Monat, in dem Sie den Antrag stellen. Stellen Sie ihn am besten schon vor Beginn der Ausbildung.",
    ],
  },
  unterlagen: [
    "Ausbildungsvertrag",
    "Nachweis über Ihre Ausbildungsvergütung",
    "Mietvertrag Ihrer Wohnung",
    "Einkommensnachweise Ihrer Eltern, meist der Steuerbescheid des vorletzten Jahres",
    "Nachweise über Ihre Fahrkosten",
  ],
  verwandt: [
    { slug: "bafoeg", hinweis: "Für Schule und Studium gibt es BAföG statt Berufsausbildungsbeihilfe." },
    { slug: "grundsicherungsgeld", hinweis: "Reicht die Beihilfe nicht, kann das Jobcenter ergänzend Leistungen zahlen." },
    { slug: "kindergeld", hinweis: "Kindergeld gibt es während der Ausbildung bis zum 25. Geburtstag weiter." },
    { slug: "wohngeld", hinweis: "Wohngeld gibt es meist nicht, wenn alle im Haushalt dem Grunde nach BAB oder BAföG bekommen könnten." },
  ],
  beratungsthema: "jugend",
  stand: STAND,
  quellen: [GESETZ.sgb3, { titel: "Bundesagentur für Arbeit: Berufsausbildungsbeihilfe (BAB)", url: BA_BAB.url }],
};
