/**
 * Hilfen zur Gesundheit (§§ 47–52 SGB XII): medical care at the level of the statutory health
 * insurance for people who are not insured and cannot pay. The facts do not ask about health
 * insurance. They only show it where contributions are paid from an income or where
 * Arbeitslosengeld is received (the Agentur für Arbeit insures its recipients, § 5 Abs. 1 Nr. 2
 * SGB V); everything else stays open.
 */
import { aufzaehlung } from "../calc/personenbezug";
import { unterhalteneKinder } from "../calc/unterhaltene-kinder";
import type { Household, Person } from "../facts";
import type { BenefitRule, Grund } from "../types";

const KRANKENKASSE = {
  art: "hinweis",
  text: "Ist jemand im Haushalt nicht krankenversichert, wenden Sie sich an eine gesetzliche Krankenkasse. Meist besteht dort eine Pflicht zur Versicherung. Die Krankenkasse klärt auch, ob das Sozialamt die Kosten übernimmt.",
} as const;

/**
 * Children with Kindergeld can as a rule be insured with a parent (§ 10 SGB V has the same age
 * steps as § 32 EStG); everyone else needs own cover.
 */
function brauchenEigeneVersicherung(household: Household): Person[] {
  const mitversichert = unterhalteneKinder(household);
  return household.personen.filter((p) => !mitversichert.includes(p));
}

const zeigtVersicherung = (p: Person) => p.einkommen.some((e) => e.krankenPflegeversicherung || e.art === "arbeitslosengeld");

export const rule: BenefitRule = {
  slug: "hilfen-zur-gesundheit",
  evaluate({ household }) {
    const offen = brauchenEigeneVersicherung(household).filter((p) => !zeigtVersicherung(p));
    if (offen.length === 0) {
      return {
        leistung: "hilfen-zur-gesundheit",
        einschaetzung: "unwahrscheinlich",
        betragMonat: null,
        gruende: [{ code: "hilfen-zur-gesundheit.versichert", text: "Nach Ihren Angaben sind im Haushalt alle krankenversichert, die eine eigene Versicherung brauchen: Aus ihrem Einkommen werden Beiträge gezahlt, oder sie bekommen Arbeitslosengeld. Kinder sind meist über die Eltern mitversichert. Hilfen zur Gesundheit sind für Menschen ohne Krankenversicherung." }],
        fehlendeAngaben: [],
        naechsteSchritte: [],
      };
    }
    const gruende: Grund[] = [
      {
        code: "hilfen-zur-gesundheit.versicherung_offen",
        text: `Hilfen zur Gesundheit sind für Menschen, die nicht krankenversichert sind und Arztkosten nicht selbst zahlen können. Ob ${aufzaehlung(offen)} versichert ${offen.length === 1 && offen[0]!.rolle !== "antragsteller" ? "ist" : "sind"}, fragt dieser Check nicht ab. Die meisten Menschen sind versichert; dann brauchen Sie diese Hilfe nicht.`,
      },
    ];
    if (household.wohnart === "ohne_wohnung") {
      gruende.push({ code: "hilfen-zur-gesundheit.ohne_wohnung", text: "Ohne Wohnung fehlt manchmal auch der Versicherungsschutz. Beratungsstellen für Menschen ohne Wohnung helfen, ihn zu klären, und kennen Angebote für eine Behandlung ohne Versicherung." });
    }
    return {
      leistung: "hilfen-zur-gesundheit",
      einschaetzung: "unklar",
      betragMonat: null,
      betragHinweis: "Kein Geldbetrag: Übernommen werden die Kosten der Behandlung wie bei einer gesetzlichen Krankenversicherung.",
      gruende,
      fehlendeAngaben: [],
      naechsteSchritte: [KRANKENKASSE],
    };
  },
};
