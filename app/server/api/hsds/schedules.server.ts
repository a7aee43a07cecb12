/**
 * Opening hours → HSDS 3.0 schedules (RFC 5545 style: freq WEEKLY, byday, opens_at/closes_at).
 * One schedule per group of days with the same time range ("MO,TU,WE,TH 09:00–16:00"). Date
 * exceptions become schedules valid for that one day; a closed day has no times, only the
 * description "Geschlossen". Emergency hours are free text in the database and stay free text.
 *
 * Times are local wall-clock times in Europe/Berlin. HSDS suggests a UTC offset on opens_at, but
 * a weekly rule spans both summer and winter time, so a fixed offset would be wrong half the
 * year; every schedule says so in `notes` instead.
 */
import { formatRules, groupRules, type WeeklyRule } from "../../../domain/counselling/opening-hours";
import type { CentreRecord } from "../../search-sync.server";
import { exceptionsOf } from "../../import/existing-centres.server";
import { derivedId } from "./ids.server";

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const NOTES = "Ortszeit Europe/Berlin (MEZ/MESZ)";

export type HsdsSchedule = {
  id: string;
  service_id: string;
  freq?: "WEEKLY";
  wkst?: "MO";
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  description?: string;
  notes: string;
};

/** "HH:MM"; the end of the day is "24:00" as in ISO 8601. */
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function schedulesOf(centre: Pick<CentreRecord, "id" | "oeffnungszeiten" | "ausnahmen" | "notfallzeiten">): HsdsSchedule[] {
  const rules = centre.oeffnungszeiten.map(({ wochentag, von, bis }) => ({ wochentag, von, bis }) as WeeklyRule);
  const weekly = groupRules(rules).flatMap((group) => {
    const byday = group.days.map((day) => BYDAY[day - 1]).join(",");
    return group.ranges.map((range) => ({
      id: derivedId(centre.id, "schedule", byday, range.von, range.bis),
      service_id: centre.id,
      freq: "WEEKLY" as const,
      wkst: "MO" as const,
      byday,
      opens_at: clock(range.von),
      closes_at: clock(range.bis),
      description: formatRules(group.days.map((wochentag) => ({ wochentag, ...range }))),
      notes: NOTES,
    }));
  });
  const exceptions = exceptionsOf(centre.ausnahmen).flatMap((exception): HsdsSchedule[] => {
    const day = { service_id: centre.id, valid_from: exception.datum, valid_to: exception.datum, notes: NOTES };
    const reason = exception.hinweis ? ` (${exception.hinweis})` : "";
    if (exception.zeiten.length === 0) return [{ id: derivedId(centre.id, "closed", exception.datum), ...day, description: `Geschlossen${reason}` }];
    return exception.zeiten.map((range) => ({
      id: derivedId(centre.id, "exception", exception.datum, range.von, range.bis),
      ...day,
      opens_at: clock(range.von),
      closes_at: clock(range.bis),
      description: `Abweichende Öffnungszeit${reason}`,
    }));
  });
  const emergency = centre.notfallzeiten
    ? [{ id: derivedId(centre.id, "notfall"), service_id: centre.id, description: centre.notfallzeiten, notes: NOTES }]
    : [];
  return [...weekly, ...exceptions, ...emergency];
}
