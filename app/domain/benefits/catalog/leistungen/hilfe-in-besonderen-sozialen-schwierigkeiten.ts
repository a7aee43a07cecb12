import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

export const hilfeInBesonderenSozialenSchwierigkeiten: BenefitInfo = {
  slug: "hilfe-in-besonderen-sozialen-schwierigkeiten",
  titel: "Hilfe zur Überwindung besonderer sozialer Schwierigkeiten",
  kurzbeschreibung:
    "Beratung und persönliche Unterstützung, wenn Sie zum Beispiel ohne Wohnung sind, Ihre Wohnung verlieren oder aus der Haft entlassen werden.",
  rechtsgrundlage: "SGB XII (§§ 67–69)",
  gruppe: "Besondere Lebenslagen",
  wasIstDas: [
    "Manchmal kommen mehrere Probleme zusammen: keine Wohnung, Schulden, Gewalt oder die Entlassung aus der Haft. Allein ist das schwer zu lösen.",
    "Diese Hilfe bietet vor allem Beratung und persönliche Begleitung. Sie hilft Ihnen zum Beispiel, eine Wohnung zu behalten oder zu finden, Arbeit zu suchen und den Alltag zu ordnen.",
  ],
  werKannEsBekommen: [
    "Sie leben in besonders schwierigen Verhältnissen, zum Beispiel ohne Wohnung, mit drohender Räumung, nach einer Haftentlassung oder nach Gewalt.",
    "Sie können diese Schwierigkeiten nicht aus eigener Kraft überwinden.",
    "Andere Hilfen decken den Bedarf nicht. Für junge Menschen geht zum Beispiel die Kinder- und Jugendhilfe vor.",
  ],
  wieViel: [
    "Die Hilfe besteht vor allem aus Beratung und Unterstützung, nicht aus Geld. Feste Beträge gibt es deshalb nicht.",
    "Für Beratung und persönliche Unterstützung müssen Sie Ihr Einkommen und Vermögen nicht einsetzen.",
  ],
  kennzahlen: () => [],
  antrag: {
    stellenart: "Sozialamt oder eine Fachberatungsstelle für Wohnungsnotfälle",
    onlineAntrag: null,
    wege: [
      "Am einfachsten ist der Weg über eine Beratungsstelle, zum Beispiel eine Fachberatung für Wohnungslose. Sie klärt mit dem Sozialamt, welche Hilfe Sie bekommen.",
      "Sie können sich auch direkt an das Sozialamt wenden. Ein formloser Hinweis auf Ihre Lage genügt.",
    ],
  },
  unterlagen: [
    "Ausweis, wenn vorhanden",
    "Kündigung, Räumungsklage oder Entlassungsschein, wenn vorhanden",
    "Sonst genügt eine kurze Beschreibung Ihrer Lage",
  ],
  verwandt: [
    { slug: "grundsicherungsgeld", hinweis: "Geld zum Leben und für die Wohnung zahlt meist zusätzlich das Jobcenter." },
    { slug: "hilfe-zum-lebensunterhalt", hinweis: "Wer nicht arbeiten kann, bekommt Geld zum Leben vom Sozialamt." },
  ],
  beratungsthema: "wohnungsnot",
  stand: STAND,
  quellen: [
    {
      titel: "§§ 67–69 SGB XII – Hilfe zur Überwindung besonderer sozialer Schwierigkeiten",
      url: "https://www.gesetze-im-internet.de/sgb_12/__67.html",
    },
    GESETZ.sgb12,
  ],
};
