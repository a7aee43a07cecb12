/**
 * The Leistungs-Check as data: steps of questions that depend on the answers given so far.
 * Answers are small typed values keyed by question id (they live in a cookie), amounts in cents.
 */

/** A stored answer: a number (integer, or cents for amounts), a choice, several choices, or "left empty" (null). */
export type AnswerValue = string | number | string[] | null;

/** Answers by question id. A key with `null` means: the optional question was shown and left empty. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type Option = { value: string; label: string };

type QuestionBase = {
  /** Stable id: form field name, HTML id and key in the answers. */
  id: string;
  /** The question as the user reads it. */
  label: string;
  /** Help text shown under the label (every question has one). */
  hint: string;
  /** An official page that helps to answer, linked after the help text. */
  hilfeLink?: { titel: string; url: string };
  /** Optional questions may be left empty (stored as null). */
  optional?: boolean;
};

/** Typed-in answers name themselves in error messages: an accusative noun phrase ("Bitte geben Sie Ihren Lohn an."). */
type Named = { name: string };

export type IntegerQuestion = QuestionBase & Named & { kind: "integer"; min: number; max: number; unit: string };
/** An amount in euros per month, entered with comma decimals ("1.200,50"), stored in cents. */
export type EuroQuestion = QuestionBase & Named & { kind: "euro"; perMonth: boolean };
export type PlzQuestion = QuestionBase & { kind: "plz" };
/** One of several options: radio buttons, or a select list for long ordered scales. */
export type ChoiceQuestion = QuestionBase & { kind: "choice"; options: Option[]; display: "radio" | "select" };
/** Any number of options (checkboxes); `initial` is what is ticked before the user answered. */
export type MultiQuestion = QuestionBase & { kind: "multi"; options: Option[]; initial: string[] };

export type Question = IntegerQuestion | EuroQuestion | PlzQuestion | ChoiceQuestion | MultiQuestion;

/** What the questionnaire needs from outside the answers: the Mietstufen a postcode can belong to. */
export type QuestionnaireEnv = {
  /**
   * The Mietstufen of the municipalities a postcode covers, each with the places it applies to.
   * One entry: the Mietstufe is clear. Several: the user picks. None: the postcode is unknown.
   */
  mietstufenFuerPlz(plz: string): ReadonlyArray<{ mietstufe: number; orte: readonly string[] }>;
};

export type Step = {
  /** URL segment, e.g. "haushalt" → /leistungs-check/haushalt. */
  id: string;
  title: string;
  /** One or two sentences under the heading: why we ask. */
  intro: string;
  /**
   * A follow-up only some households get (details after a "ja"). It is counted in the progress
   * only once it applies; other steps count while earlier answers could still make them apply.
   */
  followUp?: true;
  /**
   * The questions of this step for the answers given so far. A step may only look at answers of
   * EARLIER steps (tested), so a page never has to change while the user fills it in.
   */
  questions(answers: Answers, env: QuestionnaireEnv): Question[];
};
