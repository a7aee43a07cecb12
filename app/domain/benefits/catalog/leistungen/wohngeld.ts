import { nachGroesse, WOHNGELD_GRENZEN, WOHNGELD_TABELLEN, type WohngeldTabellen } from "../../parameters/wohngeld";
import { betragKennzahl, euro, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

export const wohngeld: BenefitInfo = {
  slug: "wohngeld",
  titel: "Wohngeld",
  kurzbeschreibung: "Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum für Haushalte mit kleinem Einkommen.",
  rechtsgrundlage: "WoGG",
  gruppe: "Wohnen",
  wasIstDas: [
    "Wohngeld hilft Ihnen, die Kosten für Ihre Wohnung zu tragen. Wer zur Miete wohnt, bekommt einen Mietzuschuss. Wer im eigenen Haus oder in der eigenen Wohnung lebt, bekommt einen Lastenzuschuss.",
    "Wohngeld ist für Menschen gedacht, die ihren Lebensunterhalt sonst selbst sichern, zum Beispiel mit Lohn oder Rente.",
  ],
  werKannEsBekommen: [
    "Sie wohnen zur Miete oder in Ihrem eigenen Haus oder Ihrer eigenen Wohnung.",
    "Ihr Haushaltseinkommen ist niedrig, reicht aber zusammen mit dem Wohngeld für den Lebensunterhalt.",
    "Sie bekommen kein Grundsicherungsgeld, keine Sozialhilfe und keine andere Leistung, bei der die Wohnkosten schon berücksichtigt sind.",
    "Sie haben kein erhebliches Vermögen.",
  ],
  wieViel: [
    "Die Höhe hängt von drei Dingen ab: wie viele Menschen im Haushalt leben, wie hoch das Einkommen ist und wie hoch Miete oder Belastung sind.",
    "Die Miete zählt nur bis zu einem Höchstbetrag. Er richtet sich nach der Mietstufe Ihres Wohnorts. Heizkosten werden mit einem festen Betrag berücksichtigt.",
    "Ist das errechnete Wohngeld sehr klein, wird es nicht gezahlt.",
  ],
  kennzahlen: (stichtag) => [
    textKennzahl("Höchstbetrag für die Miete, 1 Person, im Monat", WOHNGELD_TABELLEN, stichtag, (t) => hoechstbetragSpanne(t, 1)),
    textKennzahl("Höchstbetrag für die Miete, 4 Personen, im Monat", WOHNGELD_TABELLEN, stichtag, (t) => hoechstbetragSpanne(t, 4)),
    betragKennzahl("Heizkostenentlastung, 1 Person, im Monat", WOHNGELD_TABELLEN, stichtag, (t) => nachGroesse(t.heizkostenentlastung, 1)),
    betragKennzahl("Kleinster Betrag, der gezahlt wird, im Monat", WOHNGELD_GRENZEN, stichtag, (g) => g.mindestbetragMonat),
    textKennzahl(
      "Erhebliches Vermögen, in der Regel ab",
      WOHNGELD_GRENZEN,
      stichtag,
      (g) => `${euro(g.vermoegenErstesMitglied)} für das erste und ${euro(g.vermoegenJedesWeitere)} für jedes weitere Haushaltsmitglied`,
    ),
  ],
  antrag: {
    stellenart: "Wohngeldbehörde der Stadt- oder Kreisverwaltung",
    onlineAntrag: null,
    wege: [
      "Stellen Sie den Antrag bei der Wohngeldbehörde Ihrer Stadt, Gemeinde oder Ihres Kreises. Das Formular bekommen Sie dort oder auf der Internetseite Ihrer Verwaltung.",
      "In vielen Ländern können Sie Wohngeld auch online beantragen, über das Serviceportal Ihres Landes oder Ihrer Stadt. Einen einheitlichen Online-Antrag für ganz Deutschland gibt es nicht.",
      "Wohngeld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen. Unterlagen können Sie nachreichen.",
    ],
  },
  unterlagen: [
    "Mietvertrag und Mietbescheinigung Ihres Vermieters, bei Eigentum Nachweise über die Belastung",
    "Einkommensnachweise aller Haushaltsmitglieder, zum Beispiel Lohnabrechnungen, Rentenbescheid oder Unterhalt",
    "Nachweise über Ihre Kranken-, Pflege- und Rentenversicherung",
    "Schwerbehindertenausweis, wenn vorhanden",
    "Angaben zum Vermögen",
  ],
  verwandt: [
    { slug: "kinderzuschlag", hinweis: "Für Familien mit Kindern lohnt sich oft Wohngeld zusammen mit Kinderzuschlag." },
    {
      slug: "grundsicherungsgeld",
      hinweis: "Wohngeld und Kinderzuschlag gehen vor, wenn sie zusammen den Bedarf decken. Wer Grundsicherungsgeld bekommt, erhält kein Wohngeld.",
    },
    { slug: "grundsicherung-im-alter", hinweis: "Bei einer kleinen Rente kann Wohngeld reichen. Beides zugleich gibt es nicht." },
    { slug: "bildung-und-teilhabe", hinweis: "Mit Wohngeld haben Ihre Kinder Anspruch auf Bildung und Teilhabe." },
  ],
  beratungsthema: "existenzsicherung",
  stand: STAND,
  quellen: [
    GESETZ.wogg,
    {
      titel: "Bundesministerium für Wohnen: Wohngeldrechner",
      url: "https://www.bmwsb.bund.de/DE/wohnen/wohngeld/wohngeldrechner/wohngeldrechner-2025_node.html",
    },
  ],
};

/** "361 € (Mietstufe I) bis 677 € (Mietstufe VII)" for a household size. */
function hoechstbetragSpanne(tabellen: WohngeldTabellen, personen: number): string {
  const niedrigste = nachGroesse(tabellen.hoechstbetraege[1], personen);
  const hoechste = nachGroesse(tabellen.hoechstbetraege[7], personen);
  return `${euro(niedrigste)} (Mietstufe I) bis ${euro(hoechste)} (Mietstufe VII)`;
}
