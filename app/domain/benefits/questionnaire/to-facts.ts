/**
 * Answers of the Leistungs-Check → the facts the rules read, in the public API's shape (euros).
 * Where the check deliberately does not ask (pregnancy outside a plausible age), the fact is
 * stated as false; where the user said "weiß ich nicht", it stays open for the rules to report.
 */
import type { LocalDate } from "../../shared/dates";
import type { Cents } from "../../shared/money";
import type { FactsInput } from "../facts";
import { childOrdinals, childPrefix, hasPartner, listAnswer, numberAnswer, PARTNER, textAnswer } from "./answers";
import type { Answers } from "./types";
import { MIETSTUFE_UNBEKANNT } from "./steps/wohnen";

type PersonInput = FactsInput["personen"][number];
type IncomeInput = NonNullable<PersonInput["einkommen"]>[number];
type Taetigkeit = NonNullable<PersonInput["taetigkeit"]>;

const euro = (cents: Cents) => cents / 100;

function contributions(answers: Answers, id: string) {
  const paid = listAnswer(answers, id);
  return { steuern: paid.includes("steuern"), kranken_pflegeversicherung: paid.includes("kv"), rentenversicherung: paid.includes("rv") };
}

const NO_CONTRIBUTIONS = { steuern: false, kranken_pflegeversicherung: false, rentenversicherung: false };

/** The incomes of one adult; only the questions their activity led to have answers. */
function adultIncomes(answers: Answers, prefix: string): IncomeInput[] {
  const incomes: IncomeInput[] = [];
  const erwerb = numberAnswer(answers, `${prefix}erwerb_brutto`);
  if (erwerb !== undefined) {
    const netto = numberAnswer(answers, `${prefix}erwerb_netto`);
    incomes.push({
      art: "erwerbstaetigkeit",
      brutto_monat: euro(erwerb),
      ...(netto === undefined ? {} : { netto_monat: euro(netto) }),
      ...contributions(answers, `${prefix}erwerb_abzuege`),
    });
  }
  const rente = numberAnswer(answers, `${prefix}rente_brutto`);
  if (rente !== undefined) {
    const netto = numberAnswer(answers, `${prefix}rente_netto`);
    incomes.push({
      art: "rente",
      brutto_monat: euro(rente),
      ...(netto === undefined ? {} : { netto_monat: euro(netto) }),
      ...contributions(answers, `${prefix}rente_abzuege`),
    });
  }
  // Nothing is deducted from Arbeitslosengeld itself; the Agentur pays the insurances.
  const alg = numberAnswer(answers, `${prefix}alg`);
  if (alg) incomes.push({ art: "arbeitslosengeld", brutto_monat: euro(alg), netto_monat: euro(alg), ...NO_CONTRIBUTIONS });
  const nebenverdienst = numberAnswer(answers, `${prefix}nebenverdienst`);
  if (nebenverdienst) incomes.push({ art: "erwerbstaetigkeit", brutto_monat: euro(nebenverdienst), ...NO_CONTRIBUTIONS });
  return incomes;
}

function erwerbsfaehig(answers: Answers, prefix: string): boolean | undefined {
  const answer = textAnswer(answers, `${prefix}erwerbsfaehig`);
  return answer === "ja" ? true : answer === "nein" ? false : undefined;
}

/** GdB and Pflegegrad: 0 for everyone when nobody has one, otherwise as chosen per person. */
function impairment(answers: Answers, prefix: string) {
  if (textAnswer(answers, "beeintraechtigung") !== "ja") return { grad_der_behinderung: 0, pflegegrad: 0 };
  return {
    grad_der_behinderung: Number(textAnswer(answers, `${prefix}gdb`) ?? 0),
    pflegegrad: Number(textAnswer(answers, `${prefix}pflegegrad`) ?? 0),
  };
}

/** Splits a total over n recipients in whole cents; the first ones take the remainder. */
function splitCents(total: Cents, n: number): Cents[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

function people(answers: Answers): PersonInput[] {
  const schwanger = textAnswer(answers, "schwanger");
  const grundsicherung = textAnswer(answers, "grundsicherung") === "ja";
  const adult = (prefix: string, rolle: "antragsteller" | "partner", pregnant: boolean): PersonInput => ({
    rolle,
    alter: numberAnswer(answers, `${prefix}alter`),
    taetigkeit: textAnswer(answers, `${prefix}taetigkeit`) as Taetigkeit | undefined,
    erwerbsfaehig: erwerbsfaehig(answers, prefix),
    schwanger: pregnant,
    ...impairment(answers, prefix),
    bezieht_grundsicherung: grundsicherung,
    einkommen: adultIncomes(answers, prefix),
  });

  const persons: PersonInput[] = [adult("", "antragsteller", schwanger === "ich")];
  if (hasPartner(answers)) persons.push(adult(PARTNER, "partner", schwanger === "partnerin"));

  const ordinals = childOrdinals(answers);
  const unterhalt = splitCents(numberAnswer(answers, "unterhalt") ?? 0, Math.max(ordinals.length, 1));
  ordinals.forEach((ordinal, i) => {
    const prefix = childPrefix(ordinal);
    persons.push({
      rolle: "kind",
      alter: numberAnswer(answers, `${prefix}alter`),
      taetigkeit: textAnswer(answers, `${prefix}taetigkeit`) as Taetigkeit | undefined,
      ...impairment(answers, prefix),
      bezieht_grundsicherung: grundsicherung,
      einkommen: unterhalt[i] ? [{ art: "unterhalt", brutto_monat: euro(unterhalt[i]), ...NO_CONTRIBUTIONS }] : [],
    });
  });

  // Further adults: we ask only their joint income, booked to the first of them.
  const weitere = numberAnswer(answers, "weitere") ?? 0;
  const weitereEinkommen = numberAnswer(answers, "weitere_einkommen");
  for (let i = 0; i < weitere; i++) {
    persons.push({
      rolle: "sonstige",
      einkommen: i === 0 && weitereEinkommen ? [{ art: "sonstiges", brutto_monat: euro(weitereEinkommen), ...NO_CONTRIBUTIONS }] : [],
    });
  }
  return persons;
}

function housing(answers: Answers): FactsInput["wohnen"] {
  const art = textAnswer(answers, "wohnart") as "miete" | "eigentum" | "ohne_wohnung" | undefined;
  const wohnkosten = numberAnswer(answers, "wohnkosten");
  const heizkosten = numberAnswer(answers, "heizkosten");
  return {
    art,
    ...(wohnkosten === undefined ? {} : { wohnkosten_monat: euro(wohnkosten) }),
    ...(heizkosten === undefined ? {} : { heizkosten_monat: euro(heizkosten) }),
  };
}

export function toFactsInput(answers: Answers, stichtag: LocalDate): FactsInput {
  const mietstufe = textAnswer(answers, "mietstufe");
  const vermoegen = numberAnswer(answers, "vermoegen");
  return {
    stichtag,
    wohnort: {
      plz: textAnswer(answers, "plz"),
      ...(mietstufe === undefined || mietstufe === MIETSTUFE_UNBEKANNT ? {} : { mietstufe: Number(mietstufe) }),
    },
    wohnen: housing(answers),
    ...(vermoegen === undefined ? {} : { vermoegen: euro(vermoegen) }),
    personen: people(answers),
  };
}
