/**
 * What the help seeker's booking pages need from the calendar: the kinds a centre offers, the
 * days of a week with free slots, the free times of a day, and the chosen slot checked against
 * the free ones. Booking itself goes through booking.server.ts like the API.
 */
import { missingChoice, pickerQuery, pickerStep, weekPaging, weekStart, type PickerParams, type PickerStep } from "../../domain/booking/booking-form";
import { BOOKING_TIME_ZONE, TERMINART_LABEL, TERMINARTEN, type Slot, type Terminart } from "../../domain/booking/types";
import { addDays, localDateOf, zonedInstant } from "../../domain/booking/wall-time";
import type { LocalDate } from "../../domain/shared/dates";
import type { PrismaClient } from "../generated/prisma/client";
import { freeSlots } from "./availability.server";
import { formatDay, formatTime } from "./format.server";
import { firstFreeSlot } from "./next-slot.server";

export type Calendars = { arten: Terminart[]; lastDay: LocalDate };

/** The kinds of the centre's active calendars (weekly rules and extra times) and its last bookable day; null without a calendar. */
export async function centreCalendars(db: PrismaClient, centreId: string, now: Date): Promise<Calendars | null> {
  const kalender = await db.beratungskalender.findMany({
    where: { beratungsstelleId: centreId, aktiv: true },
    select: { horizontTage: true, regeln: { select: { arten: true } }, ausnahmen: { where: { typ: "zusatz" }, select: { arten: true } } },
  });
  if (kalender.length === 0) return null;
  const offered = new Set(kalender.flatMap((k) => [...k.regeln, ...k.ausnahmen].flatMap((r) => r.arten)));
  const today = localDateOf(now, BOOKING_TIME_ZONE);
  return { arten: TERMINARTEN.filter((art) => offered.has(art)), lastDay: addDays(today, Math.max(...kalender.map((k) => k.horizontTage))) };
}

export type Option = { value: string; label: string };
export type ChoiceLink = { label: string; value: string; href: string };

export type PickerView = {
  step: PickerStep;
  error: { fieldId: string; message: string } | null;
  /** Why an earlier choice no longer works ("this time has just been taken"). */
  notice: string | null;
  arten: Option[];
  week: { woche: LocalDate; label: string; days: Option[]; previous: string | null; next: string | null; previousLabel: string | null; nextLabel: string | null } | null;
  times: Option[] | null;
  /** The choices made so far, each with a link back to change it. */
  chosen: ChoiceLink[];
  params: PickerParams;
  slot: { start: string; ende: string } | null;
};

const SHORT = new Intl.DateTimeFormat("de-DE", { timeZone: "UTC", day: "numeric", month: "long" });
const shortDay = (date: LocalDate) => SHORT.format(new Date(`${date}T12:00:00Z`));
const weekLabel = (woche: LocalDate) => `${shortDay(woche)} bis ${shortDay(addDays(woche, 6))} ${addDays(woche, 6).slice(0, 4)}`;
const dayLabel = (date: LocalDate) => formatDay(zonedInstant(date, 12 * 60, BOOKING_TIME_ZONE));
const timeLabel = (slot: Slot) => `${formatTime(slot.start)} bis ${formatTime(slot.ende)} Uhr`;

/** One entry per start time (two counsellors free at 9:00 are one choice; the service picks a calendar). */
function distinctStarts(slots: Slot[]): Slot[] {
  const seen = new Set<number>();
  return slots.filter((slot) => !seen.has(slot.start.getTime()) && Boolean(seen.add(slot.start.getTime())));
}

async function daySlots(db: PrismaClient, centreId: string, art: Terminart, tag: LocalDate, now: Date): Promise<Slot[]> {
  return distinctStarts(await freeSlots(db, centreId, { von: tag, bis: tag, art, now }));
}

async function weekView(db: PrismaClient, centreId: string, params: PickerParams & { art: Terminart }, calendars: Calendars, now: Date, base: string): Promise<NonNullable<PickerView["week"]>> {
  const today = localDateOf(now, BOOKING_TIME_ZONE);
  let woche = params.woche;
  if (!woche) {
    const first = await firstFreeSlot(db, centreId, now, calendars.lastDay, params.art);
    woche = weekStart(first ? localDateOf(first.start, BOOKING_TIME_ZONE) : today);
  }
  if (woche < weekStart(today)) woche = weekStart(today);
  const slots = distinctStarts(await freeSlots(db, centreId, { von: woche, bis: addDays(woche, 6), art: params.art, now }));
  const counts = new Map<LocalDate, number>();
  for (const slot of slots) {
    const day = localDateOf(slot.start, BOOKING_TIME_ZONE);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const paging = weekPaging(woche, today, calendars.lastDay);
  return {
    woche,
    label: weekLabel(woche),
    days: [...counts].map(([datum, count]) => ({ value: datum, label: `${dayLabel(datum)} – ${count} ${count === 1 ? "freie Zeit" : "freie Zeiten"}` })),
    previous: paging.previous ? `${base}${pickerQuery({ art: params.art, woche: paging.previous })}` : null,
    next: paging.next ? `${base}${pickerQuery({ art: params.art, woche: paging.next })}` : null,
    previousLabel: paging.previous ? weekLabel(paging.previous) : null,
    nextLabel: paging.next ? weekLabel(paging.next) : null,
  };
}

export type PickerOptions = {
  /** The kind cannot be changed (moving a booking keeps its kind): no "change" link for it. */
  kindFixed?: boolean;
};

/** Everything the picker shows for the given parameters; a choice that is no longer free sends the person one step back. */
export async function pickerView(db: PrismaClient, centreId: string, params: PickerParams, calendars: Calendars, now: Date, base: string, options: PickerOptions = {}): Promise<PickerView> {
  let notice: string | null = null;
  let current: PickerParams = params;
  let times: Slot[] | null = null;
  let slot: Slot | null = null;
  if (current.art && current.tag) {
    times = await daySlots(db, centreId, current.art, current.tag, now);
    if (times.length === 0) {
      notice = "An diesem Tag gibt es keine freie Zeit mehr. Bitte wählen Sie einen anderen Tag.";
      current = { art: current.art, woche: weekStart(current.tag) };
      times = null;
    } else if (current.zeit) {
      slot = times.find((candidate) => candidate.start.toISOString() === current.zeit) ?? null;
      if (!slot) {
        notice = "Diese Uhrzeit ist nicht mehr frei. Bitte wählen Sie eine andere.";
        current = { ...current, zeit: undefined };
      }
    }
  }
  const step = pickerStep(current);
  const chosen: ChoiceLink[] = [];
  if (current.art && !options.kindFixed) chosen.push({ label: "Art des Termins", value: TERMINART_LABEL[current.art], href: `${base}${pickerQuery({})}` });
  if (current.art && current.tag) chosen.push({ label: "Tag", value: dayLabel(current.tag), href: `${base}${pickerQuery({ art: current.art, woche: weekStart(current.tag) })}` });
  if (slot && current.tag) chosen.push({ label: "Uhrzeit", value: timeLabel(slot), href: `${base}${pickerQuery({ art: current.art, tag: current.tag })}` });
  return {
    step,
    error: notice ? null : missingChoice(current),
    notice,
    arten: calendars.arten.map((art) => ({ value: art, label: TERMINART_LABEL[art] })),
    week: step === 2 && current.art ? await weekView(db, centreId, { ...current, art: current.art }, calendars, now, base) : null,
    times: step === 3 && times ? times.map((t) => ({ value: t.start.toISOString(), label: timeLabel(t) })) : null,
    chosen,
    params: current,
    slot: slot ? { start: slot.start.toISOString(), ende: slot.ende.toISOString() } : null,
  };
}

/** The 409 alternatives as radio options. */
export function alternativeOptions(slots: Slot[]): Option[] {
  return distinctStarts(slots).map((slot) => ({ value: slot.start.toISOString(), label: `${formatDay(slot.start)}, ${timeLabel(slot)}` }));
}
