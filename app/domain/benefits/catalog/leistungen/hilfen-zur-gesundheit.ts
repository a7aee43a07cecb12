import { GESETZ, STAND } from "../quellen";
import { einkommensgrenzeKennzahlen, schonvermoegenKennzahl } from "../sgb12-kennzahlen";
import type { BenefitInfo } from "../types";

export const hilfenZurGesundheit: BenefitInfo = {
  slug: "hilfen-zur-gesundheit",
  titel: "Hilfen zur Gesundheit",
  kurzbeschreibung:
    "Ärztliche Behandlung und Medikamente über das Sozialamt für Menschen ohne Krankenversicherung, die die Kosten nicht tragen können.",
  rechtsgrundlage: "SGB XII",
  gruppe: "Pflege, Gesundheit, Behinderung",
  wasIstDas: [
    "In Deutschland müssen fast alle Menschen krankenversichert sein. Wer trotzdem nicht versichert ist und die Kosten nicht tragen kann, bekommt Hilfe vom Sozialamt.",
    "Die Hilfe umfasst, was auch die gesetzliche Krankenversicherung zahlt: zum Beispiel Vorsorge, Behandlung bei Krankheit, Hilfe in Schwangerschaft und Mutterschaft und Familienplanung.",
  ],
  werKannEsBekommen: [
    "Sie sind nicht krankenversichert.",
    "Ihr Einkommen und Vermögen reichen für die Behandlung nicht.",
    "Eine Krankenversicherung geht immer vor. Oft kann das Sozialamt helfen, dass Sie wieder in eine Krankenkasse kommen.",
  ],
  wieViel: [
    "Sie bekommen Behandlung im selben Umfang wie in der gesetzlichen Krankenversicherung. Das Sozialamt übernimmt die Kosten.",
    "Meist bekommen Sie dafür die Gesundheitskarte einer Krankenkasse, die Sie selbst wählen.",
    "Einkommen unter einer Einkommensgrenze müssen Sie in der Regel nicht einsetzen.",
  ],
  kennzahlen: (stichtag) => [...einkommensgrenzeKennzahlen(stichtag), schonvermoegenKennzahl(stichtag)],
  antrag: {
    stellenart: "Sozialamt der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Wenden Sie sich vor einer geplanten Behandlung an das Sozialamt. Im Notfall können Krankenhaus oder Arztpraxis die Kosten auch nachträglich beim Sozialamt geltend machen.",
      "Lassen Sie sich zuerst beraten, ob Sie wieder in eine Krankenkasse aufgenommen werden können.",
    ],
  },
  unterlagen: [
    "Ausweis",
    "Nachweis, dass Sie nicht versichert sind, zum Beispiel die Kündigung der letzten Krankenkasse",
    "Nachweise über Einkommen und Vermögen",
  ],
  verwandt: [
    { slug: "grundsicherungsgeld", hinweis: "Mit Grundsicherungsgeld sind Sie in der Regel gesetzlich krankenversichert." },
    { slug: "hilfe-zum-lebensunterhalt", hinweis: "Mit Sozialhilfe zum Leben übernimmt eine Krankenkasse Ihre Behandlung auf Kosten des Sozialamts." },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    { titel: "§§ 47–52 SGB XII – Hilfen zur Gesundheit", url: "https://www.gesetze-im-internet.de/sgb_12/__47.html" },
    { titel: "§ 264 SGB V – Krankenbehandlung für nicht Versicherte", url: "https://www.gesetze-im-internet.de/sgb_5/__264.html" },
    GESETZ.sgb12,
  ],
};
