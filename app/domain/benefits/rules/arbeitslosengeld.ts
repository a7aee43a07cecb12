/**
 * Arbeitslosengeld (§§ 136 ff. SGB III). The check does not ask about insured employment in the
 * last 30 months or past earnings, so the verdict stays "möglich" for people without work and no
 * amount is estimated, unless Arbeitslosengeld is already stated as income.
 */
import { prozent } from "../catalog/kennzahl";
import { fehltAlter, fehltGeburtsdatum, fehltTaetigkeit } from "../calc/grundsicherung/fakten";
import { regelaltersgrenzeErreicht } from "../calc/regelaltersgrenze";
import { applicant, partner, type Person } from "../facts";
import { ALG_ANWARTSCHAFT, ALG_LEISTUNGSSATZ } from "../parameters/arbeitslosengeld";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, Grund } from "../types";

const leer = { leistung: "arbeitslosengeld" as const, betragMonat: null, fehlendeAngaben: [], naechsteSchritte: [] };

function nichtArbeitslos(person: Person, grenzeStunden: number): Grund {
  switch (person.taetigkeit) {
    case "beschaeftigt":
      return {
        code: "arbeitslosengeld.beschaeftigt",
        text: `Nach Ihren Angaben arbeiten Sie. Arbeitslosengeld gibt es erst ohne Arbeit oder bei weniger als ${grenzeStunden} Stunden in der Woche. Endet Ihre Arbeit, melden Sie sich spätestens drei Monate vorher arbeitsuchend.`,
      };
    case "selbststaendig":
      return {
        code: "arbeitslosengeld.selbststaendig",
        text: "Als Selbstständige oder Selbstständiger bekommen Sie Arbeitslosengeld nur, wenn Sie sich freiwillig gegen Arbeitslosigkeit versichert haben.",
      };
    default:
      return { code: "arbeitslosengeld.nicht_arbeitslos", text: "Nach Ihren Angaben sind Sie nicht arbeitslos. Arbeitslosengeld kommt deshalb eher nicht in Betracht." };
  }
}

export const rule: BenefitRule = {
  slug: "arbeitslosengeld",
  evaluate({ household }): BenefitResult {
    const { stichtag } = household;
    const erwachsene = [applicant(household), partner(household)].filter((p): p is Person => p !== undefined);

    const bezug = erwachsene.flatMap((p) => p.einkommen.filter((e) => e.art === "arbeitslosengeld"));
    if (bezug.length > 0) {
      return {
        ...leer,
        einschaetzung: "wahrscheinlich",
        betragMonat: bezug.reduce((s, e) => s + (e.netto ?? e.brutto), 0),
        betragHinweis: "Das ist das Arbeitslosengeld, das Sie nach Ihren Angaben schon bekommen.",
        gruende: [{ code: "arbeitslosengeld.bezug", text: "Sie bekommen nach Ihren Angaben bereits Arbeitslosengeld." }],
      };
    }

    const anwartschaft = valueAt(ALG_ANWARTSCHAFT, stichtag).value;
    const antragsteller = applicant(household);
    const arbeitslose = erwachsene.filter((p) => p.taetigkeit === "arbeitslos");
    if (arbeitslose.length === 0) {
      if (antragsteller.taetigkeit === undefined) {
        return { ...leer, einschaetzung: "unklar", gruende: [], fehlendeAngaben: [fehltTaetigkeit(antragsteller)] };
      }
      return { ...leer, einschaetzung: "unwahrscheinlich", gruende: [nichtArbeitslos(antragsteller, anwartschaft.kurzzeitigkeitsgrenzeStunden)] };
    }

    const alter = arbeitslose.map((p) => ({ person: p, rente: regelaltersgrenzeErreicht(p, stichtag) }));
    if (alter.every((a) => a.rente === true)) {
      return {
        ...leer,
        einschaetzung: "unwahrscheinlich",
        gruende: [{ code: "arbeitslosengeld.altersgrenze", text: "Ab der Regelaltersgrenze gibt es kein Arbeitslosengeld mehr. Dann kommt die Altersrente in Betracht." }],
      };
    }
    if (arbeitslose.every((p) => p.erwerbsfaehig === false)) {
      return {
        ...leer,
        einschaetzung: "unwahrscheinlich",
        gruende: [
          {
            code: "arbeitslosengeld.nicht_verfuegbar",
            text: "Arbeitslosengeld setzt voraus, dass Sie arbeiten können. Nach Ihren Angaben ist das zurzeit nicht so. Fragen Sie bei der Rentenversicherung nach einer Erwerbsminderungsrente.",
          },
        ],
      };
    }

    const satz = valueAt(ALG_LEISTUNGSSATZ, stichtag).value;
    return {
      ...leer,
      einschaetzung: "moeglich",
      betragHinweis: `Arbeitslosengeld beträgt ${prozent(satz.allgemein)} (mit Kind ${prozent(satz.mitKind)}) des pauschalierten Nettolohns der letzten zwölf Monate. Ihren früheren Lohn fragt der Check nicht ab, deshalb nennen wir keinen Betrag.`,
      gruende: [
        {
          code: "arbeitslosengeld.anwartschaft_pruefen",
          text: `Sie sind nach Ihren Angaben ohne Arbeit. Arbeitslosengeld bekommen Sie, wenn Sie in den letzten ${anwartschaft.rahmenfristMonate} Monaten mindestens ${anwartschaft.versicherungsMonate} Monate versicherungspflichtig gearbeitet haben.`,
        },
      ],
      fehlendeAngaben: alter.filter((a) => a.rente === undefined).map((a) => (a.person.alter === undefined ? fehltAlter(a.person) : fehltGeburtsdatum(a.person))),
      naechsteSchritte: [
        { art: "hinweis", text: "Melden Sie sich spätestens am ersten Tag ohne Arbeit bei der Agentur für Arbeit arbeitslos. Das geht auch online." },
      ],
    };
  },
};
