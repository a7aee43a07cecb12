/**
 * Feedback on accessibility (BITV 2.0 § 7 Abs. 1 Satz 2 Nr. 2): queued as a mail to the operator
 * and, when the sender gave an address, a confirmation to them — both in one transaction, so the
 * outbox (which keeps every mail, sent or not) is the record. Limited to 5 per client address and
 * hour, in memory per process like the error reports; the address itself is never stored.
 */
import { feedbackMails, type Feedback } from "../../domain/accessibility/feedback";
import type { PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { FixedWindowLimiter } from "../rate-limit.server";

/** Without BARRIEREFREIHEIT_EMAIL the mail stays in the outbox for platform admins. */
export const FALLBACK_OPERATOR_ADDRESS = "barrierefreiheit@localhost";

export type FeedbackVerdict = { queued: true } | { queued: false; retryAfterMinutes: number };

export function createFeedbackInbox(limit = { perAddressPerHour: 5 }) {
  const perAddress = new FixedWindowLimiter({ limit: limit.perAddressPerHour, windowMs: 60 * 60 * 1000 });
  return {
    async submit(
      prisma: PrismaClient,
      input: { feedback: Feedback; operatorAddress: string | undefined; clientAddress: string; now: Date },
    ): Promise<FeedbackVerdict> {
      const verdict = perAddress.hit(input.clientAddress, input.now.getTime());
      if (!verdict.allowed) return { queued: false, retryAfterMinutes: Math.ceil(verdict.retryAfterSeconds / 60) };
      const mails = feedbackMails(input.feedback, input.operatorAddress ?? FALLBACK_OPERATOR_ADDRESS);
      await prisma.$transaction(async (tx) => {
        for (const mail of mails) await queueMail(tx, mail);
      });
      return { queued: true };
    },
  };
}

/** The process-wide inbox the statement page uses. */
export const feedbackInbox = createFeedbackInbox();
