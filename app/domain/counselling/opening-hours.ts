/**
 * Opening hours of a Beratungsstelle: weekly rules plus date exceptions, all in local time
 * (Europe/Berlin). Pure functions: the moment to check is always passed in — `localMoment`
 * turns an injected instant into it, so "open now" is testable across both DST changes.
 *
 * Times are minutes after midnight; `bis` is exclusive and may be 1440 ("24:00"). A range that
 * crosses midnight ("Fr 20:00-02:00") is stored as two rules (Fr 20:00–24:00, Sa 0:00–2:00), so
 * every check looks at one day only.
 */
export type Wochentag = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A weekly opening rule: weekday 1 = Monday … 7 = Sunday; minutes after midnight, `bis` exclusive. */
export type WeeklyRule = { wochentag: Wochentag; von: number; bis: number };
export type TimeRange = { von: number; bis: number };
/** A date-specific exception: closed all day (empty `zeiten`) or different hours that day. */
export type HoursException = { datum: string; zeiten: TimeRange[] };
/** A local moment in Europe/Berlin: weekday, minutes after midnight, ISO date (for exceptions). */
export type LocalMoment = { wochentag: Wochentag; minute: number; datum: string };

export const WOCHENTAG_KURZ = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] as const;
const MINUTES_PER_DAY = 1440;

/** The hours that apply on a date: its exception if there is one, otherwise that weekday's rules; sorted and merged. */
export function hoursOn(rules: readonly WeeklyRule[], exceptions: readonly HoursException[], datum: string, wochentag: Wochentag): TimeRange[] {
  const exception = exceptions.find((candidate) => candidate.datum === datum);
  const ranges = exception ? exception.zeiten : rules.filter((rule) => rule.wochentag === wochentag);
  return mergeRanges(ranges);
}

export function isOpenAt(rules: readonly WeeklyRule[], exceptions: readonly HoursException[], moment: LocalMoment): boolean {
  return hoursOn(rules, exceptions, moment.datum, moment.wochentag).some((range) => range.von <= moment.minute && moment.minute < range.bis);
}

function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.map(({ von, bis }) => ({ von, bis })).sort((a, b) => a.von - b.von || a.bis - b.bis);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.von <= last.bis) last.bis = Math.max(last.bis, range.bis);
    else merged.push(range);
  }
  return merged;
}

const WEEKDAY_BY_EN: Record<string, Wochentag> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
// A constant formatter, not state: Intl carries the tz database, so DST is handled by the platform.
const BERLIN = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The local moment in Europe/Berlin at the given instant. */
export function localMoment(instant: Date): LocalMoment {
  const parts: Record<string, string> = {};
  for (const part of BERLIN.formatToParts(instant)) parts[part.type] = part.value;
  const wochentag = WEEKDAY_BY_EN[parts.weekday ?? ""];
  if (!wochentag) throw new Error(`Unerwarteter Wochentag aus Intl: ${parts.weekday}`);
  return {
    wochentag,
    minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    datum: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Text form, as in the import CSV: "Mo-Do 09:00-16:00 | Fr 09:00-12:00"
// ---------------------------------------------------------------------------------------------

export type OpeningHoursErrorCode =
  | "opening_hours.day_expected"
  | "opening_hours.time_expected"
  | "opening_hours.invalid_time"
  | "opening_hours.empty_range"
  | "opening_hours.unexpected_text";
/** `position` is the 0-based character offset in the input where the problem starts. */
export type OpeningHoursError = { code: OpeningHoursErrorCode; position: number; found: string };
export type ParseResult = { ok: true; rules: WeeklyRule[] } | { ok: false; error: OpeningHoursError };

const DAY_TOKENS: Record<string, Wochentag> = { mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, so: 7 };
const DAY_NAMES: Record<string, Wochentag> = {
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sonntag: 7,
};
const DASH = /^\s*[-–—]\s*/;

/** "9", "09:00", "9.30", "24:00" → minutes after midnight; hours above 24 or minutes above 59 are invalid. */
function clockMinutes(hoursText: string, minutesText: string | undefined): number | "invalid" {
  const hours = Number(hoursText);
  const minutes = Number(minutesText ?? "0");
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return "invalid";
  return hours * 60 + minutes;
}

/**
 * One clock time on its own, as a form field holds it ("09:00", "9.30", "14", "24:00"), in the
 * same notation as the text form below: minutes after midnight, "missing" for an empty field,
 * "invalid" for anything else.
 */
export function parseClockTime(text: string): number | "missing" | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return "missing";
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?$/i.exec(trimmed);
  return match ? clockMinutes(match[1]!, match[2]) : "invalid";
}

/**
 * Parses "Mo-Do 09:00-16:00 | Fr 09:00-12:00". Segments are separated by `|` or `;`; a segment is
 * a day list ("Mo-Fr", "Mo, Mi", "Sa") and one or more ranges ("09:00-12:00, 13:00-16:00"),
 * optionally followed by "Uhr". An empty text means "no hours known" and yields no rules.
 */
export function parseOpeningHours(text: string): ParseResult {
  const rules: WeeklyRule[] = [];
  let position = 0;
  for (const segment of text.split(/[|;]/)) {
    const result = parseSegment(segment, position);
    if (!result.ok) return result;
    rules.push(...result.rules);
    position += segment.length + 1;
  }
  return { ok: true, rules: sortRules(rules) };
}

function parseSegment(segment: string, offset: number): ParseResult {
  if (segment.trim() === "") return { ok: true, rules: [] };
  let index = 0;
  const fail = (code: OpeningHoursErrorCode): ParseResult => {
    const at = index + (segment.slice(index).length - segment.slice(index).trimStart().length);
    return { ok: false, error: { code, position: offset + at, found: segment.slice(at, at + 12).trim() } };
  };
  const readDay = (): Wochentag | undefined => {
    // Whole words: "Fr", "Fr." and "Freitag" are the same day; "Frx" is no day at all.
    const match = /^\s*([A-Za-z]+)\.?/.exec(segment.slice(index));
    const word = match?.[1]!.toLowerCase() ?? "";
    const day = DAY_TOKENS[word] ?? DAY_NAMES[word];
    if (match && day) index += match[0].length;
    return day;
  };
  const readTime = (): number | "missing" | "invalid" => {
    const match = /^\s*(\d{1,2})(?:[:.](\d{2}))?/.exec(segment.slice(index));
    if (!match) return "missing";
    const minutes = clockMinutes(match[1]!, match[2]);
    if (minutes === "invalid") return minutes;
    index += match[0].length;
    return minutes;
  };

  const days: Wochentag[] = [];
  do {
    const first = readDay();
    if (!first) return fail("opening_hours.day_expected");
    const dash = DASH.exec(segment.slice(index));
    if (dash) {
      index += dash[0].length;
      const last = readDay();
      if (!last) return fail("opening_hours.day_expected");
      // "Sa-Mo" wraps over the week end.
      for (let day = first, steps = 0; steps < 7; day = ((day % 7) + 1) as Wochentag, steps++) {
        days.push(day);
        if (day === last) break;
      }
    } else days.push(first);
  } while (consume(/^\s*,\s*(?=[A-Za-z])/));

  const ranges: TimeRange[] = [];
  do {
    const von = readTime();
    if (von === "missing") return fail("opening_hours.time_expected");
    if (von === "invalid") return fail("opening_hours.invalid_time");
    if (!consume(DASH)) return fail("opening_hours.time_expected");
    const rangeStart = index;
    const bis = readTime();
    if (bis === "missing") return fail("opening_hours.time_expected");
    if (bis === "invalid") return fail("opening_hours.invalid_time");
    if (bis === von) {
      index = rangeStart;
      return fail("opening_hours.empty_range");
    }
    ranges.push({ von, bis });
  } while (consume(/^\s*(,|und)\s*(?=\d)/));
  consume(/^\s*Uhr\.?/i);
  if (segment.slice(index).trim() !== "") return fail("opening_hours.unexpected_text");

  const rules: WeeklyRule[] = [];
  for (const day of days) {
    for (const { von, bis } of ranges) {
      if (bis > von) rules.push({ wochentag: day, von, bis });
      else {
        rules.push({ wochentag: day, von, bis: MINUTES_PER_DAY });
        if (bis > 0) rules.push({ wochentag: ((day % 7) + 1) as Wochentag, von: 0, bis });
      }
    }
  }
  return { ok: true, rules };

  function consume(pattern: RegExp): boolean {
    const match = pattern.exec(segment.slice(index));
    if (match) index += match[0].length;
    return Boolean(match);
  }
}

function sortRules(rules: WeeklyRule[]): WeeklyRule[] {
  return [...rules].sort((a, b) => a.wochentag - b.wochentag || a.von - b.von || a.bis - b.bis);
}

// ---------------------------------------------------------------------------------------------
// Display and export
// ---------------------------------------------------------------------------------------------

type DayGroup = { days: Wochentag[]; ranges: TimeRange[] };

/** Days with identical hours, in week order: the basis of both text forms. */
export function groupRules(rules: readonly WeeklyRule[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (let day = 1 as Wochentag; day <= 7; day = (day + 1) as Wochentag) {
    const ranges = mergeRanges(rules.filter((rule) => rule.wochentag === day));
    if (ranges.length === 0) continue;
    const key = JSON.stringify(ranges);
    const group = groups.find((candidate) => JSON.stringify(candidate.ranges) === key);
    if (group) group.days.push(day);
    else groups.push({ days: [day], ranges });
  }
  return groups;
}

/** German display text: "Mo–Do 9:00–16:00 Uhr, Fr 9:00–12:00 Uhr"; empty string for no rules. */
export function formatRules(rules: readonly WeeklyRule[]): string {
  return groupRules(rules)
    .map((group) => `${formatDays(group.days, "–")} ${group.ranges.map((range) => `${formatTime(range.von)}–${formatTime(range.bis)}`).join(" und ")} Uhr`)
    .join(", ");
}

/** The import/export text form, which `parseOpeningHours` reads back: "Mo-Do 09:00-16:00 | Fr 09:00-12:00". */
export function toOpeningHoursText(rules: readonly WeeklyRule[]): string {
  const pad = (minutes: number) => formatTime(minutes).padStart(5, "0");
  return groupRules(rules)
    .map((group) => `${formatDays(group.days, "-")} ${group.ranges.map((range) => `${pad(range.von)}-${pad(range.bis)}`).join(", ")}`)
    .join(" | ");
}

/** Runs of three or more consecutive days become a range ("Mo–Mi"); others are listed ("Sa, So"). */
function formatDays(days: readonly Wochentag[], dash: string): string {
  const parts: string[] = [];
  for (let start = 0; start < days.length; ) {
    let end = start;
    while (end + 1 < days.length && days[end + 1] === days[end]! + 1) end++;
    const name = (index: number) => WOCHENTAG_KURZ[days[index]! - 1];
    if (end - start >= 2) parts.push(`${name(start)}${dash}${name(end)}`);
    else for (let index = start; index <= end; index++) parts.push(name(index)!);
    start = end + 1;
  }
  return parts.join(", ");
}

export function formatTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
