/**
 * Berufsausbildungsbeihilfe (§§ 56 ff. SGB III) for trainees in the household. It requires a
 * home away from the parents (§ 60 SGB III), which the facts tell only for some roles. The
 * amount is the living-cost need of § 61 Abs. 1 SGB III as an upper bound: the training
 * allowance and the parents' income are deducted from it, travel costs can be added.
 */
import { besteEinschaetzung } from "../calc/einschaetzung";
import { regelaltersgrenzeErreicht } from "../calc/regelaltersgrenze";
import { beiPerson, fuerPerson, mitVerb } from "../calc/personenbezug";
import { wohntBeiEltern } from "../calc/wohnsituation-eltern";
import { euro } from "../catalog/kennzahl";
import type { Household, Person } from "../facts";
import { BAFOEG_BEDARF } from "../parameters/bafoeg";
import { BAB_VOLLJAEHRIGKEIT } from "../parameters/berufsausbildungsbeihilfe";
import { valueAt } from "../parameters/versioned";
import type { BenefitRule, Einschaetzung, FehlendeAngabe, Grund } from "../types";
import { sum, type Cents } from "../../shared/money";

/** Trainees usually start after nine or ten school years, so younger people are not asked about it. */
const FRUEHESTES_AUSBILDUNGSALTER = 15;

type Bewertung = { person: Person; einschaetzung: Einschaetzung; gruende: Grund[]; fehlend: FehlendeAngabe[] };

const ANTRAG_VOR_BEGINN = {
  art: "hinweis",
  text: "Stellen Sie den Antrag möglichst vor Beginn der Ausbildung: Für Monate vor dem Antrag wird nichts nachgezahlt.",
} as const;

export const rule: BenefitRule = {
  slug: "berufsausbildungsbeihilfe",
  evaluate({ household }) {
    const bedarf = lebensunterhaltBedarf(household);
    const bewertungen = household.personen.filter((p) => p.taetigkeit === "ausbildung").map((p) => bewerte(p, household, bedarf));
    // Other household members (rolle "sonstige") are evaluated when their activity is given, not asked for.
    const offen = household.personen.filter((p) => p.rolle !== "sonstige" && p.taetigkeit === undefined && imAusbildungsalter(p, household));
    const einschaetzung = besteEinschaetzung([...bewertungen.map((b) => b.einschaetzung), ...(offen.length > 0 ? (["unklar"] as const) : [])]);

    const gruende = bewertungen.flatMap((b) => b.gruende);
    if (bewertungen.length === 0) {
      gruende.push(
        offen.length > 0
          ? { code: "berufsausbildungsbeihilfe.taetigkeit_offen", text: "Berufsausbildungsbeihilfe gibt es für eine Ausbildung im Betrieb. Ob jemand im Haushalt eine Ausbildung macht, geht aus den Angaben noch nicht hervor." }
          : { code: "berufsausbildungsbeihilfe.keine_ausbildung", text: "Nach Ihren Angaben macht niemand im Haushalt eine Ausbildung. Berufsausbildungsbeihilfe kommt daher eher nicht in Frage." },
      );
    }

    const gefoerdert = bewertungen.filter((b) => b.einschaetzung !== "unwahrscheinlich");
    return {
      leistung: "berufsausbildungsbeihilfe",
      einschaetzung,
      betragMonat: gefoerdert.length > 0 ? bedarf * gefoerdert.length : null,
      betragHinweis: gefoerdert.length > 0 ? betragHinweis(household, gefoerdert.length) : undefined,
      gruende,
      fehlendeAngaben: [
        ...bewertungen.flatMap((b) => b.fehlend),
        ...offen.map((p) => ({ fakt: `personen.${p.index}.taetigkeit`, text: `Tätigkeit ${fuerPerson(p)}: Schule, Ausbildung, Studium oder anderes` })),
      ],
      naechsteSchritte: gefoerdert.length > 0 ? [ANTRAG_VOR_BEGINN] : [],
    };
  },
};

/**
 * Whose missing activity matters: from the usual school-leaving age until the Regelaltersgrenze.
 * The law has no upper age, but nobody starts a Berufsausbildung after reaching the pension age.
 */
function imAusbildungsalter(p: Person, household: Household): boolean {
  if (p.alter !== undefined && p.alter < FRUEHESTES_AUSBILDUNGSALTER) return false;
  return regelaltersgrenzeErreicht(p, household.stichtag) !== true;
}

/** § 61 Abs. 1 SGB III: the BAföG need for Fachschulen (§ 13 Abs. 1 Nr. 1) plus the Wohnpauschale away from the parents (§ 13 Abs. 2 Nr. 2). */
function lebensunterhaltBedarf(household: Household): Cents {
  const b = valueAt(BAFOEG_BEDARF, household.stichtag).value;
  return b.grundbedarfFachschule + b.wohnenAuswaerts;
}

function bewerte(person: Person, household: Household, bedarf: Cents): Bewertung {
  const beiEltern = wohntBeiEltern(person, household);
  if (beiEltern === true) {
    return {
      person,
      einschaetzung: "unwahrscheinlich",
      gruende: [{ code: "berufsausbildungsbeihilfe.wohnt_bei_eltern", text: `${mitVerb(person, "leben", "lebt")} als Kind in Ihrem Haushalt. Berufsausbildungsbeihilfe gibt es nur, wenn Auszubildende nicht bei den Eltern wohnen. Mit einem Umzug in eine eigene Wohnung kann sich das ändern.` }],
      fehlend: [],
    };
  }

  const bewertung: Bewertung = {
    person,
    einschaetzung: "moeglich",
    gruende: [{ code: "berufsausbildungsbeihilfe.ausbildung", text: `${beiPerson(person)} ist eine Ausbildung angegeben. Für eine Ausbildung im Betrieb gibt es Berufsausbildungsbeihilfe, wenn die Ausbildungsvergütung und das Einkommen der Eltern für den Lebensunterhalt nicht reichen.` }],
    fehlend: [],
  };
  if (beiEltern === undefined) {
    bewertung.gruende.push({ code: "berufsausbildungsbeihilfe.wohnsituation_offen", text: `Die Beihilfe gibt es nur, wenn ${mitVerb(person, "nicht bei Ihren Eltern wohnen", "nicht bei den Eltern wohnt")}. Das geht aus den Angaben nicht hervor.` });
  }

  const volljaehrig = valueAt(BAB_VOLLJAEHRIGKEIT, household.stichtag).value;
  // § 60 Abs. 2 Nr. 3: living with an own child lifts the distance condition for minors too.
  const mitKind = person.rolle !== "sonstige" && household.personen.some((p) => p.rolle === "kind");
  if (person.alter === undefined) {
    bewertung.fehlend.push({ fakt: `personen.${person.index}.alter`, text: `Alter ${fuerPerson(person)}: Unter ${volljaehrig} Jahren gelten strengere Bedingungen.` });
  } else if (person.alter < volljaehrig && !mitKind) {
    bewertung.gruende.push({ code: "berufsausbildungsbeihilfe.unter_18", text: `Unter ${volljaehrig} Jahren gibt es die Beihilfe nur, wenn der Ausbildungsbetrieb von der Wohnung der Eltern aus nicht in angemessener Zeit zu erreichen ist.` });
  }

  const verguetung = nettoVerguetung(person);
  if (verguetung !== undefined && verguetung >= bedarf) {
    bewertung.einschaetzung = "unwahrscheinlich";
    bewertung.gruende.push({
      code: "berufsausbildungsbeihilfe.verguetung_deckt_bedarf",
      text: `Die Ausbildungsvergütung wird angerechnet. ${beiPerson(person)} beträgt sie netto ${euro(verguetung)} und deckt damit schon den Bedarf von ${euro(bedarf)}. Hohe Fahrkosten können das ändern.`,
    });
  }
  return bewertung;
}

/** Net earnings when every earnings entry states them; otherwise unknown. */
function nettoVerguetung(person: Person): Cents | undefined {
  const eintraege = person.einkommen.filter((e) => e.art === "erwerbstaetigkeit");
  if (eintraege.length === 0 || eintraege.some((e) => e.netto === undefined)) return undefined;
  return sum(eintraege.map((e) => e.netto!));
}

function betragHinweis(household: Household, anzahl: number): string {
  const b = valueAt(BAFOEG_BEDARF, household.stichtag).value;
  const fuer = anzahl > 1 ? ` je Person (${anzahl} Personen)` : "";
  return `Obergrenze für den Lebensunterhalt in einer eigenen Wohnung${fuer}: ${euro(b.grundbedarfFachschule)} Grundbedarf und ${euro(b.wohnenAuswaerts)} für die Unterkunft. Davon werden die Ausbildungsvergütung und das Einkommen der Eltern abgezogen; Fahrkosten können hinzukommen.`;
}
