/**
 * BAföG for everyone in the household who studies, goes to school from Klasse 10 or does a
 * school-based training. The facts know neither the parents' income nor the type of school, so
 * the verdict stays "moeglich" at best, and the amount is an upper bound: the Höchstsatz for
 * students (pupils' rates depend on the type of school and are left out).
 */
import { besteEinschaetzung } from "../calc/einschaetzung";
import { beiPerson, fuerPerson, mitVerb, personName } from "../calc/personenbezug";
import { wohntBeiEltern } from "../calc/wohnsituation-eltern";
import { euro } from "../catalog/kennzahl";
import type { Household, Person } from "../facts";
import { BAFOEG_ALTERSGRENZE, BAFOEG_BEDARF } from "../parameters/bafoeg";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund } from "../types";
import { sum, type Cents } from "../../shared/money";
import { hoechstsatzStudium, vermoegensanrechnung } from "./bafoeg/obergrenze";

/**
 * Schüler-BAföG starts in Klasse 10 (§ 2 Abs. 1 Nr. 1 BAföG). The facts have no class, so the age
 * stands in for it: after school entry at six, Klasse 10 is usually reached at 15.
 */
const UEBLICHES_ALTER_KLASSE_10 = 15;

type Bewertung = { person: Person; einschaetzung: Einschaetzung; gruende: Grund[]; fehlend: FehlendeAngabe[]; obergrenze: Cents | null };

const ANTRAG_RECHTZEITIG = {
  art: "hinweis",
  text: "Stellen Sie den Antrag rechtzeitig: BAföG gibt es frühestens ab dem Monat, in dem der Antrag eingeht.",
} as const;

export const rule: BenefitRule = {
  slug: "bafoeg",
  evaluate({ household }) {
    const altersgrenze = valueAt(BAFOEG_ALTERSGRENZE, household.stichtag).value;
    const bewertungen = household.personen.filter(istKandidat).map((p) => bewerte(p, household, altersgrenze));
    // Other household members (rolle "sonstige") are evaluated when their activity is given, not asked for.
    const offen = household.personen.filter((p) => p.rolle !== "sonstige" && p.taetigkeit === undefined && (p.alter === undefined || (p.alter >= UEBLICHES_ALTER_KLASSE_10 && p.alter < altersgrenze)));
    const einschaetzung = besteEinschaetzung([...bewertungen.map((b) => b.einschaetzung), ...(offen.length > 0 ? (["unklar"] as const) : [])]);

    const gruende = bewertungen.flatMap((b) => b.gruende);
    if (einschaetzung === "unklar") gruende.push({ code: "bafoeg.taetigkeit_offen", text: "BAföG gibt es für Schule ab Klasse 10, Studium und schulische Ausbildung. Ob jemand im Haushalt dazu gehört, geht aus den Angaben noch nicht hervor." });
    if (bewertungen.length === 0 && offen.length === 0) gruende.push({ code: "bafoeg.keine_ausbildung", text: `Nach Ihren Angaben kommt im Haushalt niemand für BAföG in Frage. Es gibt BAföG für Schule ab Klasse 10, Studium und schulische Ausbildung, wenn sie vor dem ${altersgrenze}. Geburtstag beginnen.` });

    return {
      leistung: "bafoeg",
      einschaetzung,
      ...betrag(bewertungen),
      gruende,
      fehlendeAngaben: [
        ...bewertungen.flatMap((b) => b.fehlend),
        ...offen.map((p) => ({ fakt: `personen.${p.index}.taetigkeit`, text: `Tätigkeit ${fuerPerson(p)}: Schule, Ausbildung, Studium oder anderes` })),
      ],
      naechsteSchritte: einschaetzung === "unwahrscheinlich" ? [] : [ANTRAG_RECHTZEITIG],
    };
  },
};

function istKandidat(p: Person): boolean {
  if (p.taetigkeit === "schule") return p.alter === undefined || p.alter >= UEBLICHES_ALTER_KLASSE_10;
  return p.taetigkeit === "studium" || p.taetigkeit === "ausbildung";
}

function bewerte(person: Person, household: Household, altersgrenze: number): Bewertung {
  const bewertung: Bewertung = { person, einschaetzung: "moeglich", gruende: [], fehlend: [], obergrenze: null };
  if (person.taetigkeit === "studium") bewerteStudium(bewertung, household);
  else if (person.taetigkeit === "schule") bewertung.gruende.push(schulGrund(person, household));
  else bewertung.gruende.push({ code: "bafoeg.ausbildung_schulisch", text: `${beiPerson(person)} ist eine Ausbildung angegeben. BAföG gibt es nur für eine schulische Ausbildung, etwa an einer Berufsfachschule. Für eine Ausbildung im Betrieb kommt stattdessen Berufsausbildungsbeihilfe in Frage.` });

  if (person.alter === undefined) {
    bewertung.fehlend.push({ fakt: `personen.${person.index}.alter`, text: `Alter ${fuerPerson(person)}: wichtig für die Altersgrenze von ${altersgrenze} Jahren` });
  } else if (person.alter >= altersgrenze) {
    bewertung.gruende.push({
      code: "bafoeg.altersgrenze",
      text: `${mitVerb(person, "sind", "ist")} ${person.alter} Jahre alt. BAföG gibt es in der Regel nur, wenn der Ausbildungsabschnitt vor dem ${altersgrenze}. Geburtstag begonnen hat. Es gibt Ausnahmen, etwa nach der Erziehung eigener Kinder. Ob das zutrifft, zeigen die Angaben nicht.`,
    });
  }
  return bewertung;
}

function bewerteStudium(bewertung: Bewertung, household: Household): void {
  const { person } = bewertung;
  const stichtag = household.stichtag;
  bewertung.gruende.push({ code: "bafoeg.studium", text: `${beiPerson(person)} ist ein Studium angegeben. Studierende können BAföG bekommen, wenn das Einkommen der Eltern und das eigene Einkommen und Vermögen nicht zu hoch sind.` });

  const beiEltern = wohntBeiEltern(person, household);
  const b = valueAt(BAFOEG_BEDARF, stichtag).value;
  if (beiEltern === true) {
    bewertung.gruende.push({ code: "bafoeg.wohnt_bei_eltern", text: `${mitVerb(person, "leben", "lebt")} als Kind in Ihrem Haushalt. Wer bei den Eltern wohnt, bekommt eine kleinere Wohnpauschale (${euro(b.wohnenBeiEltern)} statt ${euro(b.wohnenAuswaerts)}).` });
  } else if (beiEltern === undefined) {
    bewertung.gruende.push({ code: "bafoeg.wohnsituation_offen", text: `Ob ${mitVerb(person, "bei Ihren Eltern wohnen", "bei den Eltern wohnt")}, geht aus den Angaben nicht hervor. Die Obergrenze gilt ohne Eltern im Haushalt; bei den Eltern ist sie ${euro(b.wohnenAuswaerts - b.wohnenBeiEltern)} niedriger.` });
  }
  let obergrenze = hoechstsatzStudium(person.alter, beiEltern === true, stichtag);

  // Only a one-person household's assets are certainly the student's own (§ 26 BAföG counts no one else's).
  if (household.personen.length === 1 && household.vermoegen !== undefined) {
    const { freibetrag, abzugMonat } = vermoegensanrechnung(household.vermoegen, person.alter, stichtag);
    if (abzugMonat > 0) {
      obergrenze = Math.max(0, obergrenze - abzugMonat);
      const deckt = obergrenze === 0;
      bewertung.gruende.push({
        code: deckt ? "bafoeg.vermoegen_deckt_bedarf" : "bafoeg.vermoegen_mindert",
        text: `Ihr Vermögen liegt über dem Freibetrag von ${euro(freibetrag)}. Der Teil darüber wird auf ein Jahr verteilt angerechnet, das sind ${euro(abzugMonat)} im Monat.${deckt ? " Damit ist der Bedarf gedeckt, solange das Vermögen reicht." : ""}`,
      });
      if (deckt) bewertung.einschaetzung = "unwahrscheinlich";
    }
  }
  bewertung.obergrenze = obergrenze;
}

function schulGrund(person: Person, household: Household): Grund {
  if (wohntBeiEltern(person, household) === true) {
    return {
      code: "bafoeg.schule_bei_eltern",
      text: `${beiPerson(person)} ist Schule angegeben. Wer bei den Eltern wohnt, bekommt Schüler-BAföG nur an bestimmten Schulen, etwa an einer Berufsfachschule mit Berufsabschluss oder an einer Fachoberschule nach einer Ausbildung. Am Gymnasium oder an der Realschule gibt es dann kein BAföG.`,
    };
  }
  return {
    code: "bafoeg.schule",
    text: `${beiPerson(person)} ist Schule angegeben. Schüler-BAföG gibt es ab Klasse 10. An Gymnasien und anderen allgemeinbildenden Schulen setzt es voraus, dass man nicht bei den Eltern wohnt, etwa weil die Schule von dort zu weit entfernt ist.`,
  };
}

function betrag(bewertungen: Bewertung[]): Pick<BenefitResult, "betragMonat" | "betragHinweis"> {
  const offen = bewertungen.filter((b) => b.einschaetzung !== "unwahrscheinlich");
  if (offen.length === 0) return { betragMonat: null };
  const studierende = offen.filter((b) => b.obergrenze !== null);
  const ohneBetrag = offen.length > studierende.length ? " Für Schule und schulische Ausbildung ist kein Betrag enthalten, weil er von der Schulart abhängt." : "";
  if (studierende.length === 0) {
    return { betragMonat: null, betragHinweis: "Kein Betrag: Bei Schule und schulischer Ausbildung hängt der Satz von der Schulart und der Wohnsituation ab." };
  }
  const einzeln = studierende.map((b) => `${personName(b.person)}: ${euro(b.obergrenze!)}`).join(", ");
  return {
    betragMonat: sum(studierende.map((b) => b.obergrenze!)),
    betragHinweis: `Obergrenze, kein genauer Betrag (${einzeln}): BAföG-Höchstsatz für Studierende mit Zuschlägen für eine eigene Kranken- und Pflegeversicherung. Einkommen der Eltern und eigenes Einkommen mindern ihn. Die Hälfte ist ein zinsloses Darlehen.${ohneBetrag}`,
  };
}
