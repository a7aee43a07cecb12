/** An iCalendar (RFC 5545) file for one appointment; times in UTC, lines CRLF-terminated. */
import { TERMINART_LABEL, type Terminart } from "../../domain/booking/types";

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
const escape = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

/** `sequence`: grows with every change of the booking (RFC 5545 §3.8.7.4), so a moved appointment replaces the old entry in calendar apps. */
export type IcsEvent = { uid: string; start: Date; ende: Date; summary: string; location?: string; description?: string; art: Terminart; sequence?: number };

/** A SEQUENCE that only grows: the whole seconds from the booking's creation to its last change. */
export function sequenceOf(termin: { createdAt: Date; updatedAt: Date }): number {
  return Math.max(0, Math.floor((termin.updatedAt.getTime() - termin.createdAt.getTime()) / 1000));
}

export function icsCalendar(events: IcsEvent[], now: Date, name = "Sozialplattform Termine"): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sozialplattform//Terminbuchung//DE", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escape(name)}`];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}@sozialplattform`,
      `DTSTAMP:${stamp(now)}`,
      `SEQUENCE:${event.sequence ?? 0}`,
      `DTSTART:${stamp(event.start)}`,
      `DTEND:${stamp(event.ende)}`,
      `SUMMARY:${escape(event.summary)}`,
      `DESCRIPTION:${escape([TERMINART_LABEL[event.art], event.description].filter(Boolean).join("\n"))}`,
      ...(event.location ? [`LOCATION:${escape(event.location)}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.join("\r\n") + "\r\n";
}
