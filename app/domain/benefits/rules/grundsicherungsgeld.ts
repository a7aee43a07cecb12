/**
 * Grundsicherungsgeld (SGB II; Bürgergeld until 30.06.2026), including the former Sozialgeld for
 * members who cannot work. Need (Regelbedarfe, Mehrbedarfe, housing and heating as stated) minus
 * income after the § 11b allowances and Kindergeld; then the benefits that come first.
 */
import { formatGermanDate, type LocalDate } from "../../shared/dates";
import { euro } from "../catalog/kennzahl";
import { eindeutig, FEHLT_VERMOEGEN, fehlendeWohnkosten, fehltAlter, fehltGeburtsdatum } from "../calc/grundsicherung/fakten";
import { erwachsene, hatAnspruchsgrundImAlter, istErwerbsfaehig } from "../calc/grundsicherung/personen";
import { berechneSgb2 } from "../calc/grundsicherung/sgb2";
import { vermoegensfreibetragSgb2 } from "../calc/grundsicherung/vermoegen";
import type { Person } from "../facts";
import { SGB2_RECHTSSTAND } from "../parameters/sgb2";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund } from "../types";
import { pruefeVorrang } from "./grundsicherungsgeld/vorrang";

const ohneBetrag = { leistung: "grundsicherungsgeld" as const, betragMonat: null, fehlendeAngaben: [], naechsteSchritte: [] };

function nichtErwerbsfaehig(personen: Person[], stichtag: LocalDate, name: string): Grund {
  const imAlter = personen.every((p) => hatAnspruchsgrundImAlter(p, stichtag) === true);
  return imAlter
    ? {
        code: "grundsicherungsgeld.altersgrenze_oder_erwerbsminderung",
        text: `${name} ist für Menschen, die arbeiten können und die Altersgrenze noch nicht erreicht haben. Nach Ihren Angaben kommt eher die Grundsicherung im Alter und bei Erwerbsminderung in Betracht.`,
      }
    : {
        code: "grundsicherungsgeld.nicht_erwerbsfaehig",
        text: `${name} setzt voraus, dass eine Person im Haushalt mindestens 15 Jahre alt ist und arbeiten kann. Nach Ihren Angaben kommt eher Hilfe zum Lebensunterhalt beim Sozialamt in Betracht.`,
      };
}

export const rule: BenefitRule = {
  slug: "grundsicherungsgeld",
  evaluate({ household: h, earlier }): BenefitResult {
    const { stichtag } = h;
    const rechtsstand = valueAt(SGB2_RECHTSSTAND, stichtag).value;
    const name = rechtsstand.bezeichnung;

    const ohneAlter = h.personen.filter((p) => p.rolle !== "sonstige" && p.alter === undefined);
    if (ohneAlter.length > 0) return { ...ohneBetrag, einschaetzung: "unklar", gruende: [], fehlendeAngaben: ohneAlter.map(fehltAlter) };

    const eltern = erwachsene(h);
    const erwerbsfaehig = eltern.map((p) => ({ person: p, ja: istErwerbsfaehig(p, stichtag) }));
    if (!erwerbsfaehig.some((e) => e.ja === true)) {
      const offen = erwerbsfaehig.filter((e) => e.ja === undefined).map((e) => fehltGeburtsdatum(e.person));
      if (offen.length > 0) {
        return {
          ...ohneBetrag,
          einschaetzung: "unklar",
          gruende: [{ code: "grundsicherungsgeld.altersgrenze_offen", text: "Ob Sie die Altersgrenze schon erreicht haben, hängt von Ihrem Geburtsmonat ab." }],
          fehlendeAngaben: offen,
        };
      }
      return { ...ohneBetrag, einschaetzung: "unwahrscheinlich", gruende: [nichtErwerbsfaehig(eltern, stichtag, name)] };
    }

    if (eltern.some((p) => hatAnspruchsgrundImAlter(p, stichtag) === true)) {
      return {
        ...ohneBetrag,
        einschaetzung: "moeglich",
        betragHinweis: "In Ihrem Haushalt treffen zwei Leistungen zusammen. Den Betrag rechnen Jobcenter und Sozialamt gemeinsam aus.",
        gruende: [
          {
            code: "grundsicherungsgeld.gemischter_haushalt",
            text: `Wer arbeiten kann, bekommt ${name}. Wer die Altersgrenze erreicht hat oder dauerhaft nicht arbeiten kann, bekommt Grundsicherung im Alter und bei Erwerbsminderung. Das Einkommen wird gemeinsam angerechnet.`,
          },
        ],
      };
    }

    const arbeitende = erwerbsfaehig.filter((e) => e.ja === true).map((e) => e.person);
    if (arbeitende.every((p) => p.taetigkeit === "studium")) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "grundsicherungsgeld.studium",
            text: `Wer studiert, bekommt in der Regel BAföG statt ${name}. Ausnahmen gibt es zum Beispiel für Mehrbedarfe bei Schwangerschaft oder für Alleinerziehende.`,
          },
        ],
      };
    }

    const rechnung = berechneSgb2(h, stichtag);
    const fehlend: FehlendeAngabe[] = [...fehlendeWohnkosten(h), ...rechnung.fehlend];
    const gruende: Grund[] = [];
    let einschaetzung: Einschaetzung = "wahrscheinlich";

    if (h.vermoegen === undefined) {
      fehlend.push(FEHLT_VERMOEGEN);
      einschaetzung = "moeglich";
    } else {
      const freibetrag = vermoegensfreibetragSgb2(rechnung.mitglieder, stichtag);
      if (h.vermoegen > freibetrag) {
        return {
          ...ohneBetrag,
          einschaetzung: "unwahrscheinlich",
          gruende: [
            {
              code: "grundsicherungsgeld.vermoegen",
              text: `Ihr Vermögen liegt nach Ihren Angaben über dem Freibetrag von ${euro(freibetrag)}. Dann müssen Sie zuerst davon leben.`,
            },
          ],
        };
      }
    }

    if (rechnung.luecke <= 0) {
      return {
        ...ohneBetrag,
        einschaetzung: rechnung.unterkunftBekannt ? "unwahrscheinlich" : "unklar",
        gruende: [{ code: "grundsicherungsgeld.einkommen_reicht", text: "Ihr Einkommen reicht nach Ihren Angaben für den Bedarf Ihres Haushalts." }],
        fehlendeAngaben: eindeutig(fehlend),
      };
    }

    gruende.push({
      code: "grundsicherungsgeld.bedarf_nicht_gedeckt",
      text: "Ihr Einkommen reicht nach Ihren Angaben nicht für den Bedarf Ihres Haushalts.",
    });
    if (arbeitende.every((p) => p.taetigkeit === "ausbildung")) {
      gruende.push({
        code: "grundsicherungsgeld.ausbildung",
        text: `In einer Ausbildung kommt zuerst Berufsausbildungsbeihilfe oder BAföG in Betracht. ${name} gibt es dann nur in Ausnahmefällen.`,
      });
      einschaetzung = "moeglich";
    }

    const betragBekannt = rechnung.unterkunftBekannt && rechnung.fehlend.length === 0;
    const vorrang = pruefeVorrang(earlier, rechnung.luecke, name, stichtag);
    gruende.push(...vorrang.gruende);
    if (vorrang.abgeloest || !betragBekannt) einschaetzung = "moeglich";

    const deckel = rechtsstand.kduDeckelInKarenzzeit;
    const stand = formatGermanDate(valueAt(SGB2_RECHTSSTAND, stichtag).validFrom);
    return {
      leistung: "grundsicherungsgeld",
      einschaetzung,
      betragMonat: betragBekannt ? Math.round(rechnung.luecke) : null,
      betragHinweis: betragBekannt
        ? `Bedarf ${euro(Math.round(rechnung.bedarf))} (Regelbedarfe, Mehrbedarfe, Wohn- und Heizkosten wie angegeben) minus anrechenbares Einkommen ${euro(Math.round(rechnung.einkommen))} (nach Freibeträgen, mit Kindergeld). ` +
          "Das Jobcenter prüft, ob Ihre Wohnkosten angemessen sind." +
          (deckel ? ` Seit ${stand} übernimmt es auch im ersten Jahr höchstens das ${String(deckel).replace(".", ",")}-Fache der örtlichen Grenze.` : "")
        : "Den Betrag schätzen wir, sobald Ihre Wohnkosten und Ihr Nettoeinkommen bekannt sind.",
      gruende,
      fehlendeAngaben: eindeutig(fehlend),
      naechsteSchritte: vorrang.naechsteSchritte,
    };
  },
};
