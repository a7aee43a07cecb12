/**
 * Calendar dates as ISO strings ("2026-11-22"), which compare correctly as strings. The reference
 * date of a calculation (Stichtag) is always a parameter; "today" is computed from an injected
 * instant in Europe/Berlin, never read from the clock here.
 */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar date in Europe/Berlin at the given instant. */
const BERLIN_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** Formatting is the costly part and the date changes at most once a minute: kept per UTC minute. */
let lastMinute = Number.NaN;
let lastDate = "";

export function localDateInBerlin(instant: Date): LocalDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = BERLIN_DATE.format(instant);
    lastMinute = minute;
  }
  return lastDate;
}

/** Completed years of life on `on` (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = on.split("-").map(Number) as [number, number, number];
  const hadBirthday = om > bm || (om === bm && od >= bd);
  return oy - by - (hadBirthday ? 0 : 1);
}

/** "2026-07-01" → "1. Juli 2026" for texts and "Stand" lines. */
export function formatGermanDate(date: LocalDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
  return `${d}. ${months[m - 1]} ${y}`;
}

const DATE_TIME_BERLIN = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });

/** An instant as people in Germany read it: "07.12.2026, 15:30 Uhr" (Europe/Berlin). */
export function formatGermanDateTime(instant: Date): string {
  return `${DATE_TIME_BERLIN.format(instant)} Uhr`;
}
