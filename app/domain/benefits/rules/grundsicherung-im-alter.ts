/**
 * Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII): from the
 * Regelaltersgrenze, or from 18 for people who permanently cannot work (we read
 * `erwerbsfaehig: false` as permanent). Need minus income after §§ 82, 82a SGB XII.
 */
import { euro } from "../catalog/kennzahl";
import { eindeutig, FEHLT_VERMOEGEN, fehlendeWohnkosten, fehltAlter, fehltGeburtsdatum } from "../calc/grundsicherung/fakten";
import { erwachsene, hatAnspruchsgrundImAlter } from "../calc/grundsicherung/personen";
import { berechneSgb12 } from "../calc/grundsicherung/sgb12";
import { schonvermoegenSgb12 } from "../calc/grundsicherung/vermoegen";
import { wohngeldVorrangSgb12 } from "../calc/grundsicherung/vorrang";
import { regelaltersgrenzeErreicht } from "../calc/regelaltersgrenze";
import { children, type Household, type Person } from "../facts";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund } from "../types";

const NAME = "Grundsicherung im Alter und bei Erwerbsminderung";
const ohneBetrag = { leistung: "grundsicherung-im-alter" as const, betragMonat: null, fehlendeAngaben: [], naechsteSchritte: [] };

/**
 * An adult child who permanently cannot work has a claim of its own; the parents' income only
 * counts above 100,000 € a year (§ 43 Abs. 5 SGB XII), and the child's Kindergeld is the parents'.
 */
function fuerErwachseneKinder(h: Household, kinder: Person[]): BenefitResult {
  const rechnung = berechneSgb12(h, kinder, h.stichtag);
  const betragBekannt = rechnung.unterkunftBekannt && rechnung.fehlend.length === 0;
  return {
    leistung: "grundsicherung-im-alter",
    einschaetzung: rechnung.luecke > 0 || !rechnung.unterkunftBekannt ? "moeglich" : "unwahrscheinlich",
    betragMonat: betragBekannt && rechnung.luecke > 0 ? Math.round(rechnung.luecke) : null,
    betragHinweis: betragBekannt
      ? `Regelbedarf und Anteil an den Wohn- und Heizkosten (${euro(Math.round(rechnung.bedarf))}) minus eigenes Einkommen des Kindes. Eigenes Vermögen des Kindes über 10.000 € zählt.`
      : undefined,
    gruende: [
      {
        code: "grundsicherung-im-alter.erwachsenes_kind",
        text: "Ein erwachsenes Kind, das dauerhaft nicht arbeiten kann, hat einen eigenen Anspruch. Das Einkommen der Eltern zählt erst ab 100.000 € im Jahr.",
      },
    ],
    fehlendeAngaben: eindeutig([...fehlendeWohnkosten(h), ...rechnung.fehlend]),
    naechsteSchritte: [],
  };
}

export const rule: BenefitRule = {
  slug: "grundsicherung-im-alter",
  evaluate({ household: h, earlier }): BenefitResult {
    const { stichtag } = h;
    const eltern = erwachsene(h);
    const ohneAlter = eltern.filter((p) => p.alter === undefined);
    if (ohneAlter.length > 0) return { ...ohneBetrag, einschaetzung: "unklar", gruende: [], fehlendeAngaben: ohneAlter.map(fehltAlter) };

    const pruefung = eltern.map((p) => ({ person: p, ja: hatAnspruchsgrundImAlter(p, stichtag) }));
    const berechtigte = pruefung.filter((p) => p.ja === true).map((p) => p.person);
    const offen = pruefung.filter((p) => p.ja === undefined).map((p) => p.person);
    if (berechtigte.length === 0) {
      const erwachseneKinder = children(h).filter((k) => (k.alter ?? 0) >= 18 && k.erwerbsfaehig === false);
      if (erwachseneKinder.length > 0 && offen.length === 0) return fuerErwachseneKinder(h, erwachseneKinder);
      return offen.length > 0
        ? {
            ...ohneBetrag,
            einschaetzung: "moeglich",
            gruende: [{ code: "grundsicherung-im-alter.altersgrenze_offen", text: "Ob Sie die Regelaltersgrenze schon erreicht haben, hängt von Ihrem Geburtsmonat ab." }],
            fehlendeAngaben: offen.map(fehltGeburtsdatum),
          }
        : {
            ...ohneBetrag,
            einschaetzung: "unwahrscheinlich",
            gruende: [
              {
                code: "grundsicherung-im-alter.nicht_im_alter",
                text: "Diese Grundsicherung gibt es ab der Regelaltersgrenze (67 Jahre für alle ab 1964 Geborenen) oder ab 18 Jahren, wenn jemand dauerhaft nicht arbeiten kann. Nach Ihren Angaben trifft beides nicht zu.",
              },
            ],
          };
    }

    if (berechtigte.length < eltern.length) {
      return {
        ...ohneBetrag,
        einschaetzung: "moeglich",
        betragHinweis: "In Ihrem Haushalt treffen zwei Leistungen zusammen. Den Betrag rechnen Sozialamt und Jobcenter gemeinsam aus.",
        gruende: [
          {
            code: "grundsicherung-im-alter.gemischter_haushalt",
            text: "Wer die Altersgrenze erreicht hat oder dauerhaft nicht arbeiten kann, bekommt diese Grundsicherung. Wer im Haushalt arbeiten kann, bekommt Grundsicherungsgeld vom Jobcenter.",
          },
        ],
      };
    }

    const gruende: Grund[] = berechtigte.map((p) =>
      regelaltersgrenzeErreicht(p, stichtag)
        ? { code: "grundsicherung-im-alter.altersgrenze_erreicht", text: `${p.rolle === "antragsteller" ? "Sie haben" : "Ihre Partnerin oder Ihr Partner hat"} die Regelaltersgrenze erreicht.` }
        : {
            code: "grundsicherung-im-alter.erwerbsminderung",
            text: "Nach Ihren Angaben kann jemand nicht arbeiten. Wir gehen davon aus, dass das auf Dauer so ist. Das stellt die Rentenversicherung fest. Ist es nur vorübergehend, kommt Hilfe zum Lebensunterhalt in Betracht.",
          },
    );

    const rechnung = berechneSgb12(h, berechtigte, stichtag);
    const fehlend: FehlendeAngabe[] = [...fehlendeWohnkosten(h), ...rechnung.fehlend];
    let einschaetzung: Einschaetzung = "wahrscheinlich";
    const unterhaltene = children(h).filter((k) => (k.alter ?? 0) < 18).length;
    const schonvermoegen = schonvermoegenSgb12(berechtigte.length, unterhaltene, stichtag);
    if (h.vermoegen === undefined) {
      fehlend.push(FEHLT_VERMOEGEN);
      einschaetzung = "moeglich";
    } else if (h.vermoegen > schonvermoegen) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "grundsicherung-im-alter.vermoegen",
            text: `Ihr Vermögen liegt nach Ihren Angaben über dem Schonbetrag von ${euro(schonvermoegen)}. Dann müssen Sie zuerst davon leben.`,
          },
        ],
      };
    }

    if (rechnung.luecke <= 0) {
      return {
        ...ohneBetrag,
        einschaetzung: rechnung.unterkunftBekannt ? "unwahrscheinlich" : "unklar",
        gruende: [...gruende, { code: "grundsicherung-im-alter.einkommen_reicht", text: "Ihr Einkommen reicht nach Ihren Angaben für Ihren Bedarf." }],
        fehlendeAngaben: eindeutig(fehlend),
      };
    }

    const vorrang = wohngeldVorrangSgb12("grundsicherung-im-alter", earlier, rechnung.luecke, NAME);
    const betragBekannt = rechnung.unterkunftBekannt && rechnung.fehlend.length === 0;
    if (vorrang.abgeloest || !betragBekannt) einschaetzung = "moeglich";
    return {
      leistung: "grundsicherung-im-alter",
      einschaetzung,
      betragMonat: betragBekannt ? Math.round(rechnung.luecke) : null,
      betragHinweis: betragBekannt
        ? `Bedarf ${euro(Math.round(rechnung.bedarf))} (Regelbedarf, Wohn- und Heizkosten wie angegeben) minus anrechenbares Einkommen ${euro(Math.round(rechnung.einkommen))}. Freibeträge für Arbeit und Grundrente sind berücksichtigt, soweit sie zutreffen. Das Sozialamt prüft, ob die Wohnkosten angemessen sind.`
        : "Den Betrag schätzen wir, sobald Ihre Wohnkosten und Ihr Nettoeinkommen bekannt sind.",
      gruende: [...gruende, { code: "grundsicherung-im-alter.bedarf_nicht_gedeckt", text: "Ihr Einkommen reicht nach Ihren Angaben nicht für Ihren Bedarf." }, ...vorrang.gruende],
      fehlendeAngaben: eindeutig(fehlend),
      naechsteSchritte: vorrang.naechsteSchritte,
    };
  },
};
