/**
 * Hilfe zur Überwindung besonderer sozialer Schwierigkeiten (§§ 67–69 SGB XII): advice, personal
 * support and help to keep or find a home for people whose living conditions and social
 * difficulties they cannot overcome alone. The only fact that shows such a situation is having
 * no home; eviction, release from prison or violence are not asked, so a home leads to a gentle
 * "eher nicht" that names those situations.
 */
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund, NaechsterSchritt } from "../types";

const NOTUNTERKUNFT: NaechsterSchritt = {
  art: "hinweis",
  text: "Wenn Sie heute keinen Schlafplatz haben: Die Stadt oder Gemeinde, in der Sie sich aufhalten, muss Ihnen eine Notunterkunft anbieten. Fragen Sie beim Ordnungsamt oder Sozialamt nach.",
};

export const rule: BenefitRule = {
  slug: "hilfe-in-besonderen-sozialen-schwierigkeiten",
  evaluate({ household }) {
    switch (household.wohnart) {
      case "ohne_wohnung":
        return ergebnis("wahrscheinlich", {
          code: "hilfe-in-besonderen-sozialen-schwierigkeiten.ohne_wohnung",
          text: "Nach Ihren Angaben haben Sie keine Wohnung. Dafür gibt es diese Hilfe: Beratung, persönliche Begleitung und Unterstützung bei der Suche nach einer Wohnung. Für Beratung und Begleitung spielen Einkommen und Vermögen keine Rolle.",
        }, [], [NOTUNTERKUNFT]);
      case undefined:
        return ergebnis("unklar", {
          code: "hilfe-in-besonderen-sozialen-schwierigkeiten.wohnsituation_offen",
          text: "Diese Hilfe ist für Menschen in besonders schwierigen Lebenslagen, etwa ohne Wohnung. Wie Sie wohnen, geht aus den Angaben noch nicht hervor.",
        }, [{ fakt: "wohnen.art", text: "Wohnsituation: Miete, Eigentum oder ohne Wohnung" }], []);
      default:
        return ergebnis("unwahrscheinlich", {
          code: "hilfe-in-besonderen-sozialen-schwierigkeiten.wohnung_vorhanden",
          text: "Nach Ihren Angaben haben Sie eine Wohnung. Diese Hilfe ist für besonders schwierige Lebenslagen, etwa wenn der Verlust der Wohnung droht, nach einer Haftentlassung oder bei Gewalt. Trifft so etwas auf Sie zu, hilft eine Beratungsstelle weiter.",
        }, [], []);
    }
  },
};

function ergebnis(einschaetzung: Einschaetzung, grund: Grund, fehlendeAngaben: FehlendeAngabe[], naechsteSchritte: NaechsterSchritt[]): BenefitResult {
  return {
    leistung: "hilfe-in-besonderen-sozialen-schwierigkeiten",
    einschaetzung,
    betragMonat: null,
    betragHinweis: einschaetzung === "unwahrscheinlich" ? undefined : "Kein Geldbetrag: Die Hilfe besteht vor allem aus Beratung und Begleitung.",
    gruende: [grund],
    fehlendeAngaben,
    naechsteSchritte,
  };
}
