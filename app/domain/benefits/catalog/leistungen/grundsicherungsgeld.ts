import {
  ERWERBSTAETIGENFREIBETRAG,
  KINDERSOFORTZUSCHLAG,
  MEHRBEDARF_ALLEINERZIEHEND,
  MEHRBEDARF_SCHWANGERSCHAFT,
  SGB2_VERMOEGENSFREIBETRAG,
  type Sgb2Vermoegensfreibetrag,
} from "../../parameters/sgb2";
import { betragKennzahl, euro, prozent, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import { regelbedarfKennzahlen } from "../regelbedarf-kennzahlen";
import type { BenefitInfo } from "../types";

export const grundsicherungsgeld: BenefitInfo = {
  slug: "grundsicherungsgeld",
  titel: "Grundsicherungsgeld",
  kurzbeschreibung:
    "Geld zum Leben und für die Wohnung vom Jobcenter, wenn Sie arbeiten können, Ihr Einkommen aber nicht reicht – früher Bürgergeld.",
  rechtsgrundlage: "SGB II",
  gruppe: "Geld zum Leben",
  wasIstDas: [
    "Das Grundsicherungsgeld sichert das Existenzminimum von Menschen, die arbeiten können, und ihrer Familie. Bis Juni 2026 hieß es Bürgergeld.",
    "Es deckt den Regelbedarf für den Alltag, Mehrbedarfe in besonderen Lagen und die angemessenen Kosten für Wohnung und Heizung.",
    "Sie können es auch bekommen, wenn Sie arbeiten und Ihr Lohn nicht reicht. Kinder und Angehörige im Haushalt, die nicht arbeiten können, bekommen es mit (früher Sozialgeld).",
  ],
  werKannEsBekommen: [
    "Sie sind mindestens 15 Jahre alt und haben die Altersgrenze für die Regelaltersrente noch nicht erreicht.",
    "Sie können mindestens 3 Stunden am Tag arbeiten.",
    "Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland.",
    "Ihr Einkommen und Vermögen reichen nicht für Sie und die Menschen, mit denen Sie zusammen wirtschaften (Bedarfsgemeinschaft).",
    "Vorrangige Leistungen wie Arbeitslosengeld, Kinderzuschlag oder Wohngeld reichen nicht aus.",
  ],
  wieViel: [
    "Ihr Bedarf setzt sich zusammen aus dem Regelbedarf jeder Person, Mehrbedarfen (zum Beispiel für Alleinerziehende oder in der Schwangerschaft) und den angemessenen Kosten für Miete und Heizung.",
    "Davon zieht das Jobcenter Ihr Einkommen ab. Von Ihrem Lohn bleibt ein Freibetrag für Sie übrig. Kindergeld zählt als Einkommen des Kindes.",
    "Welche Miete angemessen ist, legt jede Stadt und jeder Kreis selbst fest.",
  ],
  kennzahlen: (stichtag) => [
    ...regelbedarfKennzahlen([1, 2, 3, 4, 5, 6], stichtag),
    betragKennzahl("Sofortzuschlag für jedes Kind unter 25 Jahren, im Monat", KINDERSOFORTZUSCHLAG, stichtag, (betrag) => betrag),
    textKennzahl("Mehrbedarf für Alleinerziehende", MEHRBEDARF_ALLEINERZIEHEND, stichtag, (m) =>
      `${prozent(m.grundsatz)} des Regelbedarfs der Stufe 1 (mit einem Kind unter 7 oder zwei bis drei Kindern unter 16), sonst ${prozent(m.jeKind)} je Kind, höchstens ${prozent(m.hoechstens)}`,
    ),
    textKennzahl("Mehrbedarf in der Schwangerschaft (ab der 13. Woche)", MEHRBEDARF_SCHWANGERSCHAFT, stichtag, (anteil) => `${prozent(anteil)} des eigenen Regelbedarfs`),
    betragKennzahl("Grundfreibetrag vom Arbeitslohn, im Monat", ERWERBSTAETIGENFREIBETRAG, stichtag, (f) => f.grundfreibetrag),
    textKennzahl("Vermögen, das nicht zählt", SGB2_VERMOEGENSFREIBETRAG, stichtag, vermoegensfreibetrag),
  ],
  antrag: {
    stellenart: "Jobcenter",
    onlineAntrag: { titel: "jobcenter.digital (Bundesagentur für Arbeit)", url: "https://www.jobcenter.digital/" },
    wege: [
      "Stellen Sie den Antrag online über jobcenter.digital, telefonisch, schriftlich oder persönlich bei Ihrem Jobcenter. Ein kurzer formloser Antrag genügt zunächst. Unterlagen können Sie nachreichen.",
      "Das Geld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen. Warten Sie deshalb nicht zu lange.",
      "Manche Jobcenter führt die Stadt oder der Kreis allein. Sie haben eigene Online-Angebote. Fragen Sie dort nach.",
    ],
  },
  unterlagen: [
    "Personalausweis oder Pass, bei ausländischer Staatsangehörigkeit der Aufenthaltstitel",
    "Mietvertrag und die letzte Abrechnung der Neben- und Heizkosten",
    "Lohnabrechnungen oder andere Nachweise über Einkommen",
    "Kontoauszüge der letzten Monate",
    "Bescheide über andere Leistungen, zum Beispiel Arbeitslosengeld, Kindergeld, Unterhaltsvorschuss oder Rente",
    "Nachweise über Vermögen, zum Beispiel Sparbuch oder Lebensversicherung",
    "Geburtsurkunden der Kinder",
    "In der Schwangerschaft den Mutterpass",
  ],
  verwandt: [
    { slug: "arbeitslosengeld", hinweis: "Geht vor. Wenn Sie vorher versichert gearbeitet haben, beantragen Sie zuerst Arbeitslosengeld." },
    {
      slug: "kinderzuschlag",
      hinweis: "Geht vor, wenn Kinderzuschlag und Wohngeld zusammen den Bedarf Ihrer Familie decken (Vorrangprüfung).",
    },
    { slug: "wohngeld", hinweis: "Geht vor, wenn es zusammen mit Ihrem Einkommen den Bedarf deckt. Beides zugleich gibt es nicht." },
    { slug: "bildung-und-teilhabe", hinweis: "Kinder bekommen zusätzlich Leistungen für Schule, Kita und Freizeit." },
    {
      slug: "grundsicherung-im-alter",
      hinweis: "Ab der Altersgrenze oder bei dauerhafter voller Erwerbsminderung ist stattdessen das Sozialamt zuständig.",
    },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    GESETZ.sgb2,
    GESETZ.rbsfv2026,
    { titel: "jobcenter.digital – Online-Angebot der Jobcenter", url: "https://www.jobcenter.digital/" },
  ],
};

function vermoegensfreibetrag(freibetrag: Sgb2Vermoegensfreibetrag): string {
  if (freibetrag.art === "karenzzeit") {
    return `im ersten Jahr ${euro(freibetrag.erstePerson)} für die erste Person und ${euro(freibetrag.jedeWeiterePerson)} für jede weitere`;
  }
  const stufen = freibetrag.stufen.map((stufe, i, alle) => {
    const naechste = alle[i + 1];
    if (i === 0 && naechste) return `${euro(stufe.betrag)} unter ${naechste.abAlter} Jahren`;
    return i === 0 ? euro(stufe.betrag) : `${euro(stufe.betrag)} ab ${stufe.abAlter} Jahren`;
  });
  return `je Person ${stufen.join(", ")}`;
}
