import { GESETZ, STAND } from "../quellen";
import { einkommensgrenzeKennzahlen, schonvermoegenKennzahl } from "../sgb12-kennzahlen";
import type { BenefitInfo } from "../types";

export const hilfeZurPflege: BenefitInfo = {
  slug: "hilfe-zur-pflege",
  titel: "Hilfe zur Pflege",
  kurzbeschreibung: "Das Sozialamt übernimmt Pflegekosten, die die Pflegeversicherung nicht deckt und die Sie nicht selbst bezahlen können.",
  rechtsgrundlage: "SGB XII",
  gruppe: "Pflege, Gesundheit, Behinderung",
  wasIstDas: [
    "Die Pflegeversicherung zahlt nur einen Teil der Pflegekosten. Den Rest müssen Sie selbst tragen.",
    "Reicht Ihr Geld dafür nicht, hilft das Sozialamt mit der Hilfe zur Pflege: zu Hause, in der Tagespflege oder im Pflegeheim.",
  ],
  werKannEsBekommen: [
    "Sie sind pflegebedürftig. Meist hat die Pflegekasse schon einen Pflegegrad festgestellt.",
    "Die Leistungen der Pflegeversicherung reichen nicht aus, oder Sie sind nicht pflegeversichert.",
    "Ihr Einkommen und Vermögen und das Ihrer Partnerin oder Ihres Partners reichen für die restlichen Kosten nicht.",
  ],
  wieViel: [
    "Das Sozialamt übernimmt die Kosten, die nach den Leistungen der Pflegekasse übrig bleiben, soweit Sie sie nicht selbst tragen können.",
    "Einkommen unter einer Einkommensgrenze müssen Sie in der Regel nicht einsetzen. Die Grenze besteht aus einem Grundbetrag, Ihren Wohnkosten und einem Familienzuschlag für Ihre Partnerin oder Ihren Partner und für Menschen, die Sie überwiegend versorgen.",
    "Ein kleines Vermögen dürfen Sie behalten.",
  ],
  kennzahlen: (stichtag) => [...einkommensgrenzeKennzahlen(stichtag), schonvermoegenKennzahl(stichtag)],
  antrag: {
    stellenart: "Sozialamt der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Wenden Sie sich an das Sozialamt, sobald absehbar ist, dass Ihr Geld für die Pflege nicht reicht. Die Hilfe beginnt, wenn das Amt von Ihrem Bedarf erfährt. Rückwirkend gibt es sie nicht.",
      "Für Pflegeheime ist in manchen Ländern der überörtliche Träger der Sozialhilfe zuständig. Das Sozialamt leitet Ihren Antrag dann weiter.",
      "Beantragen Sie zuerst einen Pflegegrad bei Ihrer Pflegekasse, falls das noch nicht geschehen ist.",
    ],
  },
  unterlagen: [
    "Bescheid der Pflegekasse über den Pflegegrad",
    "Vertrag und Kostenaufstellung des Pflegedienstes oder Pflegeheims",
    "Einkommensnachweise, zum Beispiel Rentenbescheid",
    "Kontoauszüge und Nachweise über Vermögen",
    "Mietvertrag, wenn Sie zu Hause leben",
  ],
  verwandt: [
    { slug: "grundsicherung-im-alter", hinweis: "Den Lebensunterhalt sichert im Alter die Grundsicherung. Beide Hilfen gibt es nebeneinander." },
    { slug: "eingliederungshilfe", hinweis: "Menschen mit Behinderung können Eingliederungshilfe und Hilfe zur Pflege nebeneinander bekommen." },
  ],
  beratungsthema: "pflege",
  stand: STAND,
  quellen: [
    { titel: "§§ 61–66a SGB XII – Hilfe zur Pflege", url: "https://www.gesetze-im-internet.de/sgb_12/__61.html" },
    { titel: "§ 85 SGB XII – Einkommensgrenze", url: "https://www.gesetze-im-internet.de/sgb_12/__85.html" },
    GESETZ.sgb12,
  ],
};
