/**
 * Booking reminders (issue 6): 24 hours before an active appointment with an e-mail address the
 * job queues exactly one reminder mail into the mail outbox (sent by the mail sender when SMTP is
 * configured). Runs with or without SMTP_URL; the clock is injected.
 *
 * Exactly once: due appointments are locked with FOR UPDATE SKIP LOCKED, and in the same
 * transaction the reminder is queued and `erinnerungFuer` set to the start it is for. A crash
 * before the commit leaves neither (the next run queues it); after the commit the start counts as
 * handled. Two workers skip each other's rows. Cancelled appointments are not active, so none is
 * queued; a moved appointment has a new start, so it is due again for that start only, and
 * cancelling or moving discards a reminder queued but not yet sent (booking.server.ts).
 */
import { managementToken } from "../booking/tokens.server";
import { queueReminderMail, REMINDER_BEFORE_MS } from "../booking/mails.server";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger.server";
import { startPoller, type Poller } from "./poller.server";

export type BookingReminderOptions = {
  prisma: PrismaClient;
  /** The booking secret (management links are derived from it, never stored). */
  secret: string;
  publicUrl: string;
  batchSize?: number;
  /** Test hook: runs inside the transaction after the reminders were queued, before the commit. */
  beforeCommit?: () => Promise<void>;
};

/** Queues the reminders due at `now`; returns how many. */
export async function queueDueReminders(options: BookingReminderOptions, now: Date): Promise<number> {
  const { prisma, secret, publicUrl } = options;
  const dueUntil = new Date(now.getTime() + REMINDER_BEFORE_MS);
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Array<{ id: string }>>(Prisma.sql`
      SELECT id::text AS id FROM termin
      WHERE status IN ('gebucht', 'bestaetigt') AND email IS NOT NULL
        AND beginn > ${now} AND beginn <= ${dueUntil}
        AND (erinnerung_fuer IS NULL OR erinnerung_fuer <> beginn)
      ORDER BY beginn
      LIMIT ${options.batchSize ?? 50}
      FOR UPDATE SKIP LOCKED`);
    for (const { id } of due) {
      const termin = await tx.termin.findUniqueOrThrow({ where: { id } });
      if (!termin.email) continue;
      const link = `${publicUrl}/termine/verwalten/${managementToken(secret, termin.id, termin.tokenNonce)}`;
      const mailId = await queueReminderMail(tx, { ...termin, email: termin.email }, link, now);
      await tx.termin.update({ where: { id }, data: { erinnerungFuer: termin.beginn, erinnerungMailId: mailId } });
    }
    await options.beforeCommit?.();
    return due.length;
  });
}

export function startBookingReminders(options: BookingReminderOptions & { logger: Pick<Logger, "info" | "error">; intervalMs?: number; now?: () => Date }): Poller {
  const batchSize = options.batchSize ?? 50;
  return startPoller(
    async () => {
      const queued = await queueDueReminders({ ...options, batchSize }, (options.now ?? (() => new Date()))());
      if (queued > 0) options.logger.info({ queued }, "Terminerinnerungen in den Postausgang gelegt");
      return queued === batchSize;
    },
    {
      intervalMs: options.intervalMs ?? 60_000,
      onError: (error) => options.logger.error({ err: error instanceof Error ? error.message : String(error) }, "Terminerinnerungen fehlgeschlagen"),
    },
  );
}
