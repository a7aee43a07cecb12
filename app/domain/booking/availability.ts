/**
 * Free slots from weekly rules, dated exceptions, existing bookings and buffers. Pure: the clock
 * (`now`) and the time zone are inputs. Windows are turned into UTC instants first and slots are
 * stepped in absolute time, so a DST change can neither create a slot in the skipped hour nor
 * two overlapping slots in the repeated one.
 */
import type { LocalDate } from "../shared/dates";
import { BOOKING_TIME_ZONE, DEFAULT_POLICY, type AvailabilityInput, type BusyInterval, type RuleException, type Slot, type Terminart, type WeeklyRule } from "./types";
import { addDays, datesBetween, isoWeekday, localDateOf, wallMinutes, zonedInstant } from "./wall-time";

type Window = { kalenderId: string; start: Date; ende: Date; dauerMin: number; pufferMin: number; arten: Terminart[] };

const MINUTE = 60_000;

function windowsOfDay(date: LocalDate, rules: WeeklyRule[], exceptions: RuleException[], timeZone: string): Window[] {
  const weekday = isoWeekday(date);
  const extra = exceptions.filter((e): e is Extract<RuleException, { typ: "zusatz" }> => e.typ === "zusatz" && e.datum === date);
  return [...rules.filter((rule) => rule.wochentag === weekday), ...extra].map((rule) => ({
    kalenderId: rule.kalenderId,
    start: zonedInstant(date, wallMinutes(rule.von), timeZone),
    ende: zonedInstant(date, wallMinutes(rule.bis), timeZone),
    dauerMin: rule.dauerMin,
    pufferMin: rule.pufferMin,
    arten: rule.arten,
  }));
}

function closures(date: LocalDate, exceptions: RuleException[], timeZone: string): BusyInterval[] {
  return exceptions
    .filter((e) => e.typ === "geschlossen" && e.datum === date)
    .map((e) => ({
      kalenderId: e.kalenderId ?? "*",
      start: zonedInstant(date, e.von ? wallMinutes(e.von) : 0, timeZone),
      ende: e.bis ? zonedInstant(date, wallMinutes(e.bis), timeZone) : zonedInstant(addDays(date, 1), 0, timeZone),
      art: "blockiert" as const,
    }));
}

function overlaps(aStart: number, aEnde: number, b: BusyInterval): boolean {
  return aStart < b.ende.getTime() && b.start.getTime() < aEnde;
}

function bookingsPerDay(busy: BusyInterval[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of busy) {
    if (item.art !== "termin") continue;
    const key = `${item.kalenderId}|${localDateOf(item.start, timeZone)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** All free slots from `von` to `bis` (local dates, inclusive), sorted by start, then calendar. */
export function generateSlots(input: AvailabilityInput): Slot[] {
  const timeZone = input.timeZone ?? BOOKING_TIME_ZONE;
  const today = localDateOf(input.now, timeZone);
  const perDay = bookingsPerDay(input.busy, timeZone);
  const slots: Slot[] = [];
  for (const date of datesBetween(input.von < today ? today : input.von, input.bis)) {
    const blocked = [...input.busy, ...closures(date, input.exceptions, timeZone)];
    for (const window of windowsOfDay(date, input.rules, input.exceptions, timeZone)) {
      if (input.art && !window.arten.includes(input.art)) continue;
      const policy = input.policies[window.kalenderId] ?? DEFAULT_POLICY;
      if (date > addDays(today, policy.horizontTage)) continue;
      if (policy.maxProTag !== null && (perDay.get(`${window.kalenderId}|${date}`) ?? 0) >= policy.maxProTag) continue;
      const earliest = input.now.getTime() + policy.vorlaufMin * MINUTE;
      const own = blocked.filter((b) => b.kalenderId === window.kalenderId || b.kalenderId === "*");
      const step = (window.dauerMin + window.pufferMin) * MINUTE;
      for (let start = window.start.getTime(); start + window.dauerMin * MINUTE <= window.ende.getTime(); start += step) {
        const ende = start + window.dauerMin * MINUTE;
        if (start < earliest) continue;
        const buffer = window.pufferMin * MINUTE;
        if (own.some((b) => overlaps(start - buffer, ende + buffer, b))) continue;
        slots.push({ kalenderId: window.kalenderId, start: new Date(start), ende: new Date(ende), arten: window.arten });
      }
    }
  }
  return dedupe(slots).sort((a, b) => a.start.getTime() - b.start.getTime() || a.kalenderId.localeCompare(b.kalenderId));
}

/** Two rules of one calendar may cover the same time: keep the first slot and drop overlapping ones. */
function dedupe(slots: Slot[]): Slot[] {
  const kept: Slot[] = [];
  const byCalendar = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const own = byCalendar.get(slot.kalenderId) ?? [];
    if (own.some((other) => slot.start < other.ende && other.start < slot.ende)) continue;
    own.push(slot);
    byCalendar.set(slot.kalenderId, own);
    kept.push(slot);
  }
  return kept;
}

/** The free slot starting exactly at `start` for `art` (on any calendar, or the given one). */
export function findSlot(slots: Slot[], start: Date, art: Terminart, kalenderId?: string): Slot | undefined {
  return slots.find((slot) => slot.start.getTime() === start.getTime() && slot.arten.includes(art) && (!kalenderId || slot.kalenderId === kalenderId));
}

/** Up to `count` free slots nearest to `wanted` (earlier or later), one per start time, by distance. */
export function nearestAlternatives(slots: Slot[], wanted: Date, art: Terminart, count = 3): Slot[] {
  const seen = new Set<number>();
  return slots
    .filter((slot) => slot.arten.includes(art))
    .sort((a, b) => Math.abs(a.start.getTime() - wanted.getTime()) - Math.abs(b.start.getTime() - wanted.getTime()) || a.start.getTime() - b.start.getTime())
    .filter((slot) => {
      if (slot.start.getTime() === wanted.getTime() || seen.has(slot.start.getTime())) return false;
      seen.add(slot.start.getTime());
      return true;
    })
    .slice(0, count)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
