/**
 * Moving through the questionnaire: which steps apply, where a step stands in the progress, which
 * step still needs answers, and pruning the answers of branches the user has left.
 */
import { STEPS } from "./steps";
import type { Answers, AnswerValue, Question, QuestionnaireEnv, Step } from "./types";

export type ActiveStep = { step: Step; questions: Question[] };

/** The steps that have questions for these answers, in order. */
export function activeSteps(answers: Answers, env: QuestionnaireEnv): ActiveStep[] {
  return STEPS.map((step) => ({ step, questions: step.questions(answers, env) })).filter((active) => active.questions.length > 0);
}

/** Whether a stored value is still a valid answer to the question as it is asked now. */
export function fitsQuestion(question: Question, value: AnswerValue): boolean {
  if (value === null) return question.optional === true;
  switch (question.kind) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && value >= question.min && value <= question.max;
    case "euro":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "plz":
      return typeof value === "string" && /^\d{5}$/.test(value);
    case "choice":
      return typeof value === "string" && question.options.some((option) => option.value === value);
    case "multi":
      return Array.isArray(value) && value.every((item) => question.options.some((option) => option.value === item));
  }
}

/**
 * Keeps only the answers to questions that are still asked, with values that still fit them:
 * "Kinder: 2" → "0" drops the children's ages, a new postcode drops a Mietstufe chosen for the
 * old one. One pass in step order is enough because a step only depends on earlier steps.
 */
export function pruneAnswers(answers: Answers, env: QuestionnaireEnv): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const step of STEPS) {
    for (const question of step.questions(kept, env)) {
      const value = answers[question.id];
      if (value !== undefined && fitsQuestion(question, value)) kept[question.id] = value;
    }
  }
  return kept;
}

/** A step is complete when each of its questions has an answer (an optional one may be null). */
function isComplete(active: ActiveStep, answers: Answers): boolean {
  return active.questions.every((question) => answers[question.id] !== undefined);
}

/** The first step that still needs answers; undefined when the questionnaire is complete. */
export function firstIncompleteStep(answers: Answers, env: QuestionnaireEnv): ActiveStep | undefined {
  return activeSteps(answers, env).find((active) => !isComplete(active, answers));
}

export type StepPosition = ActiveStep & {
  /** 1-based, for "Schritt 2 von 5". */
  number: number;
  total: number;
  previousId?: string;
  nextId?: string;
};

/**
 * The steps the progress indicator counts: the active ones, plus – while an earlier step is still
 * unanswered – those that may yet apply (so the first page already says "von 5", not "von 4"
 * until it is known whether there is a home to ask about).
 * Follow-up steps count only once they apply.
 */
function countedSteps(answers: Answers, env: QuestionnaireEnv): Step[] {
  let earlierIncomplete = false;
  const counted: Step[] = [];
  for (const step of STEPS) {
    const active = { step, questions: step.questions(answers, env) };
    if (active.questions.length > 0 || (earlierIncomplete && !step.followUp)) counted.push(step);
    if (active.questions.length > 0 && !isComplete(active, answers)) earlierIncomplete = true;
  }
  return counted;
}

/** Where a step stands; undefined if it does not apply to these answers. */
export function locateStep(stepId: string, answers: Answers, env: QuestionnaireEnv): StepPosition | undefined {
  const steps = activeSteps(answers, env);
  const index = steps.findIndex((active) => active.step.id === stepId);
  if (index < 0) return undefined;
  const counted = countedSteps(answers, env);
  return {
    ...steps[index]!,
    number: counted.findIndex((step) => step.id === stepId) + 1,
    total: counted.length,
    previousId: steps[index - 1]?.step.id,
    nextId: steps[index + 1]?.step.id,
  };
}

export function firstStepId(): string {
  return STEPS[0]!.id;
}
