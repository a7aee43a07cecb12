/**
 * Hilfe zur Pflege (§§ 61 ff. SGB XII): the Sozialamt pays the care costs the Pflegeversicherung
 * leaves open, if income and assets do not cover them. The facts know the Pflegegrad but not the
 * care costs, so there is no amount; income and assets are compared with the limits of § 85 and
 * § 90 SGB XII and explained.
 */
import { beiPerson, fuerPerson } from "../calc/personenbezug";
import { euro } from "../catalog/kennzahl";
import { unterhalteneKinder } from "../calc/unterhaltene-kinder";
import { applicant, partner, type Household, type Person } from "../facts";
import { SGB12_SCHONVERMOEGEN } from "../parameters/sgb12";
import { HILFE_ZUR_PFLEGE_VOLL_AB_PFLEGEGRAD } from "../parameters/sgb12-besondere-leistungen";
import { valueAt } from "../parameters/versioned";
import type { BenefitResult, BenefitRule, Einschaetzung, FehlendeAngabe, Grund, NaechsterSchritt } from "../types";
import { einkommensgrenze, nettoeinkommen } from "./hilfe-zur-pflege/einkommensgrenze";

const PFLEGEGRAD_BEANTRAGEN: NaechsterSchritt = {
  art: "hinweis",
  text: "Braucht jemand im Haushalt regelmäßig Hilfe im Alltag, beantragen Sie bei der Pflegekasse einen Pflegegrad. Das ist der erste Schritt.",
};

const SOZIALAMT_FRUEH: NaechsterSchritt = {
  art: "hinweis",
  text: "Die Pflegekasse zahlt zuerst. Reicht das nicht, melden Sie den Bedarf früh beim Sozialamt: Die Hilfe beginnt erst, wenn das Amt davon weiß.",
};

export const rule: BenefitRule = {
  slug: "hilfe-zur-pflege",
  evaluate({ household }) {
    const mitPflegegrad = household.personen.filter((p) => (p.pflegegrad ?? 0) >= 1);
    if (mitPflegegrad.length === 0) return ohnePflegegrad(household);

    const vollAb = valueAt(HILFE_ZUR_PFLEGE_VOLL_AB_PFLEGEGRAD, household.stichtag).value;
    const pflegebeduerftig = mitPflegegrad.filter((p) => p.pflegegrad! >= vollAb);
    if (pflegebeduerftig.length === 0) {
      const gruende = mitPflegegrad.map((p) => ({
        code: "hilfe-zur-pflege.pflegegrad_1",
        text: `${beiPerson(p)} ist Pflegegrad 1 angegeben. Dann umfasst Hilfe zur Pflege nur Pflegehilfsmittel, Umbauten in der Wohnung und den Entlastungsbetrag. Das zahlt meist schon die Pflegekasse. Nimmt der Hilfebedarf zu, beantragen Sie dort einen höheren Pflegegrad.`,
      }));
      return ergebnis("unwahrscheinlich", gruende, []);
    }

    const gruende: Grund[] = pflegebeduerftig.map((p) => ({
      code: "hilfe-zur-pflege.pflegegrad",
      text: `${beiPerson(p)} ist Pflegegrad ${p.pflegegrad} angegeben. Die Pflegeversicherung zahlt zuerst. Reicht das nicht, etwa beim Eigenanteil im Pflegeheim, kann das Sozialamt die übrigen Kosten übernehmen.`,
    }));
    const fehlend: FehlendeAngabe[] = [];
    let einschaetzung: Einschaetzung = "moeglich";

    const vermoegen = vermoegenspruefung(household);
    if (vermoegen) {
      gruende.push(vermoegen);
      if (vermoegen.code === "hilfe-zur-pflege.vermoegen_ueber_schonbetrag") einschaetzung = "unwahrscheinlich";
    }
    const paar = [applicant(household), partner(household)].filter((p): p is Person => p !== undefined);
    if (pflegebeduerftig.some((p) => paar.includes(p))) {
      const einkommen = einkommenspruefung(household, paar);
      if ("grund" in einkommen) gruende.push(einkommen.grund);
      else fehlend.push(...einkommen.fehlend);
    } else {
      gruende.push({ code: "hilfe-zur-pflege.einkommen_der_person", text: "Das Sozialamt prüft das Einkommen der pflegebedürftigen Person; bei minderjährigen Kindern auch das der Eltern." });
    }
    return { ...ergebnis(einschaetzung, gruende, fehlend), naechsteSchritte: einschaetzung === "moeglich" ? [SOZIALAMT_FRUEH] : [] };
  },
};

function ergebnis(einschaetzung: Einschaetzung, gruende: Grund[], fehlendeAngaben: FehlendeAngabe[]): BenefitResult {
  return {
    leistung: "hilfe-zur-pflege",
    einschaetzung,
    betragMonat: null,
    betragHinweis: einschaetzung === "unwahrscheinlich" ? undefined : "Kein Betrag: Die Hilfe hängt von den Pflegekosten und den Leistungen der Pflegekasse ab.",
    gruende,
    fehlendeAngaben,
    naechsteSchritte: [],
  };
}

function ohnePflegegrad(household: Household): BenefitResult {
  const offen = household.personen.filter((p) => p.pflegegrad === undefined);
  if (offen.length > 0) {
    return ergebnis(
      "unklar",
      [{ code: "hilfe-zur-pflege.pflegegrad_offen", text: "Hilfe zur Pflege setzt einen Pflegegrad voraus. Ob jemand im Haushalt einen hat, geht aus den Angaben nicht hervor." }],
      offen.map((p) => ({ fakt: `personen.${p.index}.pflegegrad`, text: `Pflegegrad ${fuerPerson(p)} (0, wenn keiner festgestellt ist)` })),
    );
  }
  return {
    ...ergebnis("unwahrscheinlich", [{ code: "hilfe-zur-pflege.kein_pflegegrad", text: "Nach Ihren Angaben hat niemand im Haushalt einen Pflegegrad. Hilfe zur Pflege kommt daher eher nicht in Frage." }], []),
    naechsteSchritte: [PFLEGEGRAD_BEANTRAGEN],
  };
}

/**
 * Assets above the protected amounts of the couple and the children they support (§ 90 Abs. 2
 * Nr. 9 SGB XII) come first. With other adults in the household the assets cannot be assigned,
 * so there is no statement.
 */
function vermoegenspruefung(household: Household): Grund | undefined {
  if (household.vermoegen === undefined || household.personen.some((p) => p.rolle === "sonstige")) return undefined;
  const s = valueAt(SGB12_SCHONVERMOEGEN, household.stichtag).value;
  const erwachsene = partner(household) ? 2 : 1;
  const schonbetrag = erwachsene * s.jeErwachsenen + unterhalteneKinder(household).length * s.jeUnterhaltenePerson;
  if (household.vermoegen > schonbetrag) {
    return {
      code: "hilfe-zur-pflege.vermoegen_ueber_schonbetrag",
      text: `Nach Ihren Angaben liegt das Vermögen über dem Schonbetrag von ${euro(schonbetrag)}. Das Sozialamt hilft in der Regel erst, wenn der Teil darüber für die Pflege eingesetzt ist. Eine selbst bewohnte, angemessene Wohnung zählt nicht dazu.`,
    };
  }
  return { code: "hilfe-zur-pflege.vermoegen_unter_schonbetrag", text: `Das Vermögen liegt nach Ihren Angaben im Schonbetrag von ${euro(schonbetrag)}. Es muss nicht eingesetzt werden.` };
}

/** Income of the couple against the limit of § 85 Abs. 1 SGB XII. */
function einkommenspruefung(household: Household, paar: Person[]): { grund: Grund } | { fehlend: FehlendeAngabe[] } {
  const fehlend: FehlendeAngabe[] = [];
  if (household.wohnart !== "ohne_wohnung" && household.wohnkosten === undefined) {
    fehlend.push({ fakt: "wohnen.wohnkosten_monat", text: "Monatliche Wohnkosten: Sie erhöhen die Einkommensgrenze." });
  }
  const einkommen = nettoeinkommen(paar);
  if ("fehlend" in einkommen) fehlend.push(...einkommen.fehlend);
  if (fehlend.length > 0 || !("betrag" in einkommen)) return { fehlend };

  const unterkunft = household.wohnart === "ohne_wohnung" ? 0 : (household.wohnkosten ?? 0) + (household.heizkosten ?? 0);
  const zuschlaege = paar.length - 1 + unterhalteneKinder(household).length;
  const grenze = einkommensgrenze(household.stichtag, unterkunft, zuschlaege);
  const wessen = paar.length > 1 ? "Ihr gemeinsames Einkommen" : "Ihr Einkommen";
  if (einkommen.betrag <= grenze) {
    return {
      grund: {
        code: "hilfe-zur-pflege.einkommen_unter_grenze",
        text: `${wessen} von ${euro(einkommen.betrag)} im Monat liegt unter der Einkommensgrenze von ${euro(grenze)}. Für die Pflege zu Hause wird es dann in der Regel nicht herangezogen. Im Pflegeheim wird Einkommen dagegen meist weitgehend eingesetzt.`,
      },
    };
  }
  return {
    grund: {
      code: "hilfe-zur-pflege.einkommen_ueber_grenze",
      text: `${wessen} von ${euro(einkommen.betrag)} im Monat liegt über der Einkommensgrenze von ${euro(grenze)}. Der Teil darüber wird in angemessenem Umfang für die Pflege eingesetzt. Bei hohen Pflegekosten kann trotzdem Hilfe zur Pflege dazukommen.`,
    },
  };
}
