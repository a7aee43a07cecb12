/** An iCalendar (RFC 5545) file for one appointment; times in UTC, lines CRLF-terminated. */
import { TERMINART_LABEL, type Terminart } from "../../domain/booking/types";

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
const escape = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

export type IcsEvent = { uid: string; start: Date; ende: Date; summary: string; location?: string; description?: string; art: Terminart };

export function icsCalendar(events: IcsEvent[], now: Date, name = "Sozialplattform Termine"): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sozialplattform//Terminbuchung//DE", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escape(name)}`];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}@sozialplattform`,
      `DTSTAMP:${stamp(now)}`,
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
