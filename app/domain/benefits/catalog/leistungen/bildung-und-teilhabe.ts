import { BUT_SCHULBEDARF, BUT_TEILHABE_MONAT } from "../../parameters/bildung-und-teilhabe";
import { betragKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

export const bildungUndTeilhabe: BenefitInfo = {
  slug: "bildung-und-teilhabe",
  titel: "Bildung und Teilhabe",
  kurzbeschreibung:
    "Zuschüsse für Schulsachen, Ausflüge, Mittagessen, Nachhilfe und Vereine für Kinder aus Familien, die bestimmte Sozialleistungen bekommen.",
  rechtsgrundlage: "SGB II, SGB XII, BKGG",
  gruppe: "Familie und Kinder",
  wasIstDas: [
    "Mit dem Bildungspaket bekommen Kinder und Jugendliche Geld für das, was in Schule, Kita und Freizeit dazugehört.",
    "Dazu gehören Schulsachen, Ausflüge und Klassenfahrten, das gemeinsame Mittagessen, Nachhilfe, Fahrten zur Schule und Beiträge für Sport, Musik oder Kultur.",
  ],
  werKannEsBekommen: [
    "Ihre Familie bekommt Grundsicherungsgeld, Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld.",
    "Für Schulsachen, Ausflüge, Mittagessen, Schulweg und Nachhilfe: Schülerinnen und Schüler unter 25 Jahren, die keine Ausbildungsvergütung bekommen. Kinder in Kita oder Tagespflege bekommen Ausflüge und Mittagessen.",
    "Für Vereine, Musik und Freizeit: Kinder und Jugendliche unter 18 Jahren.",
  ],
  wieViel: [
    "Für Schulsachen gibt es feste Beträge zu Beginn jedes Schulhalbjahres. Für Vereine, Kurse und Freizeit gibt es einen festen Monatsbetrag.",
    "Ausflüge, Klassenfahrten, Mittagessen, Schulweg und Nachhilfe werden in der tatsächlichen Höhe bezahlt, wenn sie nötig und angemessen sind.",
  ],
  kennzahlen: (stichtag) => [
    betragKennzahl("Schulbedarf für das Schulhalbjahr ab 1. August", BUT_SCHULBEDARF, stichtag, (s) => s.erstesHalbjahr),
    betragKennzahl("Schulbedarf für das Schulhalbjahr ab 1. Februar", BUT_SCHULBEDARF, stichtag, (s) => s.zweitesHalbjahr),
    betragKennzahl("Für Vereine, Musik und Freizeit (unter 18 Jahren), im Monat", BUT_TEILHABE_MONAT, stichtag, (betrag) => betrag),
  ],
  antrag: {
    stellenart: "Jobcenter, Sozialamt oder die Stelle für Bildung und Teilhabe der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Mit Grundsicherungsgeld ist das Jobcenter zuständig. Der Schulbedarf ist mit dem Hauptantrag schon beantragt. Nachhilfe beantragen Sie gesondert.",
      "Mit Sozialhilfe ist das Sozialamt zuständig.",
      "Mit Wohngeld oder Kinderzuschlag beantragen Sie die Leistungen bei der Stelle für Bildung und Teilhabe Ihrer Stadt oder Ihres Kreises. Viele Städte bieten das Formular auch online an. Einen einheitlichen Online-Antrag für ganz Deutschland gibt es nicht.",
    ],
  },
  unterlagen: [
    "Bescheid über Grundsicherungsgeld, Sozialhilfe, Wohngeld oder Kinderzuschlag",
    "Schulbescheinigung oder Kita-Vertrag",
    "Rechnungen oder Bestätigungen von Schule, Kita oder Verein",
    "Für Nachhilfe eine Bestätigung der Schule, dass sie nötig ist",
  ],
  verwandt: [
    { slug: "kinderzuschlag", hinweis: "Mit Kinderzuschlag haben Ihre Kinder Anspruch auf Bildung und Teilhabe." },
    { slug: "wohngeld", hinweis: "Mit Wohngeld haben Ihre Kinder Anspruch auf Bildung und Teilhabe." },
    { slug: "grundsicherungsgeld", hinweis: "Mit Grundsicherungsgeld beantragen Sie Bildung und Teilhabe beim Jobcenter." },
    { slug: "hilfe-zum-lebensunterhalt", hinweis: "Mit Sozialhilfe beantragen Sie Bildung und Teilhabe beim Sozialamt." },
  ],
  beratungsthema: "familie",
  stand: STAND,
  quellen: [
    { titel: "§§ 28, 29 SGB II – Bedarfe für Bildung und Teilhabe", url: "https://www.gesetze-im-internet.de/sgb_2/__28.html" },
    { titel: "§§ 34, 34a SGB XII – Bedarfe für Bildung und Teilhabe", url: "https://www.gesetze-im-internet.de/sgb_12/__34.html" },
    { titel: "§ 6b BKGG – Leistungen für Bildung und Teilhabe", url: "https://www.gesetze-im-internet.de/bkgg_1996/__6b.html" },
    GESETZ.rbsfv2026,
  ],
};
