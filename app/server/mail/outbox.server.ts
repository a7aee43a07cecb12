/**
 * The one way to send a mail: write it to the mail outbox, inside the transaction of whatever
 * caused it (an invitation, a booking), so a mail exists exactly when its cause was committed.
 * The mail sender job sends due entries via SMTP_URL; without SMTP they stay readable by
 * platform admins under /verwaltung/postausgang. Never put counselling content into a mail.
 */
import { Prisma, type PrismaClient } from "../generated/prisma/client";

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

/*
 * Sending (the mail sender job, app/server/jobs/mail-sender.server.ts).
 *
 * Delivery is at least once: a mail is claimed by moving `sendenAb` a lease ahead and counting
 * the attempt (one committed statement, FOR UPDATE SKIP LOCKED, so two workers never claim the
 * same mail), then handed to SMTP, then marked sent. A crash after the SMTP server accepted the
 * mail but before `gesendetAm` was written sends it again once the lease has run out — with the
 * same Message-ID (derived from the row), so the receiving side can drop the copy. The other
 * choice, at most once, would lose a password reset or an invitation on every such crash.
 */

/** After this many attempts a mail is left alone ("fehlgeschlagen" in the Postausgang). */
export const MAX_MAIL_ATTEMPTS = 8;
/** How long a claimed mail is reserved for the worker that claimed it; well above SMTP timeouts. */
export const MAIL_LEASE_MS = 10 * 60_000;

/** Pause before the next attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

export type ClaimedMail = { id: bigint; an: string; betreff: string; text: string; versuche: number; createdAt: Date };

/** Claims the oldest due mail for this worker, or returns null when none is due. */
export async function claimDueMail(db: PrismaClient, now: Date): Promise<ClaimedMail | null> {
  const leaseEnd = new Date(now.getTime() + MAIL_LEASE_MS);
  // The CTE runs once: an `id IN (SELECT … LIMIT 1)` subquery may be re-run per row and claim several.
  const rows = await db.$queryRaw<ClaimedMail[]>(Prisma.sql`
    WITH due AS MATERIALIZED (
      SELECT id FROM mail_outbox
      WHERE gesendet_am IS NULL AND verworfen_am IS NULL AND senden_ab <= ${now} AND versuche < ${MAX_MAIL_ATTEMPTS}
      ORDER BY senden_ab, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    UPDATE mail_outbox AS m SET versuche = m.versuche + 1, senden_ab = ${leaseEnd}
    FROM due WHERE m.id = due.id
    RETURNING m.id, m.an, m.betreff, m.text, m.versuche, m.created_at AS "createdAt"`);
  return rows[0] ?? null;
}

export async function markMailSent(db: PrismaClient, id: bigint, now: Date): Promise<void> {
  await db.mailOutbox.update({ where: { id }, data: { gesendetAm: now, letzterFehler: null } });
}

/** Records a failed attempt; `permanent` (the server refused the recipient) ends the retries. */
export async function markMailFailed(db: PrismaClient, mail: Pick<ClaimedMail, "id" | "versuche">, error: string, now: Date, permanent: boolean): Promise<void> {
  await db.mailOutbox.update({
    where: { id: mail.id },
    data: {
      letzterFehler: error.slice(0, 500),
      sendenAb: new Date(now.getTime() + mailRetryDelayMs(mail.versuche)),
      ...(permanent ? { versuche: MAX_MAIL_ATTEMPTS } : {}),
    },
  });
}

export type MailState = "wartet" | "gesendet" | "verworfen" | "fehlgeschlagen";

export function mailState(mail: { gesendetAm: Date | null; verworfenAm: Date | null; versuche: number }): MailState {
  if (mail.gesendetAm) return "gesendet";
  if (mail.verworfenAm) return "verworfen";
  return mail.versuche >= MAX_MAIL_ATTEMPTS ? "fehlgeschlagen" : "wartet";
}
