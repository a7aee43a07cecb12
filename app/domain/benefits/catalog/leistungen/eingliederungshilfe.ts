import { BEZUGSGROESSE_JAHR, EINGLIEDERUNGSHILFE_BEITRAG } from "../../parameters/eingliederungshilfe";
import { valueAt } from "../../parameters/versioned";
import { abgeleiteteKennzahl, prozent, textKennzahl } from "../kennzahl";
import { GESETZ, STAND } from "../quellen";
import type { BenefitInfo } from "../types";

export const eingliederungshilfe: BenefitInfo = {
  slug: "eingliederungshilfe",
  titel: "Eingliederungshilfe",
  kurzbeschreibung: "Unterstützung für Menschen mit einer wesentlichen Behinderung, damit sie gleichberechtigt am Leben teilhaben können.",
  rechtsgrundlage: "SGB IX Teil 2",
  gruppe: "Pflege, Gesundheit, Behinderung",
  wasIstDas: [
    "Die Eingliederungshilfe bezahlt Unterstützung, die Menschen mit Behinderungen im Alltag, in Schule, Ausbildung und Arbeit brauchen.",
    "Beispiele sind Assistenz im Alltag, Hilfe beim Wohnen, eine Schulbegleitung, die Arbeit in einer Werkstatt für behinderte Menschen oder das Budget für Arbeit.",
  ],
  werKannEsBekommen: [
    "Sie haben eine wesentliche körperliche, geistige, seelische oder Sinnesbehinderung, oder eine solche Behinderung droht.",
    "Die Behinderung schränkt Ihre Teilhabe am Leben in der Gesellschaft erheblich ein.",
    "Kein anderer Träger ist vorrangig zuständig, zum Beispiel die Kranken-, Renten- oder Unfallversicherung.",
    "Für Kinder und Jugendliche mit einer seelischen Behinderung ist meist das Jugendamt zuständig.",
  ],
  wieViel: [
    "Welche Leistungen Sie bekommen, wird gemeinsam mit Ihnen in einem Gesamtplan festgelegt.",
    "Einen Eigenbeitrag zahlen Sie nur, wenn Ihr Einkommen über einer Grenze liegt. Für viele Leistungen, etwa in Schule, Ausbildung und Arbeit, gibt es keinen Eigenbeitrag.",
    "Vermögen bis zu einem Freibetrag bleibt geschützt. Das Einkommen und Vermögen Ihrer Partnerin oder Ihres Partners zählt nicht.",
  ],
  kennzahlen: (stichtag) => {
    const bezugsgroesse = valueAt(BEZUGSGROESSE_JAHR, stichtag);
    const beitrag = valueAt(EINGLIEDERUNGSHILFE_BEITRAG, stichtag);
    const anteil = (satz: number) => Math.round(bezugsgroesse.value * satz);
    return [
      abgeleiteteKennzahl(
        "Einkommensgrenze im Jahr bei sozialversicherungspflichtiger Arbeit",
        [beitrag, bezugsgroesse],
        anteil(beitrag.value.grenzeSozialversicherungspflichtig),
      ),
      abgeleiteteKennzahl("Einkommensgrenze im Jahr bei Renten", [beitrag, bezugsgroesse], anteil(beitrag.value.grenzeRente)),
      textKennzahl(
        "Monatlicher Beitrag, wenn Ihr Einkommen über der Grenze liegt",
        EINGLIEDERUNGSHILFE_BEITRAG,
        stichtag,
        (b) => `${prozent(b.beitragssatz)} des Jahreseinkommens über der Grenze`,
      ),
      abgeleiteteKennzahl("Vermögen, das geschützt bleibt", [beitrag, bezugsgroesse], anteil(beitrag.value.vermoegenVielfaches)),
    ];
  },
  antrag: {
    stellenart: "Träger der Eingliederungshilfe (je nach Land Kreis, kreisfreie Stadt, Bezirk oder Landschaftsverband)",
    onlineAntrag: null,
    wege: [
      "Stellen Sie den Antrag beim Träger der Eingliederungshilfe. Wer das ist, regelt jedes Land selbst. Einen einheitlichen Online-Antrag gibt es nicht.",
      "Wenn Sie unsicher sind: Auch andere Rehabilitationsträger müssen Ihren Antrag annehmen und an die richtige Stelle weiterleiten.",
      "Kostenlose und unabhängige Hilfe beim Antrag bietet die Ergänzende unabhängige Teilhabeberatung (EUTB).",
    ],
  },
  unterlagen: [
    "Ärztliche Berichte und Gutachten",
    "Schwerbehindertenausweis, wenn vorhanden",
    "Berichte von Schule, Kita oder Werkstatt",
    "Steuerbescheid des vorletzten Jahres oder Rentenbescheid",
    "Nachweise über Vermögen",
  ],
  verwandt: [
    { slug: "hilfe-zur-pflege", hinweis: "Eingliederungshilfe und Hilfe zur Pflege können Sie nebeneinander bekommen." },
    {
      slug: "grundsicherung-im-alter",
      hinweis: "Den Lebensunterhalt sichert bei dauerhafter voller Erwerbsminderung die Grundsicherung.",
    },
    { slug: "kindergeld", hinweis: "Für ein Kind mit Behinderung gibt es Kindergeld unter Umständen auch nach dem 25. Geburtstag." },
  ],
  beratungsthema: "behinderung",
  stand: STAND,
  quellen: [
    { titel: "§§ 90–150 SGB IX – Eingliederungshilfe", url: "https://www.gesetze-im-internet.de/sgb_9_2018/__90.html" },
    { titel: "§§ 135–142 SGB IX – Einkommen und Vermögen", url: "https://www.gesetze-im-internet.de/sgb_9_2018/__135.html" },
    GESETZ.sgb9,
  ],
};
