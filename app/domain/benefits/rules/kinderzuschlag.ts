/**
 * Kinderzuschlag (§ 6a BKGG) for parents whose income covers their own need but not their
 * children's. Evaluated before Wohngeld, so the check whether the family leaves SGB II need
 * (§ 6a Abs. 1 Nr. 3 BKGG) can only count the Kinderzuschlag itself here; the Grundsicherungsgeld
 * rule completes it with the Wohngeld estimate.
 */
import { formatGermanDate } from "../../shared/dates";
import { euro, prozent } from "../catalog/kennzahl";
import { bruttoeinkommen } from "../calc/grundsicherung/einkommen";
import { eindeutig, FEHLT_VERMOEGEN, FEHLT_WOHNKOSTEN, fehltAlter, fehltTaetigkeit } from "../calc/grundsicherung/fakten";
import { erwachsene } from "../calc/grundsicherung/personen";
import { berechneSgb2 } from "../calc/grundsicherung/sgb2";
import { vermoegensfreibetragSgb2 } from "../calc/grundsicherung/vermoegen";
import { kindergeldFuerKind } from "../calc/kindergeld";
import { children, partner } from "../facts";
import { KINDERZUSCHLAG_HOECHSTBETRAG, KINDERZUSCHLAG_MINDERUNG, KINDERZUSCHLAG_MINDESTEINKOMMEN } from "../parameters/kinderzuschlag";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, FehlendeAngabe, Grund } from "../types";
import { anteilJeKind, berechneKinderzuschlag } from "./kinderzuschlag/berechnung";

const ohneBetrag = { leistung: "kinderzuschlag" as const, betragMonat: null, fehlendeAngaben: [], naechsteSchritte: [] };

export const rule: BenefitRule = {
  slug: "kinderzuschlag",
  evaluate({ household: h }): BenefitResult {
    const { stichtag } = h;
    const kinder = children(h);
    if (kinder.length === 0) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [{ code: "kinderzuschlag.keine_kinder", text: "Kinderzuschlag gibt es für Kinder im Haushalt. Nach Ihren Angaben leben keine Kinder bei Ihnen." }],
      };
    }

    const pruefungen = kinder.map((kind) => ({ kind, pruefung: kindergeldFuerKind(kind, stichtag) }));
    const kizKinder = pruefungen.filter((p) => p.pruefung.anspruch === "ja").map((p) => p.kind);
    if (kizKinder.length === 0) {
      const offen = pruefungen.filter((p) => p.pruefung.anspruch === "unklar");
      const fehlend = offen.map(({ kind, pruefung }) => (pruefung.grund === "alter_fehlt" ? fehltAlter(kind) : fehltTaetigkeit(kind)));
      const moeglich = pruefungen.some((p) => p.pruefung.anspruch === "moeglich");
      return {
        ...ohneBetrag,
        einschaetzung: offen.length > 0 ? "unklar" : moeglich ? "moeglich" : "unwahrscheinlich",
        gruende: [{ code: "kinderzuschlag.kindergeld_noetig", text: "Kinderzuschlag gibt es nur für Kinder, für die Sie Kindergeld bekommen." }],
        fehlendeAngaben: fehlend,
      };
    }

    const alleinerziehend = partner(h) === undefined;
    const mindest = valueAt(KINDERZUSCHLAG_MINDESTEINKOMMEN, stichtag).value;
    const mindesteinkommen = alleinerziehend ? mindest.alleinerziehend : mindest.paar;
    const brutto = erwachsene(h).reduce((s, p) => s + bruttoeinkommen(p), 0);
    if (brutto < mindesteinkommen) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "kinderzuschlag.mindesteinkommen",
            text: `Kinderzuschlag gibt es ab einem Bruttoeinkommen der Eltern von ${euro(mindesteinkommen)} im Monat (${alleinerziehend ? "Alleinerziehende" : "Paare"}). Ihr Einkommen liegt nach Ihren Angaben darunter. Kindergeld und Wohngeld zählen dabei nicht mit.`,
          },
        ],
      };
    }

    const berechnung = berechneKinderzuschlag(h, kizKinder, stichtag);
    const fehlend: FehlendeAngabe[] = [...berechnung.fehlend];
    if (!berechnung.unterkunftBekannt) fehlend.unshift(FEHLT_WOHNKOSTEN);
    if (berechnung.gesamt <= 0) {
      return {
        ...ohneBetrag,
        einschaetzung: berechnung.unterkunftBekannt ? "unwahrscheinlich" : "unklar",
        gruende: [
          {
            code: "kinderzuschlag.einkommen_zu_hoch",
            text: "Ihr Einkommen liegt nach Ihren Angaben so weit über Ihrem eigenen Bedarf, dass kein Kinderzuschlag übrig bleibt.",
          },
        ],
        fehlendeAngaben: eindeutig(fehlend),
      };
    }

    const gruende: Grund[] = [
      {
        code: "kinderzuschlag.eltern_decken_eigenen_bedarf",
        text: `Ihr Einkommen erreicht die Mindestgrenze von ${euro(mindesteinkommen)}, reicht aber nach Ihren Angaben nicht für die ganze Familie. Dafür ist der Kinderzuschlag da.`,
      },
    ];

    const freibetrag = vermoegensfreibetragSgb2([...erwachsene(h), ...kizKinder], stichtag);
    const ueberFreibetrag = Math.max(0, (h.vermoegen ?? 0) - freibetrag);
    const betrag = Math.max(0, berechnung.gesamt - ueberFreibetrag);
    if (h.vermoegen === undefined) fehlend.push(FEHLT_VERMOEGEN);
    if (betrag <= 0) {
      return {
        ...ohneBetrag,
        einschaetzung: "unwahrscheinlich",
        gruende: [{ code: "kinderzuschlag.vermoegen", text: `Ihr Vermögen liegt nach Ihren Angaben deutlich über dem Freibetrag von ${euro(freibetrag)}.` }],
      };
    }

    // § 6a Abs. 1 Nr. 3 BKGG: with the Kinderzuschlag as the children's income, is SGB II need left?
    const restbedarf = berechneSgb2(h, stichtag, anteilJeKind(berechnung, betrag)).luecke;
    gruende.push(
      restbedarf <= 0
        ? { code: "kinderzuschlag.vermeidet_grundsicherungsgeld", text: "Mit dem Kinderzuschlag reicht Ihr Einkommen nach unserer Schätzung für die ganze Familie." }
        : {
            code: "kinderzuschlag.nur_mit_wohngeld",
            text: "Der Kinderzuschlag allein reicht nach unserer Schätzung nicht für die ganze Familie. Zusammen mit Wohngeld kann es reichen. Ob das so ist, sehen Sie beim Grundsicherungsgeld.",
          },
    );

    const vollstaendig = berechnung.unterkunftBekannt && berechnung.fehlend.length === 0;
    const hoechst = valueAt(KINDERZUSCHLAG_HOECHSTBETRAG, stichtag);
    const satz = prozent(valueAt(KINDERZUSCHLAG_MINDERUNG, stichtag).value.elterneinkommen);
    return {
      leistung: "kinderzuschlag",
      einschaetzung: restbedarf <= 0 && vollstaendig && h.vermoegen !== undefined ? "wahrscheinlich" : "moeglich",
      betragMonat: vollstaendig ? Math.round(betrag) : null,
      betragHinweis: `Höchstens ${euro(hoechst.value)} je Kind (Stand ${formatGermanDate(hoechst.validFrom)}). Abgezogen werden ${satz} vom Einkommen der Kinder (ohne Kindergeld) und ${satz} von dem Einkommen der Eltern, das über ihrem eigenen Bedarf von etwa ${euro(Math.round(berechnung.elternBedarf))} liegt.`,
      gruende,
      fehlendeAngaben: eindeutig(fehlend),
      naechsteSchritte:
        restbedarf > 0 ? [{ art: "hinweis", text: "Beantragen Sie Kinderzuschlag und Wohngeld möglichst gleichzeitig. Die Familienkasse rechnet das Wohngeld mit ein." }] : [],
    };
  },
};
