/**
 * Opening hours as people read them: today's hours for a search hit, the week with today marked
 * for the centre page, and the coming exceptions (holidays, closed days). The moment is passed
 * in (`localMoment(new Date())` at the route edge), so every text is testable.
 */
import { WOCHENTAG_LANG } from "./labels";
import { formatTime, hoursOn, isOpenAt, type HoursException, type LocalMoment, type TimeRange, type WeeklyRule, type Wochentag } from "./opening-hours";

/** "9:00–12:00 und 13:00–16:00 Uhr"; "geschlossen" for no ranges. */
export function formatRanges(ranges: readonly TimeRange[]): string {
  if (ranges.length === 0) return "geschlossen";
  return `${ranges.map((range) => `${formatTime(range.von)}–${formatTime(range.bis)}`).join(" und ")} Uhr`;
}

export type TodayHours = {
  /** False when the centre gives no opening hours at all (phone-only offers, unknown). */
  known: boolean;
  openNow: boolean;
  ranges: TimeRange[];
  /** "Heute 9:00–16:00 Uhr", "Heute geschlossen", "Keine Öffnungszeiten angegeben". */
  text: string;
};

export function todayHours(rules: readonly WeeklyRule[], exceptions: readonly HoursException[], moment: LocalMoment): TodayHours {
  const ranges = hoursOn(rules, exceptions, moment.datum, moment.wochentag);
  const known = rules.length > 0 || exceptions.some((exception) => exception.datum === moment.datum);
  if (!known) return { known, openNow: false, ranges, text: "Keine Öffnungszeiten angegeben" };
  const openNow = isOpenAt(rules, exceptions, moment);
  return { known, openNow, ranges, text: `Heute ${formatRanges(ranges)}` };
}

export type WeekRow = { wochentag: Wochentag; tag: string; zeiten: string; heute: boolean };

/** Monday to Sunday with the weekly hours; `heute` marks the moment's weekday. */
export function weekRows(rules: readonly WeeklyRule[], moment: LocalMoment): WeekRow[] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((wochentag) => ({
    wochentag,
    tag: WOCHENTAG_LANG[wochentag],
    // No exceptions here: the week shows the rule, exceptions are listed on their own.
    zeiten: formatRanges(hoursOn(rules, [], "", wochentag)),
    heute: wochentag === moment.wochentag,
  }));
}

export type ExceptionRow = { datum: string; tag: string; zeiten: string; hinweis: string | null; heute: boolean };

const WEEKDAY_OF_UTC: readonly Wochentag[] = [7, 1, 2, 3, 4, 5, 6];

/** The weekday of an ISO date (calendar arithmetic, no time zone involved). */
export function weekdayOf(datum: string): Wochentag {
  const [year, month, day] = datum.split("-").map(Number);
  return WEEKDAY_OF_UTC[new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay()]!;
}

/** "24.12.2026" from "2026-12-24". */
export function formatDate(datum: string): string {
  const [year, month, day] = datum.split("-");
  return `${day}.${month}.${year}`;
}

function addDays(datum: string, days: number): string {
  const [year, month, day] = datum.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** Exceptions from today up to `days` ahead, in date order, as rows for the centre page. */
export function upcomingExceptions(
  exceptions: ReadonlyArray<HoursException & { hinweis?: string | null }>,
  moment: LocalMoment,
  days = 90,
): ExceptionRow[] {
  const last = addDays(moment.datum, days);
  return exceptions
    .filter((exception) => exception.datum >= moment.datum && exception.datum <= last)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))
    .map((exception) => ({
      datum: exception.datum,
      tag: `${WOCHENTAG_LANG[weekdayOf(exception.datum)]}, ${formatDate(exception.datum)}`,
      zeiten: formatRanges(hoursOn([], [exception], exception.datum, weekdayOf(exception.datum))),
      hinweis: exception.hinweis ?? null,
      heute: exception.datum === moment.datum,
    }));
}
