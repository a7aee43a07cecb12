/** Confirmation and reminder mails of a booking (only when an e-mail address was given). No counselling content. */
import { TERMINART_LABEL } from "../../domain/booking/types";
import type { Prisma, Termin } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { formatSlotLong } from "./format.server";

const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

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
 * Queues the confirmation (now) and the reminder (24 hours before, if that is still ahead) and
 * returns the reminder's outbox id, so cancelling or moving can discard it.
 */
export async function queueBookingMails(tx: Prisma.TransactionClient, termin: Termin, link: string, now: Date, anlass: "bestaetigung" | "verschoben"): Promise<bigint | null> {
  if (!termin.email) return null;
  await queueMail(tx, {
    an: termin.email,
    betreff: anlass === "bestaetigung" ? "Ihr Termin ist gebucht" : "Ihr Termin wurde verschoben",
    text: body(termin, link, anlass === "bestaetigung" ? "Ihr Termin ist gebucht." : "Ihr Termin wurde verschoben."),
    anlass: `termin_${anlass}`,
  });
  const sendenAb = new Date(termin.beginn.getTime() - REMINDER_BEFORE_MS);
  if (sendenAb.getTime() <= now.getTime()) return null;
  return queueMail(tx, { an: termin.email, betreff: "Erinnerung an Ihren Termin morgen", text: body(termin, link, "wir erinnern Sie an Ihren Termin."), anlass: "termin_erinnerung", sendenAb });
}
