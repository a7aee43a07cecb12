/** Local wall time ↔ UTC instants for a time zone, via @date-fns/tz's offset lookup (no clock read). */
import { tzOffset } from "@date-fns/tz";
import type { LocalDate } from "../shared/dates";
import type { WallTime } from "./types";

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallTime(value: string): value is WallTime {
  return WALL_TIME.test(value);
}

export function wallMinutes(time: WallTime): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The instant at which clocks in `timeZone` show `date` `time`. A time in the skipped hour
 * (spring forward) maps to the instant one hour later on the wall; a repeated time (fall back)
 * maps to its second occurrence. "24:00" style ends are expressed as minutes ≥ 1440.
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, 0, minutes);
  const first = tzOffset(timeZone, new Date(asUtc));
  let instant = asUtc - first * 60_000;
  const second = tzOffset(timeZone, new Date(instant));
  if (second !== first) instant = asUtc - second * 60_000;
  return new Date(instant);
}

const PARTS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = PARTS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
    PARTS.set(timeZone, format);
  }
  return format;
}

/** The local calendar date of an instant in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Every date from `von` to `bis`, both included. */
export function datesBetween(von: LocalDate, bis: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = von; date <= bis; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** "2026-03-29T03:00:00+02:00": an instant as ISO 8601 with the zone's offset at that instant. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const offset = tzOffset(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
