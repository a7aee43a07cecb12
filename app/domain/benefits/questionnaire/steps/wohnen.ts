import { MIETSTUFEN_AMTLICHE_LISTE } from "../../places/mietstufe";
import { textAnswer } from "../answers";
import type { Answers, Option, Question, QuestionnaireEnv, Step } from "../types";

/** Stored when the user cannot tell the Mietstufe: the rules then report it as missing. */
export const MIETSTUFE_UNBEKANNT = "unbekannt";
const ALLE_MIETSTUFEN = [1, 2, 3, 4, 5, 6, 7];

/**
 * Asked only when the postcode does not decide the Mietstufe (§ 12 WoGG, Anlage zur WoGV):
 * either it covers municipalities of different Mietstufen – then the user picks the place – or
 * we do not know the postcode – then the user may pick the Mietstufe from the Wohngeldstelle's letter.
 */
function mietstufeQuestion(plz: string, env: QuestionnaireEnv): Question | undefined {
  const candidates = env.mietstufenFuerPlz(plz);
  if (candidates.length === 1) return undefined;
  const unbekannt: Option = { value: MIETSTUFE_UNBEKANNT, label: "Das weiß ich nicht" };
  if (candidates.length > 1) {
    return {
      id: "mietstufe",
      kind: "choice",
      display: "radio",
      label: "In welchem Ort wohnen Sie?",
      hint: `Zur Postleitzahl ${plz} gehören mehrere Gemeinden. Beim Wohngeld zählt je nach Gemeinde eine andere Höchstmiete.`,
      options: [
        ...candidates.map((candidate) => ({ value: String(candidate.mietstufe), label: candidate.orte.join(", ") })),
        unbekannt,
      ],
    };
  }
  return {
    id: "mietstufe",
    kind: "choice",
    display: "radio",
    label: "Welche Mietstufe hat Ihr Wohnort?",
    hint: `Zur Postleitzahl ${plz} kennen wir die Mietstufe noch nicht. Sie steht in einem Wohngeldbescheid oder in der Liste der Wohngeldverordnung. Wenn Sie sie nicht kennen, wählen Sie „Das weiß ich nicht“.`,
    hilfeLink: { titel: "Liste der Mietstufen aller Gemeinden (Wohngeldverordnung)", url: MIETSTUFEN_AMTLICHE_LISTE.url },
    options: [...ALLE_MIETSTUFEN.map((stufe) => ({ value: String(stufe), label: `Mietstufe ${stufe}` })), unbekannt],
  };
}

/** Tenants: the Bruttokaltmiete (§ 9 WoGG). Owners: the Belastung (§ 10 WoGG: Kapitaldienst incl. Tilgung plus Bewirtschaftung). */
function wohnkostenQuestion(wohnart: "miete" | "eigentum"): Question {
  return wohnart === "miete"
    ? {
        id: "wohnkosten",
        kind: "euro",
        label: "Wie hoch ist Ihre Miete im Monat ohne Heizung?",
        hint: "Die Kaltmiete plus Nebenkosten wie Wasser, Müllabfuhr und Hausreinigung (Bruttokaltmiete). Heizung und Warmwasser fragen wir gleich getrennt. Zum Beispiel 450 oder 612,50.",
        name: "Ihre Miete",
        perMonth: true,
      }
    : {
        id: "wohnkosten",
        kind: "euro",
        label: "Wie hoch sind Ihre Kosten für die eigene Wohnung im Monat ohne Heizung?",
        hint: "Zins und Tilgung der Kredite für die Wohnung, Grundsteuer und Nebenkosten wie Wasser und Müllabfuhr Zum Beispiel 380 oder 512,75.",
        name: "Ihre Wohnkosten",
        perMonth: true,
      };
}

const HEIZKOSTEN: Question = {
  id: "heizkosten",
  kind: "euro",
  label: "Wie viel zahlen Sie im Monat für Heizung und Warmwasser?",
  hint: "Den monatlichen Abschlag an Vermieter oder Energieversorger. Wenn Sie den Betrag nicht kennen, lassen Sie das Feld leer.",
  name: "Ihre Heizkosten",
  perMonth: true,
  optional: true,
};

export const wohnen: Step = {
  id: "wohnen",
  title: "Wohnen",
  intro: "Die Kosten für Ihre Wohnung zählen bei mehreren Leistungen, zum Beispiel beim Wohngeld und beim Grundsicherungsgeld.",
  questions(answers: Answers, env: QuestionnaireEnv): Question[] {
    const wohnart = textAnswer(answers, "wohnart");
    if (wohnart !== "miete" && wohnart !== "eigentum") return [];
    const plz = textAnswer(answers, "plz");
    const mietstufe = plz === undefined ? undefined : mietstufeQuestion(plz, env);
    return [...(mietstufe ? [mietstufe] : []), wohnkostenQuestion(wohnart), HEIZKOSTEN];
  },
};
