import { GESETZ, STAND } from "../quellen";
import { regelbedarfKennzahlen } from "../regelbedarf-kennzahlen";
import { schonvermoegenKennzahl } from "../sgb12-kennzahlen";
import type { BenefitInfo } from "../types";

export const hilfeZumLebensunterhalt: BenefitInfo = {
  slug: "hilfe-zum-lebensunterhalt",
  titel: "Hilfe zum Lebensunterhalt",
  kurzbeschreibung: "Sozialhilfe zum Leben für Menschen, die vorübergehend nicht arbeiten können und keine andere Leistung zum Leben bekommen.",
  rechtsgrundlage: "SGB XII",
  gruppe: "Geld zum Leben",
  wasIstDas: [
    "Die Hilfe zum Lebensunterhalt ist das letzte Netz der sozialen Sicherung.",
    "Sie hilft Menschen, die weniger als 3 Stunden am Tag arbeiten können, aber nicht dauerhaft. Ein Beispiel ist eine befristete Rente wegen Erwerbsminderung.",
    "Sie deckt wie das Grundsicherungsgeld den Regelbedarf, Mehrbedarfe und die Kosten für Wohnung und Heizung.",
  ],
  werKannEsBekommen: [
    "Sie können vorübergehend weniger als 3 Stunden am Tag arbeiten.",
    "Sie bekommen kein Grundsicherungsgeld und keine Grundsicherung im Alter und bei Erwerbsminderung.",
    "Ihr Einkommen und Vermögen reichen nicht für Ihren Bedarf.",
  ],
  wieViel: [
    "Ihr Bedarf besteht aus dem Regelbedarf, Mehrbedarfen und den angemessenen Kosten für Miete und Heizung.",
    "Davon zieht das Sozialamt Ihr Einkommen ab. Ein kleines Vermögen dürfen Sie behalten.",
  ],
  kennzahlen: (stichtag) => [...regelbedarfKennzahlen([1, 2, 3], stichtag), schonvermoegenKennzahl(stichtag)],
  antrag: {
    stellenart: "Sozialamt der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Ein förmlicher Antrag ist nicht nötig. Die Hilfe beginnt, sobald das Sozialamt von Ihrer Notlage erfährt.",
      "Melden Sie sich deshalb so früh wie möglich beim Sozialamt – am besten schriftlich, damit Sie den Tag nachweisen können. Sie können auch persönlich vorbeigehen oder anrufen.",
    ],
  },
  unterlagen: [
    "Personalausweis",
    "Ärztliche Nachweise oder Rentenbescheid zur Erwerbsminderung",
    "Mietvertrag und die letzte Nebenkostenabrechnung",
    "Kontoauszüge der letzten Monate",
    "Nachweise über Einkommen und Vermögen",
  ],
  verwandt: [
    { slug: "grundsicherung-im-alter", hinweis: "Geht vor, wenn Sie die Altersgrenze erreicht haben oder dauerhaft voll erwerbsgemindert sind." },
    { slug: "grundsicherungsgeld", hinweis: "Wenn Sie mindestens 3 Stunden am Tag arbeiten können, ist das Jobcenter zuständig." },
    { slug: "wohngeld", hinweis: "Mit eigenem Einkommen knapp über dem Bedarf kann Wohngeld helfen. Beides zugleich gibt es nicht." },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    { titel: "§§ 27–40 SGB XII – Hilfe zum Lebensunterhalt", url: "https://www.gesetze-im-internet.de/sgb_12/__27.html" },
    GESETZ.sgb12,
    GESETZ.rbsfv2026,
  ],
};
