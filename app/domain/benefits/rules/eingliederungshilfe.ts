/**
 * Eingliederungshilfe (SGB IX Teil 2): support for people with a wesentliche Behinderung, such as
 * assistance, school support or work in a workshop. The facts only know the Grad der Behinderung,
 * which hints at a disability but does not decide whether it is "wesentlich" (§ 99 SGB IX), so
 * the verdict is at most "moeglich". There is no amount; the rule explains whether a contribution
 * from income is likely (§§ 135–138 SGB IX).
 */
import { beiPerson, fuerPerson } from "../calc/personenbezug";
import { euro } from "../catalog/kennzahl";
import { applicant, partner, type Household, type Person } from "../facts";
import { unterhalteneKinder } from "../calc/unterhaltene-kinder";
import { EINGLIEDERUNGSHILFE_BEITRAG, GDB_STUFEN } from "../parameters/eingliederungshilfe";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, Grund } from "../types";
import { schaetzeBeitrag, vermoegensfreibetrag } from "./eingliederungshilfe/beitrag";

const BERATUNG_EUTB = {
  art: "hinweis",
  text: "Kostenlose, unabhängige Beratung zur Teilhabe bietet die Ergänzende unabhängige Teilhabeberatung (EUTB) in Ihrer Nähe. Den Antrag können Sie bei jedem Reha-Träger stellen; er wird an die zuständige Stelle weitergeleitet.",
} as const;

export const rule: BenefitRule = {
  slug: "eingliederungshilfe",
  evaluate({ household }) {
    const stufen = valueAt(GDB_STUFEN, household.stichtag).value;
    const betroffene = household.personen.filter((p) => (p.gradDerBehinderung ?? 0) >= stufen.feststellungAb);
    if (betroffene.length === 0) return ohneBehinderung(household);

    const gruende: Grund[] = betroffene.map((p) => ({
      code: "eingliederungshilfe.behinderung",
      text: `${beiPerson(p)} ist ein Grad der Behinderung von ${p.gradDerBehinderung} angegeben${p.gradDerBehinderung! >= stufen.schwerbehinderungAb ? " (Schwerbehinderung)" : ""}.`,
    }));
    gruende.push({
      code: "eingliederungshilfe.wesentliche_behinderung",
      text: "Eingliederungshilfe bekommt, wer wegen einer wesentlichen Behinderung deutlich weniger am Leben in der Gesellschaft teilhaben kann, etwa beim Wohnen, in Schule, Arbeit oder Freizeit. Das prüft das Amt im Einzelfall; der Grad der Behinderung allein entscheidet nicht.",
    });
    for (const p of betroffene) gruende.push(beitragsGrund(p, household));

    const freibetrag = vermoegensfreibetrag(household.stichtag);
    if (household.vermoegen !== undefined && household.vermoegen > freibetrag) {
      gruende.push({ code: "eingliederungshilfe.vermoegen", text: `Für manche Leistungen, etwa Assistenz im Alltag, muss eigenes Vermögen über ${euro(freibetrag)} zuerst eingesetzt werden.` });
    }
    return {
      leistung: "eingliederungshilfe",
      einschaetzung: "moeglich",
      betragMonat: null,
      betragHinweis: "Kein Betrag: Eingliederungshilfe bezahlt Unterstützung wie Assistenz, Schulbegleitung oder die Arbeit in einer Werkstatt, kein festes Geld.",
      gruende,
      fehlendeAngaben: [],
      naechsteSchritte: [BERATUNG_EUTB],
    };
  },
};

function ohneBehinderung(household: Household): BenefitResult {
  const offen = household.personen.filter((p) => p.gradDerBehinderung === undefined);
  const base = { leistung: "eingliederungshilfe", betragMonat: null, naechsteSchritte: [] } satisfies Partial<BenefitResult>;
  if (offen.length > 0) {
    return {
      ...base,
      einschaetzung: "unklar",
      gruende: [{ code: "eingliederungshilfe.behinderung_offen", text: "Eingliederungshilfe ist für Menschen mit einer wesentlichen Behinderung. Ob jemand im Haushalt eine Behinderung hat, geht aus den Angaben noch nicht hervor." }],
      fehlendeAngaben: offen.map((p) => ({ fakt: `personen.${p.index}.grad_der_behinderung`, text: `Grad der Behinderung ${fuerPerson(p)} (0, wenn keiner festgestellt ist)` })),
    };
  }
  return {
    ...base,
    einschaetzung: "unwahrscheinlich",
    gruende: [
      {
        code: "eingliederungshilfe.keine_behinderung",
        text: "Nach Ihren Angaben ist bei niemandem im Haushalt eine Behinderung festgestellt. Eine Feststellung ist aber keine Bedingung: Kann jemand wegen einer Krankheit oder Beeinträchtigung dauerhaft kaum am Alltag teilhaben, lassen Sie sich beraten.",
      },
    ],
    fehlendeAngaben: [],
  };
}

/** Whether a contribution from income is likely, for the person with the disability. */
function beitragsGrund(person: Person, household: Household): Grund {
  if (person.alter !== undefined && person.alter < valueAt(EINGLIEDERUNGSHILFE_BEITRAG, household.stichtag).value.volljaehrigAb) {
    return { code: "eingliederungshilfe.beitrag_eltern", text: `${beiPerson(person)} zählt für einen Beitrag zu den Kosten das Einkommen der Eltern. Bei einer seelischen Behinderung von Kindern ist das Jugendamt zuständig.` };
  }
  if (person.beziehtGrundsicherung) {
    return { code: "eingliederungshilfe.kein_beitrag_grundsicherung", text: `${beiPerson(person)} fällt kein Beitrag zu den Kosten an, weil Grundsicherungsgeld oder Sozialhilfe zum Lebensunterhalt bezogen wird.` };
  }
  const imPaar = person.rolle === "antragsteller" || person.rolle === "partner";
  const anderer = imPaar ? (person.rolle === "antragsteller" ? partner(household) : applicant(household)) : undefined;
  const kinder = imPaar ? unterhalteneKinder(household).length : 0;
  const schaetzung = schaetzeBeitrag(person, anderer, kinder, household.stichtag);
  if (!schaetzung) {
    const wessen = anderer?.rolle === "antragsteller" ? "Ihr eigenes Einkommen" : "Das Einkommen Ihrer Partnerin oder Ihres Partners";
    return { code: "eingliederungshilfe.beitrag_offen", text: `${wessen} liegt selbst über der Grenze. Dann gelten für den Beitrag zu den Kosten besondere Regeln; das Amt rechnet ihn aus.` };
  }
  const einkommen = `${beiPerson(person)} liegt das Jahreseinkommen nach den heutigen Angaben bei etwa ${euro(schaetzung.jahreseinkommen)}`;
  if (schaetzung.beitragMonat === 0) {
    return { code: "eingliederungshilfe.kein_beitrag", text: `${einkommen}, also nicht über der Grenze von ${euro(schaetzung.grenze)}. Dann fällt kein Beitrag zu den Kosten an.` };
  }
  return {
    code: "eingliederungshilfe.beitrag",
    text: `${einkommen}, also über der Grenze von ${euro(schaetzung.grenze)}. Dann ist ein Beitrag zu den Kosten von etwa ${euro(schaetzung.beitragMonat)} im Monat möglich. Maßgeblich ist das Einkommen des vorletzten Jahres. Für manche Leistungen, etwa zur Teilhabe am Arbeitsleben, fällt nie ein Beitrag an.`,
  };
}
