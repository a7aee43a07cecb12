/**
 * What people type into amount and number fields, read the German way: "1.200,50", "1200,5",
 * "1200", "1 200 €". A dot followed by exactly three digits groups thousands; a dot followed by
 * one or two digits is read as a decimal point ("1200.50"), since nobody groups that way.
 */
import type { Cents } from "../../shared/money";
import type { AnswerValue, Question } from "./types";

/** Euros up to 9 integer digits; larger amounts are typing errors in a benefit check. */
const GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
const PLAIN_COMMA = /^(\d{1,9})(?:,(\d{1,2}))?$/;
const PLAIN_DOT = /^(\d{1,9})\.(\d{1,2})$/;

/** Removes spaces (also non-breaking) and a trailing currency sign or "EUR"/"Euro". */
function normalise(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, "").replace(/(?:€|eur|euro)$/i, "");
}

export function parseEuroCents(input: string): Cents | undefined {
  const text = normalise(input);
  const match = GROUPED.exec(text) ?? PLAIN_COMMA.exec(text) ?? PLAIN_DOT.exec(text);
  if (!match) return undefined;
  const euros = match[1]!.replaceAll(".", "");
  if (euros.length > 9) return undefined;
  const cents = (match[2] ?? "").padEnd(2, "0");
  return Number(euros) * 100 + Number(cents);
}

/** Cents back into the form field the way a German reader writes them: "1.200,50", "450". */
export function formatEuroInput(cents: Cents): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = cents % 100;
  return rest === 0 ? euros : `${euros},${rest.toString().padStart(2, "0")}`;
}

/** A whole number without sign or separators, as ages and counts are entered. */
export function parseWholeNumber(input: string): number | undefined {
  const text = input.trim();
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** A stored answer as the form field shows it again; unanswered checkbox groups show their initial ticks. */
export function toInputValue(question: Question, value: AnswerValue | undefined): string | string[] {
  if (question.kind === "multi") return Array.isArray(value) ? value : question.initial;
  if (value === undefined || value === null || Array.isArray(value)) return "";
  return question.kind === "euro" && typeof value === "number" ? formatEuroInput(value) : String(value);
}
