/**
 * Reads one step's form submission into answers, or into error messages plus what the user typed
 * (so nothing is lost when the page comes back with errors). One zod schema per question, built
 * from the question itself, with messages that name the question.
 */
import { z } from "zod";
import { MAX_EURO } from "../facts";
import { parseEuroCents, parseWholeNumber } from "./parse-input";
import type { AnswerValue, Question } from "./types";

/** Form fields by name, every value as submitted (checkbox groups send several). */
export type FormInput = Readonly<Record<string, readonly string[]>>;

/** Echoed values are cut to this length: they travel back through the cookie. */
const MAX_ECHO_LENGTH = 60;

export type StepFeedback = {
  /** First error per question id. */
  errors: Record<string, string>;
  /** What the user submitted, per question id. */
  values: Record<string, string | string[]>;
};

export type StepReading = { ok: true; answers: Record<string, AnswerValue> } | { ok: false; feedback: StepFeedback };

const PLZ_MESSAGE = "Bitte geben Sie eine Postleitzahl mit 5 Ziffern an, zum Beispiel 04109.";

/** The submitted strings of one field, as zod receives them. */
const submitted = z.array(z.string()).optional();

function answerSchema(question: Question) {
  if (question.kind === "multi") {
    return submitted.transform((values, ctx) => {
      const chosen = values ?? [];
      if (chosen.some((value) => !question.options.some((option) => option.value === value))) {
        ctx.addIssue({ code: "custom", message: `Bitte wählen Sie nur Antworten aus der Liste: ${question.label}` });
        return z.NEVER;
      }
      return question.options.map((option) => option.value).filter((value) => chosen.includes(value));
    });
  }
  return submitted.transform((values, ctx): AnswerValue => {
    const text = (values?.[0] ?? "").trim();
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (text === "") {
      if (question.optional) return null;
      if (question.kind === "choice") return fail(`Bitte beantworten Sie die Frage: ${question.label}`);
      return fail(question.kind === "plz" ? PLZ_MESSAGE : `Bitte geben Sie ${question.name} an.`);
    }
    switch (question.kind) {
      case "integer": {
        const value = parseWholeNumber(text);
        if (value === undefined) return fail(`Bitte geben Sie ${question.name} als ganze Zahl an, zum Beispiel ${question.min === 0 ? 2 : 34}.`);
        if (value < question.min || value > question.max) {
          return fail(`Bitte geben Sie für ${question.name} eine Zahl von ${question.min} bis ${question.max} an.`);
        }
        return value;
      }
      case "euro": {
        const cents = parseEuroCents(text);
        if (cents === undefined) return fail(`Bitte geben Sie ${question.name} als Betrag in Euro an, zum Beispiel 1.200,50 oder 450.`);
        if (cents > MAX_EURO * 100) return fail(`Bitte prüfen Sie ${question.name}: Der Betrag ist zu hoch.`);
        return cents;
      }
      case "plz":
        return /^\d{5}$/.test(text) ? text : fail(PLZ_MESSAGE);
      case "choice":
        return question.options.some((option) => option.value === text) ? text : fail(`Bitte beantworten Sie die Frage: ${question.label}`);
    }
  });
}

function echo(question: Question, values: readonly string[] | undefined): string | string[] {
  if (question.kind === "multi") return (values ?? []).map((value) => value.slice(0, MAX_ECHO_LENGTH));
  return (values?.[0] ?? "").slice(0, MAX_ECHO_LENGTH);
}

export function readStepForm(questions: readonly Question[], input: FormInput): StepReading {
  const schema = z.object(Object.fromEntries(questions.map((question) => [question.id, answerSchema(question)])));
  const fields = Object.fromEntries(questions.map((question) => [question.id, input[question.id]]));
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, answers: parsed.data as Record<string, AnswerValue> };

  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const id = String(issue.path[0]);
    errors[id] ??= issue.message;
  }
  // Errors in question order, so the summary lists them as the page shows the fields.
  const ordered = Object.fromEntries(questions.filter((question) => errors[question.id]).map((question) => [question.id, errors[question.id]!]));
  const values = Object.fromEntries(questions.map((question) => [question.id, echo(question, input[question.id])]));
  return { ok: false, feedback: { errors: ordered, values } };
}
