/** German date and time texts of slots, in Europe/Berlin. */
import { BOOKING_TIME_ZONE, TERMINART_LABEL, type Terminart } from "../../domain/booking/types";

const DAY = new Intl.DateTimeFormat("de-DE", { timeZone: BOOKING_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: BOOKING_TIME_ZONE, hour: "2-digit", minute: "2-digit" });

export function formatDay(instant: Date): string {
  return DAY.format(instant);
}

export function formatTime(instant: Date): string {
  return TIME.format(instant);
}

/** "Montag, 5. Januar 2026, 09:00 bis 10:00 Uhr" */
export function formatSlotLong(start: Date, ende: Date): string {
  return `${formatDay(start)}, ${formatTime(start)} bis ${formatTime(ende)} Uhr`;
}

/** "Dienstag, 8. Dezember 2026, 09:00 Uhr (Vor Ort in der Beratungsstelle oder Telefon)" */
export function formatNextSlot(slot: { start: Date; arten: readonly Terminart[] }): string {
  const arten = slot.arten.map((art) => TERMINART_LABEL[art]);
  const kinds = arten.length > 1 ? `${arten.slice(0, -1).join(", ")} oder ${arten.at(-1)}` : arten[0];
  return `${formatDay(slot.start)}, ${formatTime(slot.start)} Uhr${kinds ? ` (${kinds})` : ""}`;
}
