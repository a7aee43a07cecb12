/** Confirmation and reminder mails of a booking (only when an e-mail address was given). No counselling content. */
import { TERMINART_LABEL } from "../../domain/booking/types";
import type { Prisma, Termin } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { formatSlotLong } from "./format.server";

/** The reminder goes out this long before the start. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

function body(termin: Termin, link: string, intro: string): string {
  return [
    `Guten Tag ${termin.name},`,
    "",
    intro,
    "",
    `Termin: ${formatSlotLong(termin.beginn, termin.ende)}`,
    `Art: ${TERMINART_LABEL[termin.art]}`,
    `Buchungscode: ${termin.buchungscode}`,
    "",
    `Absagen oder verschieben: ${link}`,
    "",
    "Diese Nachricht wurde automatisch erstellt.",
  ].join("\n");
}

/**
 * Queues the confirmation of a new or moved booking (only with an e-mail address). The reminder
 * is queued later by the reminder job (app/server/jobs/booking-reminders.server.ts), 24 hours
 * before the start, for whatever start the booking has then.
 */
export async function queueBookingMails(tx: Prisma.TransactionClient, termin: Termin, link: string, now: Date, anlass: "bestaetigung" | "verschoben"): Promise<void> {
  if (!termin.email) return;
  await queueMail(tx, {
    an: termin.email,
    betreff: anlass === "bestaetigung" ? "Ihr Termin ist gebucht" : "Ihr Termin wurde verschoben",
    text: body(termin, link, anlass === "bestaetigung" ? "Ihr Termin ist gebucht." : "Ihr Termin wurde verschoben."),
    anlass: `termin_${anlass}`,
    sendenAb: now,
  });
}

/** The reminder, queued by the reminder job inside its transaction; returns the outbox id. */
export function queueReminderMail(tx: Prisma.TransactionClient, termin: Termin & { email: string }, link: string, now: Date): Promise<bigint> {
  return queueMail(tx, {
    an: termin.email,
    betreff: "Erinnerung an Ihren Termin morgen",
    text: body(termin, link, "wir erinnern Sie an Ihren Termin."),
    anlass: "termin_erinnerung",
    sendenAb: now,
  });
}

/**
 * Reminder fields for a booking that starts at `beginn` from now on (new or moved): no reminder
 * queued yet; and when the start is 24 hours away or less, none is needed — the confirmation just
 * sent says the same — so the start counts as handled.
 */
export function reminderFieldsFor(beginn: Date, now: Date): { erinnerungMailId: null; erinnerungFuer: Date | null } {
  return { erinnerungMailId: null, erinnerungFuer: beginn.getTime() - REMINDER_BEFORE_MS <= now.getTime() ? beginn : null };
}
