/**
 * Appointment booking vocabulary. Weekly rules and exceptions are stored as local wall times in
 * Europe/Berlin (that is their truth: "Tuesdays 9 to 12"), bookings as UTC instants.
 */
import type { LocalDate } from "../shared/dates";

export const TERMINARTEN = ["vor_ort", "telefon", "video"] as const;
export type Terminart = (typeof TERMINARTEN)[number];

export const TERMINART_LABEL: Record<Terminart, string> = {
  vor_ort: "Vor Ort in der Beratungsstelle",
  telefon: "Telefon",
  video: "Video",
};

/** "HH:MM", 24-hour local wall time. */
export type WallTime = string;

/** A recurring window of one counsellor (or resource): ISO weekday 1 = Monday … 7 = Sunday. */
export type WeeklyRule = {
  kalenderId: string;
  wochentag: number;
  von: WallTime;
  bis: WallTime;
  dauerMin: number;
  pufferMin: number;
  arten: Terminart[];
};

/**
 * A dated exception: `geschlossen` removes time (whole day without von/bis), `zusatz` adds a
 * window. Without kalenderId it applies to every calendar of the centre (a public holiday).
 */
export type RuleException =
  | { typ: "geschlossen"; kalenderId: string | null; datum: LocalDate; von?: WallTime; bis?: WallTime }
  | { typ: "zusatz"; kalenderId: string; datum: LocalDate; von: WallTime; bis: WallTime; dauerMin: number; pufferMin: number; arten: Terminart[] };

/** Booking limits of one calendar. */
export type BookingPolicy = {
  /** Minimum notice: no slot starts earlier than now + vorlaufMin. */
  vorlaufMin: number;
  /** Booking horizon in days from today (Berlin); slots on later days are not offered. */
  horizontTage: number;
  /** At most this many active bookings per day; null for no limit. */
  maxProTag: number | null;
};

/** Time already taken on a calendar: an active booking (counts towards maxProTag) or blocked time. */
export type BusyInterval = { kalenderId: string; start: Date; ende: Date; art: "termin" | "blockiert" };

export type Slot = { kalenderId: string; start: Date; ende: Date; arten: Terminart[] };

export type AvailabilityInput = {
  rules: WeeklyRule[];
  exceptions: RuleException[];
  busy: BusyInterval[];
  /** Policy per calendar id; calendars without one get DEFAULT_POLICY. */
  policies: Record<string, BookingPolicy>;
  now: Date;
  von: LocalDate;
  bis: LocalDate;
  art?: Terminart;
  timeZone?: string;
};

export const DEFAULT_POLICY: BookingPolicy = { vorlaufMin: 120, horizontTage: 60, maxProTag: null };
export const BOOKING_TIME_ZONE = "Europe/Berlin";
