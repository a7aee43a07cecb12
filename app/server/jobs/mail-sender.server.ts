/**
 * The mail sender (issue 5): sends due mails of the mail outbox via SMTP. Started by the server
 * only when SMTP_URL is set; without it mails stay in the outbox, readable by platform admins
 * under /verwaltung/postausgang.
 *
 * Each mail is claimed on its own (claimDueMail: FOR UPDATE SKIP LOCKED, a lease and an attempt
 * counted in one committed statement), sent, then marked sent — so several workers share the
 * outbox and none sends a mail another one holds. Delivery is at least once, see outbox.server.ts:
 * a crash between the SMTP hand-over and the mark repeats that one mail after the lease, with the
 * same Message-ID. A failed attempt records the error and is retried with growing pauses; a
 * refused recipient ends the retries; an unreachable server ends the run (the rest waits).
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { Logger } from "../logger.server";
import { claimDueMail, markMailFailed, markMailSent } from "../mail/outbox.server";
import { describeSendError, type MailTransport } from "../mail/smtp.server";
import { startPoller, type Poller } from "./poller.server";

export type MailSenderRun = { sent: number; failed: number };

export type MailSenderOptions = {
  prisma: PrismaClient;
  transport: MailTransport;
  logger?: Pick<Logger, "info" | "warn" | "error">;
  /** Injected for tests; default the system clock. */
  now?: () => Date;
  /** Mails per run before the poller calls again. Default 20. */
  batchSize?: number;
};

export async function sendDueMails(options: MailSenderOptions): Promise<MailSenderRun> {
  const now = options.now ?? (() => new Date());
  const run: MailSenderRun = { sent: 0, failed: 0 };
  for (let i = 0; i < (options.batchSize ?? 20); i++) {
    const mail = await claimDueMail(options.prisma, now());
    if (!mail) break;
    try {
      await options.transport.send({ id: mail.id, createdAt: mail.createdAt, to: mail.an, subject: mail.betreff, text: mail.text });
    } catch (error) {
      const failure = describeSendError(error);
      run.failed++;
      await markMailFailed(options.prisma, mail, failure.message, now(), failure.permanent);
      // Outbox id and SMTP code only: no address, no subject in the log.
      options.logger?.warn({ mail: String(mail.id), versuch: mail.versuche, code: failure.code, endgueltig: failure.permanent }, "Mail nicht gesendet");
      if (failure.connection) break;
      continue;
    }
    await markMailSent(options.prisma, mail.id, now());
    run.sent++;
  }
  return run;
}

export function startMailSender(options: MailSenderOptions & { intervalMs?: number }): Poller {
  const batchSize = options.batchSize ?? 20;
  const poller = startPoller(
    async () => {
      const run = await sendDueMails({ ...options, batchSize });
      if (run.sent > 0 || run.failed > 0) options.logger?.info(run, "Postausgang bearbeitet");
      return run.failed === 0 && run.sent === batchSize;
    },
    {
      intervalMs: options.intervalMs ?? 10_000,
      onError: (error) => options.logger?.error({ err: error instanceof Error ? error.message : String(error) }, "Mailversand fehlgeschlagen"),
    },
  );
  return {
    async stop() {
      await poller.stop();
      options.transport.close();
    },
  };
}
