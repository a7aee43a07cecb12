import { SGB12_FREIBETRAEGE } from "../../parameters/sgb12";
import { prozent, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import { regelbedarfKennzahlen } from "../regelbedarf-kennzahlen";
import { schonvermoegenKennzahl } from "../sgb12-kennzahlen";
import type { BenefitInfo } from "../types";

export const grundsicherungImAlter: BenefitInfo = {
  slug: "grundsicherung-im-alter",
  titel: "Grundsicherung im Alter und bei Erwerbsminderung",
  kurzbeschreibung:
    "Geld zum Leben und für die Wohnung vom Sozialamt, wenn Ihre Rente im Alter oder bei dauerhafter voller Erwerbsminderung nicht reicht.",
  rechtsgrundlage: "SGB XII",
  gruppe: "Geld zum Leben",
  wasIstDas: [
    "Die Grundsicherung ergänzt eine kleine Rente oder ersetzt fehlendes Einkommen, wenn Sie die Altersgrenze erreicht haben oder dauerhaft nicht mehr arbeiten können.",
    "Sie deckt den Regelbedarf, Mehrbedarfe und die angemessenen Kosten für Wohnung und Heizung.",
    "Auf das Einkommen Ihrer Kinder oder Eltern kommt es nur an, wenn es sehr hoch ist.",
  ],
  werKannEsBekommen: [
    "Sie haben die Altersgrenze für die Regelaltersrente erreicht. Oder Sie sind mindestens 18 Jahre alt und dauerhaft voll erwerbsgemindert.",
    "Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland.",
    "Ihr Einkommen und Vermögen und das Ihrer Partnerin oder Ihres Partners reichen nicht für Ihren Bedarf.",
  ],
  wieViel: [
    "Ihr Bedarf besteht aus dem Regelbedarf, Mehrbedarfen und den angemessenen Kosten für Miete und Heizung. Beiträge zur Kranken- und Pflegeversicherung können dazukommen.",
    "Davon zieht das Sozialamt Ihr Einkommen ab, vor allem die Rente. Für Arbeitslohn, Betriebs- und Privatrenten und die Grundrente gelten Freibeträge.",
    "Ein kleines Vermögen dürfen Sie behalten.",
  ],
  kennzahlen: (stichtag) => [
    ...regelbedarfKennzahlen([1, 2], stichtag),
    schonvermoegenKennzahl(stichtag),
    textKennzahl(
      "Freibetrag vom Arbeitslohn",
      SGB12_FREIBETRAEGE,
      stichtag,
      (f) => `${prozent(f.erwerbstaetigkeitSatz)} des Lohns, höchstens ${prozent(f.hoechstensAnteilRegelbedarf1)} des Regelbedarfs der Stufe 1`,
    ),
  ],
  antrag: {
    stellenart: "Sozialamt der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Stellen Sie den Antrag beim Sozialamt Ihrer Stadt oder Ihres Kreises, schriftlich oder persönlich. Manche Städte bieten ein Online-Formular an. Einen einheitlichen Online-Antrag für ganz Deutschland gibt es nicht.",
      "Auch die Deutsche Rentenversicherung nimmt den Antrag an und leitet ihn weiter.",
      "Die Leistung gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen.",
    ],
  },
  unterlagen: [
    "Personalausweis",
    "Rentenbescheid, bei Erwerbsminderung der Bescheid der Rentenversicherung",
    "Mietvertrag und die letzte Nebenkostenabrechnung",
    "Kontoauszüge der letzten Monate",
    "Nachweise über Vermögen",
    "Schwerbehindertenausweis, wenn vorhanden",
    "Nachweis Ihrer Kranken- und Pflegeversicherung",
  ],
  verwandt: [
    { slug: "hilfe-zum-lebensunterhalt", hinweis: "Die Grundsicherung im Alter geht der Hilfe zum Lebensunterhalt vor." },
    {
      slug: "wohngeld",
      hinweis: "Liegt Ihre Rente knapp über dem Bedarf, kann Wohngeld helfen. Beides zugleich gibt es nicht.",
    },
    { slug: "grundsicherungsgeld", hinweis: "Vor der Altersgrenze und wenn Sie arbeiten können, ist das Jobcenter zuständig." },
    { slug: "hilfe-zur-pflege", hinweis: "Reicht das Geld für die Pflege nicht, kann zusätzlich Hilfe zur Pflege helfen." },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    { titel: "§§ 41–46b SGB XII – Grundsicherung im Alter und bei Erwerbsminderung", url: "https://www.gesetze-im-internet.de/sgb_12/__41.html" },
    GESETZ.sgb12,
    GESETZ.rbsfv2026,
  ],
};
