import { childCount, childOrdinals, childPrefix, hasPartner, PARTNER } from "../answers";
import { TAETIGKEIT_OPTIONS } from "../options";
import type { Answers, Question, Step } from "../types";
import { MIN_ALTER } from "./haushalt";

const TAETIGKEIT_HINT =
  "Wählen Sie, was die meiste Zeit ausfüllt. Das Einkommen fragen wir später. Rente zählt auch, wenn sie wegen Erwerbsminderung gezahlt wird.";

function childAge(answers: Answers, ordinal: number): Question {
  const single = childCount(answers) === 1;
  return {
    id: `${childPrefix(ordinal)}alter`,
    kind: "integer",
    label: single ? "Wie alt ist Ihr Kind?" : `Wie alt ist Ihr ${ordinal}. Kind?`,
    hint: "Das Alter in Jahren; 0 für Kinder unter einem Jahr. Kindergeld, Kinderzuschlag und Regelbedarf hängen vom Alter ab.",
    name: single ? "das Alter Ihres Kindes" : `das Alter Ihres ${ordinal}. Kindes`,
    min: 0,
    max: 24,
    unit: "Jahre",
  };
}

export const personen: Step = {
  id: "personen",
  title: "Personen im Haushalt",
  intro: "Was Sie und die Menschen in Ihrem Haushalt gerade machen, entscheidet, welche Leistungen in Frage kommen.",
  questions(answers: Answers): Question[] {
    const questions: Question[] = [
      {
        id: "taetigkeit",
        kind: "choice",
        display: "radio",
        label: "Was machen Sie zurzeit hauptsächlich?",
        hint: TAETIGKEIT_HINT,
        options: TAETIGKEIT_OPTIONS,
      },
    ];
    if (hasPartner(answers)) {
      questions.push(
        {
          id: `${PARTNER}alter`,
          kind: "integer",
          label: "Wie alt ist Ihre Partnerin oder Ihr Partner?",
          hint: "Das Alter in Jahren.",
          name: "das Alter Ihrer Partnerin oder Ihres Partners",
          min: MIN_ALTER,
          max: 120,
          unit: "Jahre",
        },
        {
          id: `${PARTNER}taetigkeit`,
          kind: "choice",
          display: "radio",
          label: "Was macht Ihre Partnerin oder Ihr Partner zurzeit hauptsächlich?",
          hint: TAETIGKEIT_HINT,
          options: TAETIGKEIT_OPTIONS,
        },
      );
    }
    return [...questions, ...childOrdinals(answers).map((ordinal) => childAge(answers, ordinal))];
  },
};
