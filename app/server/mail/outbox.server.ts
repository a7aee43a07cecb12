/**
 * The one way to send a mail: write it to the mail outbox, inside the transaction of whatever
 * caused it (an invitation, a booking), so a mail exists exactly when its cause was committed.
 * The mail job (issue 5) sends due entries via SMTP_URL; without SMTP they stay readable by
 * platform admins under /verwaltung/postausgang. Never put counselling content into a mail.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export type OutgoingMail = {
  an: string;
  betreff: string;
  text: string;
  /** Why it is sent, e.g. "einladung", "termin_erinnerung" (shown in the outbox, used by tests). */
  anlass: string;
  /** Earliest time to send; default now. */
  sendenAb?: Date;
};

type Writer = PrismaClient | Prisma.TransactionClient;

/** Queues one mail and returns its outbox id (to discard it later, e.g. a cancelled reminder). */
export async function queueMail(db: Writer, mail: OutgoingMail): Promise<bigint> {
  const row = await db.mailOutbox.create({
    data: { an: mail.an.trim(), betreff: mail.betreff, text: mail.text, anlass: mail.anlass, sendenAb: mail.sendenAb },
    select: { id: true },
  });
  return row.id;
}

/** Marks queued, unsent mails as not to be sent (e.g. the reminder of a cancelled appointment). */
export async function discardMails(db: Writer, ids: bigint[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.mailOutbox.updateMany({
    where: { id: { in: ids }, gesendetAm: null, verworfenAm: null },
    data: { verworfenAm: new Date() },
  });
  return result.count;
}
