/**
 * Bildung und Teilhabe: school supplies, trips, lunch, tutoring, school transport and a budget
 * for clubs, for children and young people in households that get Grundsicherungsgeld,
 * Sozialhilfe, Kinderzuschlag or Wohngeld (§ 28 SGB II, § 34 SGB XII, § 6b BKGG). The engine runs
 * this rule last so it can read those verdicts; a verdict that is not there counts as open.
 */
import { besteEinschaetzung } from "../calc/einschaetzung";
import { aufzaehlung, fuerPerson } from "../calc/personenbezug";
import { euro } from "../catalog/kennzahl";
import type { Household, Person } from "../facts";
import { BUT_ALTERSGRENZEN, BUT_SCHULBEDARF, BUT_TEILHABE_MONAT } from "../parameters/bildung-und-teilhabe";
import { valueAt } from "../parameters/versioned";
import type { BenefitSlug } from "../slugs";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund, RuleContext } from "../types";

/** The benefits that open Bildung und Teilhabe, with the names used in the texts. */
const VORAUSSETZUNGEN: ReadonlyArray<{ slug: BenefitSlug; name: string }> = [
  { slug: "grundsicherungsgeld", name: "Grundsicherungsgeld" },
  { slug: "hilfe-zum-lebensunterhalt", name: "Hilfe zum Lebensunterhalt" },
  { slug: "grundsicherung-im-alter", name: "Grundsicherung im Alter und bei Erwerbsminderung" },
  { slug: "kinderzuschlag", name: "Kinderzuschlag" },
  { slug: "wohngeld", name: "Wohngeld" },
];

type Berechtigte = { person: Person; schule: boolean; teilhabe: boolean };

const ANTRAG = {
  art: "hinweis",
  text: "Bei Grundsicherungsgeld ist Bildung und Teilhabe meist schon mit dem Antrag beim Jobcenter gestellt; Lernförderung beantragen Sie gesondert. Bei Wohngeld oder Kinderzuschlag stellen Sie den Antrag bei der Stadt- oder Kreisverwaltung.",
} as const;

export const rule: BenefitRule = {
  slug: "bildung-und-teilhabe",
  evaluate({ household, earlier }) {
    const { berechtigte, fehlend } = junge(household);
    if (berechtigte.length === 0) {
      const offen = fehlend.length > 0;
      return ergebnis(offen ? "unklar" : "unwahrscheinlich", [
        offen
          ? { code: "bildung-und-teilhabe.angaben_offen", text: "Bildung und Teilhabe gibt es für Kinder und Jugendliche unter 18 und für Schülerinnen und Schüler unter 25. Ob jemand im Haushalt dazu gehört, geht aus den Angaben noch nicht hervor." }
          : { code: "bildung-und-teilhabe.keine_kinder", text: "Bildung und Teilhabe gibt es für Kinder und Jugendliche unter 18 und für Schülerinnen und Schüler unter 25. Nach Ihren Angaben lebt niemand davon in Ihrem Haushalt." },
      ], fehlend);
    }

    const vorrang = voraussetzung(household, earlier);
    const namen = aufzaehlung(berechtigte.map((b) => b.person));
    const result = ergebnis(vorrang.einschaetzung, [{ code: "bildung-und-teilhabe.junge_menschen", text: `Im Haushalt kommen Leistungen für Bildung und Teilhabe in Frage für: ${namen}.` }, vorrang.grund], [...fehlend, ...vorrang.fehlend]);
    return { ...result, betragHinweis: betragHinweis(household, berechtigte), naechsteSchritte: vorrang.einschaetzung === "unwahrscheinlich" ? [] : [ANTRAG] };
  },
};

function ergebnis(einschaetzung: Einschaetzung, gruende: Grund[], fehlendeAngaben: FehlendeAngabe[]): BenefitResult {
  return { leistung: "bildung-und-teilhabe", einschaetzung, betragMonat: null, gruende, fehlendeAngaben, naechsteSchritte: [] };
}

/** Children under 18 (all parts) and pupils under 25 (school parts), plus the facts missing to tell. */
function junge(household: Household): { berechtigte: Berechtigte[]; fehlend: FehlendeAngabe[] } {
  const grenzen = valueAt(BUT_ALTERSGRENZEN, household.stichtag).value;
  const berechtigte: Berechtigte[] = [];
  const fehlend: FehlendeAngabe[] = [];
  for (const person of household.personen) {
    if (person.alter === undefined) {
      if (person.rolle === "kind") fehlend.push({ fakt: `personen.${person.index}.alter`, text: `Alter ${fuerPerson(person)}` });
      continue;
    }
    if (person.alter >= grenzen.schuelerUnter) continue;
    const schule = person.taetigkeit === "schule";
    const teilhabe = person.alter < grenzen.teilhabeUnter;
    if (schule || teilhabe) berechtigte.push({ person, schule, teilhabe });
    else if (person.taetigkeit === undefined) fehlend.push({ fakt: `personen.${person.index}.taetigkeit`, text: `Tätigkeit ${fuerPerson(person)}: Schule oder etwas anderes?` });
  }
  return { berechtigte, fehlend };
}

/** Whether a benefit that opens Bildung und Teilhabe applies, from the facts and the earlier verdicts. */
function voraussetzung(household: Household, earlier: RuleContext["earlier"]): { einschaetzung: Einschaetzung; grund: Grund; fehlend: FehlendeAngabe[] } {
  if (household.personen.some((p) => p.beziehtGrundsicherung === true)) {
    return {
      einschaetzung: "wahrscheinlich",
      grund: { code: "bildung-und-teilhabe.grundsicherung_bezug", text: "Nach Ihren Angaben bezieht jemand im Haushalt bereits Grundsicherungsgeld oder Sozialhilfe. Dann gibt es auch Leistungen für Bildung und Teilhabe." },
      fehlend: [],
    };
  }
  const stand = VORAUSSETZUNGEN.map((v) => ({ ...v, result: earlier[v.slug] }));
  const einschaetzung = besteEinschaetzung(stand.map((s) => s.result?.einschaetzung ?? "unklar"));
  const mit = (e: Einschaetzung) => stand.filter((s) => s.result?.einschaetzung === e).map((s) => s.name);
  const liste = (namen: string[]) => `${namen.length > 1 ? "kommen" : "kommt"} ${namen.join(" und ")}`;
  switch (einschaetzung) {
    case "wahrscheinlich":
    case "moeglich": {
      const wie = einschaetzung === "wahrscheinlich" ? "wahrscheinlich" : "möglicherweise";
      return {
        einschaetzung,
        grund: { code: `bildung-und-teilhabe.voraussetzung_${einschaetzung}`, text: `Nach dieser Einschätzung ${liste(mit(einschaetzung))} ${wie} in Frage. Wer ${mit(einschaetzung).length > 1 ? "eine dieser Leistungen" : "diese Leistung"} bekommt, kann auch Leistungen für Bildung und Teilhabe erhalten.` },
        fehlend: [],
      };
    }
    case "unklar": {
      const fehlend = stand.flatMap((s) => (s.result?.einschaetzung === "unklar" ? s.result.fehlendeAngaben : []));
      return {
        einschaetzung,
        grund: { code: "bildung-und-teilhabe.voraussetzung_offen", text: "Bildung und Teilhabe setzt voraus, dass der Haushalt Grundsicherungsgeld, Sozialhilfe, Kinderzuschlag oder Wohngeld bekommt. Ob das zutrifft, lässt sich nach Ihren Angaben noch nicht sagen." },
        fehlend: fehlend.filter((f, i) => fehlend.findIndex((g) => g.fakt === f.fakt) === i),
      };
    }
    case "unwahrscheinlich":
      return {
        einschaetzung,
        grund: { code: "bildung-und-teilhabe.keine_voraussetzung", text: "Nach Ihren Angaben kommt keine der Leistungen in Frage, die dafür nötig sind: Grundsicherungsgeld, Sozialhilfe, Kinderzuschlag oder Wohngeld. Bei hohen einmaligen Kosten, etwa für eine Klassenfahrt, kann es trotzdem einen Anspruch geben. Fragen Sie dann nach." },
        fehlend: [],
      };
  }
}

/** No fixed monthly sum: most parts pay actual costs; the fixed amounts are named here. */
function betragHinweis(household: Household, berechtigte: Berechtigte[]): string {
  const schulbedarf = valueAt(BUT_SCHULBEDARF, household.stichtag).value;
  const teilhabe = valueAt(BUT_TEILHABE_MONAT, household.stichtag).value;
  const schulkinder = berechtigte.filter((b) => b.schule).length;
  const teile = ["Kein fester Monatsbetrag."];
  if (schulkinder > 0) {
    const jahr = schulbedarf.erstesHalbjahr + schulbedarf.zweitesHalbjahr;
    const zusammen = schulkinder > 1 ? `, für ${schulkinder} Schulkinder zusammen ${euro(schulkinder * jahr)} im Schuljahr` : "";
    teile.push(`Schulbedarf: ${euro(schulbedarf.erstesHalbjahr)} zu Beginn des Schuljahres und ${euro(schulbedarf.zweitesHalbjahr)} zum zweiten Halbjahr je Schulkind${zusammen}.`);
  }
  if (berechtigte.some((b) => b.teilhabe)) {
    teile.push(`Für Verein, Musikunterricht oder Freizeiten bis zu ${euro(teilhabe)} im Monat je Kind unter 18, meist als Gutschein oder Zahlung an den Anbieter.`);
  }
  teile.push("Ausflüge, gemeinsames Mittagessen, Lernförderung und der Schulweg werden nach den tatsächlichen Kosten übernommen.");
  return teile.join(" ");
}
