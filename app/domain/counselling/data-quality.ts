/**
 * Data quality of a centre entry by its "zuletzt geprüft" date: editors are reminded to confirm
 * or correct the data once it is 6 months old, and the public finder marks entries older than
 * 12 months with a visible hint. Pure: the reference date (heute, Europe/Berlin) is a parameter.
 */
import type { LocalDate } from "../shared/dates";

/** Months after the last check at which editors are reminded. */
export const REMINDER_AFTER_MONTHS = 6;
/** Months after the last check from which the public pages show a hint. */
export const STALE_AFTER_MONTHS = 12;

export type VerificationState = "aktuell" | "pruefung_faellig" | "veraltet" | "nie_geprueft";

/** `date` plus `months` calendar months; a day missing in the target month becomes its last day. */
export function addMonthsToLocalDate(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first day on which a check done on `zuletztGeprueft` counts as due for a reminder. */
export const reminderDueOn = (zuletztGeprueft: LocalDate): LocalDate => addMonthsToLocalDate(zuletztGeprueft, REMINDER_AFTER_MONTHS);

/** Strictly older than 12 months: a check exactly 12 months ago is still current enough. */
export const isStale = (zuletztGeprueft: LocalDate, heute: LocalDate): boolean =>
  heute > addMonthsToLocalDate(zuletztGeprueft, STALE_AFTER_MONTHS);

export function verificationState(zuletztGeprueft: LocalDate | null, heute: LocalDate): VerificationState {
  if (zuletztGeprueft === null) return "nie_geprueft";
  if (isStale(zuletztGeprueft, heute)) return "veraltet";
  if (heute >= reminderDueOn(zuletztGeprueft)) return "pruefung_faellig";
  return "aktuell";
}

/**
 * The public hint for an entry not confirmed for more than 12 months, else null. An entry never
 * checked already says "Noch nicht geprüft" in its data section and gets no extra hint.
 */
export function staleHint(zuletztGeprueft: LocalDate | null, heute: LocalDate): string | null {
  return verificationState(zuletztGeprueft, heute) === "veraltet"
    ? "Diese Angaben wurden seit mehr als 12 Monaten nicht bestätigt. Bitte fragen Sie vor einem Besuch nach, ob sie noch stimmen."
    : null;
}

const nextDay = (date: LocalDate): LocalDate => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/**
 * The latest "zuletzt geprüft" date whose reminder is due on `heute`: a centre checked on or
 * before it (or never) is "Prüfung fällig" – the same rule as `verificationState`, as one date a
 * database query can compare with. Month ends make it differ from "heute minus 6 months"
 * (checked on 31 August → due on 28 February).
 */
export function dueIfCheckedOnOrBefore(heute: LocalDate): LocalDate {
  let date = addMonthsToLocalDate(heute, -REMINDER_AFTER_MONTHS);
  while (reminderDueOn(nextDay(date)) <= heute) date = nextDay(date);
  return date;
}

/** Whether editors should confirm or correct the entry: never checked, or the reminder is due. */
export const isCheckDue = (zuletztGeprueft: LocalDate | null, heute: LocalDate): boolean => verificationState(zuletztGeprueft, heute) !== "aktuell";
