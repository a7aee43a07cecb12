/**
 * Hilfe zum Lebensunterhalt (§§ 27 ff. SGB XII): the safety net for people who can neither get
 * Grundsicherungsgeld (no one in the household can work) nor the Grundsicherung im Alter, in
 * practice mostly minor children of pensioners or of people who permanently cannot work, and
 * young people under 18 who cannot work. Parents' income above their own need covers their minor
 * children (§ 27 Abs. 2 SGB XII).
 */
import { euro } from "../catalog/kennzahl";
import { eindeutig, FEHLT_VERMOEGEN, fehlendeWohnkosten, fehltAlter } from "../calc/grundsicherung/fakten";
import { erwachsene, hatAnspruchsgrundImAlter, istErwerbsfaehig } from "../calc/grundsicherung/personen";
import { berechneSgb12 } from "../calc/grundsicherung/sgb12";
import { schonvermoegenSgb12 } from "../calc/grundsicherung/vermoegen";
import { wohngeldVorrangSgb12 } from "../calc/grundsicherung/vorrang";
import { children } from "../facts";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe } from "../types";

const NAME = "Hilfe zum Lebensunterhalt";
const VOLLJAEHRIG = 18;
const ohneBetrag = { leistung: "hilfe-zum-lebensunterhalt" as const, betragMonat: null, fehlendeAngaben: [], naechsteSchritte: [] };

export const rule: BenefitRule = {
  slug: "hilfe-zum-lebensunterhalt",
  evaluate({ household: h, earlier }): BenefitResult {
    const { stichtag } = h;
    const eltern = erwachsene(h);
    const ohneAlter = h.personen.filter((p) => p.rolle !== "sonstige" && p.alter === undefined);
    if (ohneAlter.length > 0) return { ...ohneBetrag, einschaetzung: "unklar", gruende: [], fehlendeAngaben: ohneAlter.map(fehltAlter) };

    if (eltern.some((p) => istErwerbsfaehig(p, stichtag) === true)) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "hilfe-zum-lebensunterhalt.vorrang_grundsicherungsgeld",
            text: "Für Ihren Haushalt ist das Jobcenter zuständig. Auch Angehörige, die nicht arbeiten können, bekommen dort Grundsicherungsgeld.",
          },
        ],
      };
    }

    const imAlter = eltern.filter((p) => hatAnspruchsgrundImAlter(p, stichtag) === true);
    const minderjaehrigeKinder = children(h).filter((k) => k.alter! < VOLLJAEHRIG);
    const berechtigte = [...eltern.filter((p) => !imAlter.includes(p) && istErwerbsfaehig(p, stichtag) === false), ...minderjaehrigeKinder];
    if (berechtigte.length === 0) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "hilfe-zum-lebensunterhalt.vorrang_grundsicherung_im_alter",
            text: "Nach Ihren Angaben ist eher die Grundsicherung im Alter und bei Erwerbsminderung zuständig. Hilfe zum Lebensunterhalt kommt in Betracht, wenn jemand nur vorübergehend nicht arbeiten kann, etwa mit einer befristeten Erwerbsminderungsrente. Beides prüft das Sozialamt.",
          },
        ],
      };
    }

    const elterneinkommen = imAlter.length > 0 ? berechneSgb12(h, imAlter, stichtag).ueberschuss : 0;
    const rechnung = berechneSgb12(h, berechtigte, stichtag, elterneinkommen);
    const fehlend: FehlendeAngabe[] = [...fehlendeWohnkosten(h), ...rechnung.fehlend];
    let einschaetzung: Einschaetzung = "wahrscheinlich";
    const schonvermoegen = schonvermoegenSgb12(Math.max(1, eltern.length), minderjaehrigeKinder.length, stichtag);
    if (h.vermoegen === undefined) {
      fehlend.push(FEHLT_VERMOEGEN);
      einschaetzung = "moeglich";
    } else if (h.vermoegen > schonvermoegen) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [{ code: "hilfe-zum-lebensunterhalt.vermoegen", text: `Ihr Vermögen liegt nach Ihren Angaben über dem Schonbetrag von ${euro(schonvermoegen)}.` }],
      };
    }

    if (rechnung.luecke <= 0) {
      return {
        ...ohneBetrag,
        einschaetzung: rechnung.unterkunftBekannt ? "unwahrscheinlich" : "unklar",
        gruende: [{ code: "hilfe-zum-lebensunterhalt.einkommen_reicht", text: "Das Einkommen im Haushalt reicht nach Ihren Angaben auch für den Bedarf der Kinder." }],
        fehlendeAngaben: eindeutig(fehlend),
      };
    }

    const vorrang = wohngeldVorrangSgb12("hilfe-zum-lebensunterhalt", earlier, rechnung.luecke, NAME);
    const betragBekannt = rechnung.unterkunftBekannt && rechnung.fehlend.length === 0;
    if (vorrang.abgeloest || !betragBekannt) einschaetzung = "moeglich";
    return {
      leistung: "hilfe-zum-lebensunterhalt",
      einschaetzung,
      betragMonat: betragBekannt ? Math.round(rechnung.luecke) : null,
      betragHinweis: betragBekannt
        ? `Bedarf ${euro(Math.round(rechnung.bedarf))} (Regelbedarf und Anteil an den Wohn- und Heizkosten) minus Einkommen ${euro(Math.round(rechnung.einkommen))} (mit Kindergeld und dem Teil des Elterneinkommens über deren eigenem Bedarf).`
        : "Den Betrag schätzen wir, sobald Ihre Wohnkosten und Ihr Nettoeinkommen bekannt sind.",
      gruende: [
        {
          code: "hilfe-zum-lebensunterhalt.bedarf_nicht_gedeckt",
          text: "Im Haushalt kann niemand arbeiten und das Einkommen reicht nach Ihren Angaben nicht. Dann hilft das Sozialamt mit Hilfe zum Lebensunterhalt.",
        },
        ...vorrang.gruende,
      ],
      fehlendeAngaben: eindeutig(fehlend),
      naechsteSchritte: vorrang.naechsteSchritte,
    };
  },
};
