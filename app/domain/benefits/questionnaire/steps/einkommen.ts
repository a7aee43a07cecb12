import { childCount, hasPartner, numberAnswer, PARTNER, textAnswer } from "../answers";
import { ABZUG_OPTIONS } from "../options";
import type { Answers, Question, Step } from "../types";

type Wer = { prefix: string; self: boolean };
type Noun = { word: string; feminine: boolean };

const PARTNER_GENITIVE = "Ihrer Partnerin oder Ihres Partners";
/** "Ihr Lohn" / "der Lohn Ihrer Partnerin oder Ihres Partners". */
const nominative = (wer: Wer, noun: Noun) =>
  wer.self ? `${noun.feminine ? "Ihre" : "Ihr"} ${noun.word}` : `${noun.feminine ? "die" : "der"} ${noun.word} ${PARTNER_GENITIVE}`;
/** "Ihren Lohn" / "den Lohn Ihrer Partnerin oder Ihres Partners". */
const accusative = (wer: Wer, noun: Noun) =>
  wer.self ? `${noun.feminine ? "Ihre" : "Ihren"} ${noun.word}` : `${noun.feminine ? "die" : "den"} ${noun.word} ${PARTNER_GENITIVE}`;
/** "von Ihrem Lohn" / "vom Lohn Ihrer Partnerin oder Ihres Partners". */
const fromThe = (wer: Wer, noun: Noun) =>
  wer.self
    ? `von ${noun.feminine ? "Ihrer" : "Ihrem"} ${noun.word}`
    : `${noun.feminine ? "von der" : "vom"} ${noun.word} ${PARTNER_GENITIVE}`;
const paidOut = (wer: Wer) =>
  wer.self ? "Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?" : `Wie viel davon bekommt Ihre Partnerin oder Ihr Partner im Monat ausgezahlt (netto)?`;

const EARNINGS_NOUN = {
  beschaeftigt: { word: "Lohn", feminine: false },
  ausbildung: { word: "Ausbildungsvergütung", feminine: true },
  selbststaendig: { word: "Gewinn", feminine: false },
} as const;
const RENTE: Noun = { word: "Rente", feminine: true };

const ABZUEGE_HINT = "Wir haben angekreuzt, was meistens zutrifft. Ändern Sie die Auswahl, wenn es anders ist.";

/**
 * Earnings from work: gross, net and the contributions paid from them. Employees and trainees
 * usually pay tax and all social insurance, so those boxes start ticked; self-employed people
 * usually pay tax and health insurance but no statutory pension insurance.
 */
function earnings(wer: Wer, taetigkeit: keyof typeof EARNINGS_NOUN): Question[] {
  const noun = EARNINGS_NOUN[taetigkeit];
  const betrag = nominative(wer, noun);
  const selbststaendig = taetigkeit === "selbststaendig";
  return [
    {
      id: `${wer.prefix}erwerb_brutto`,
      kind: "euro",
      label: selbststaendig ? `Wie hoch ist ${betrag} im Monat vor Steuern?` : `Wie hoch ist ${betrag} im Monat vor Abzügen (brutto)?`,
      hint: selbststaendig
        ? "Der durchschnittliche Gewinn im Monat: Einnahmen minus Betriebsausgaben. Eine Schätzung reicht."
        : "Steht auf der Lohnabrechnung als Gesamtbrutto. Wenn der Betrag schwankt, nehmen Sie den Durchschnitt.",
      name: accusative(wer, noun),
      perMonth: true,
    },
    {
      id: `${wer.prefix}erwerb_netto`,
      kind: "euro",
      label: paidOut(wer),
      hint: selbststaendig
        ? "Was nach Steuern und Versicherungen im Monat übrig bleibt. Eine Schätzung reicht."
        : "Steht auf der Lohnabrechnung als Auszahlungsbetrag.",
      name: `den Nettobetrag ${fromThe(wer, noun)}`,
      perMonth: true,
    },
    {
      id: `${wer.prefix}erwerb_abzuege`,
      kind: "multi",
      label: `Was wird ${fromThe(wer, noun)} bezahlt?`,
      hint: `${ABZUEGE_HINT} Bei einem Minijob wird oft nichts davon abgezogen.`,
      options: ABZUG_OPTIONS,
      initial: selbststaendig ? ["steuern", "kv"] : ["steuern", "kv", "rv"],
    },
  ];
}

/**
 * Pensions: the gross amount (Wohngeld) and the amount paid out (Grundsicherung im Alter counts
 * what arrives); pensioners usually pay health and care insurance, rarely tax.
 */
function pension(wer: Wer): Question[] {
  const rente = nominative(wer, RENTE);
  return [
    {
      id: `${wer.prefix}rente_brutto`,
      kind: "euro",
      label: `Wie hoch ist ${rente} im Monat vor Abzügen (brutto)?`,
      hint: "Steht im Rentenbescheid oder in der letzten Rentenanpassung. Mehrere Renten zählen Sie bitte zusammen.",
      name: accusative(wer, RENTE),
      perMonth: true,
    },
    {
      id: `${wer.prefix}rente_netto`,
      kind: "euro",
      label: paidOut(wer),
      hint: "Der Betrag, der jeden Monat auf dem Konto ankommt: die Rente nach Abzug der Kranken- und Pflegeversicherung.",
      name: `den Zahlbetrag ${fromThe(wer, RENTE)}`,
      perMonth: true,
    },
    {
      id: `${wer.prefix}rente_abzuege`,
      kind: "multi",
      label: `Was wird ${fromThe(wer, RENTE)} bezahlt?`,
      hint: ABZUEGE_HINT,
      options: ABZUG_OPTIONS,
      initial: ["kv"],
    },
  ];
}

function unemploymentBenefit(wer: Wer): Question {
  return {
    id: `${wer.prefix}alg`,
    kind: "euro",
    label: wer.self ? "Wie viel Arbeitslosengeld bekommen Sie im Monat?" : "Wie viel Arbeitslosengeld bekommt Ihre Partnerin oder Ihr Partner im Monat?",
    hint: "Gemeint ist das Arbeitslosengeld von der Agentur für Arbeit, nicht Bürgergeld oder Grundsicherungsgeld. Lassen Sie das Feld leer, wenn keins gezahlt wird.",
    name: wer.self ? "Ihr Arbeitslosengeld" : "das Arbeitslosengeld Ihrer Partnerin oder Ihres Partners",
    perMonth: true,
    optional: true,
  };
}

function sideEarnings(wer: Wer): Question {
  return {
    id: `${wer.prefix}nebenverdienst`,
    kind: "euro",
    label: wer.self ? "Wie viel verdienen Sie nebenbei im Monat (brutto)?" : "Wie viel verdient Ihre Partnerin oder Ihr Partner nebenbei im Monat (brutto)?",
    hint: "Zum Beispiel mit einem Minijob. Lassen Sie das Feld leer, wenn es keinen Verdienst gibt.",
    name: wer.self ? "Ihren Nebenverdienst" : "den Nebenverdienst Ihrer Partnerin oder Ihres Partners",
    perMonth: true,
    optional: true,
  };
}

function incomeQuestions(answers: Answers, wer: Wer): Question[] {
  const taetigkeit = textAnswer(answers, `${wer.prefix}taetigkeit`);
  switch (taetigkeit) {
    case "beschaeftigt":
    case "ausbildung":
    case "selbststaendig":
      return earnings(wer, taetigkeit);
    case "rente":
      return pension(wer);
    case "arbeitslos":
      return [unemploymentBenefit(wer)];
    case "schule":
    case "studium":
    case "sonstige":
      return [sideEarnings(wer)];
    default:
      return [];
  }
}

const UNTERHALT: Question = {
  id: "unterhalt",
  kind: "euro",
  label: "Wie viel Unterhalt oder Unterhaltsvorschuss bekommen Ihre Kinder im Monat zusammen?",
  hint: "Zahlungen des anderen Elternteils oder vom Jugendamt für die Kinder. Kindergeld gehört nicht dazu. Lassen Sie das Feld leer, wenn es keinen Unterhalt gibt.",
  name: "den Unterhalt für die Kinder",
  perMonth: true,
  optional: true,
};

const WEITERE_EINKOMMEN: Question = {
  id: "weitere_einkommen",
  kind: "euro",
  label: "Wie viel Einkommen haben die weiteren Personen in Ihrem Haushalt zusammen im Monat (brutto)?",
  hint: "Lohn, Rente oder andere Einnahmen der weiteren Personen. Eine Schätzung reicht. Lassen Sie das Feld leer, wenn sie kein Einkommen haben.",
  name: "das Einkommen der weiteren Personen",
  perMonth: true,
  optional: true,
};

const VERMOEGEN: Question = {
  id: "vermoegen",
  kind: "euro",
  label: "Wie viel Vermögen hat Ihr Haushalt ungefähr?",
  hint: "Ersparnisse, Bargeld, Aktien oder Lebensversicherungen von allen Personen zusammen. Eine selbst bewohnte Wohnung und ein angemessenes Auto zählen nicht mit. Schreiben Sie 0, wenn es kein Vermögen gibt.",
  name: "Ihr Vermögen",
  perMonth: false,
};

export const einkommen: Step = {
  id: "einkommen",
  title: "Einkommen und Vermögen",
  intro: "Zum Schluss fragen wir nach Geld, das Ihr Haushalt jeden Monat bekommt. Kindergeld müssen Sie nicht angeben, das rechnen wir selbst.",
  questions(answers: Answers): Question[] {
    return [
      ...incomeQuestions(answers, { prefix: "", self: true }),
      ...(hasPartner(answers) ? incomeQuestions(answers, { prefix: PARTNER, self: false }) : []),
      ...(childCount(answers) > 0 ? [UNTERHALT] : []),
      ...((numberAnswer(answers, "weitere") ?? 0) > 0 ? [WEITERE_EINKOMMEN] : []),
      VERMOEGEN,
    ];
  },
};
