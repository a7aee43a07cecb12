/**
 * The SMTP side of the mail sender: one nodemailer transport for SMTP_URL. The Message-ID is
 * derived from the outbox row (id and creation time), so a mail sent twice after a crash carries
 * the same Message-ID and the receiving side can drop the copy.
 */
import nodemailer from "nodemailer";

export type OutboundMail = { id: bigint; createdAt: Date; to: string; subject: string; text: string };

export type MailTransport = {
  send(mail: OutboundMail): Promise<void>;
  close(): void;
};

/** Why a send failed, without the message text (SMTP replies may quote the recipient address). */
export type SendFailure = { message: string; code: string; permanent: boolean; connection: boolean };

export function messageIdFor(mail: Pick<OutboundMail, "id" | "createdAt">, domain: string): string {
  return `<postausgang-${mail.id}.${mail.createdAt.getTime()}@${domain}>`;
}

export function describeSendError(error: unknown): SendFailure {
  const e = (error ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown; command?: unknown };
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : undefined;
  return {
    message: typeof e.message === "string" ? e.message : String(error),
    code: responseCode !== undefined ? String(responseCode) : typeof e.code === "string" ? e.code : "unbekannt",
    // A 5xx reply to RCPT TO: this address will not take mail; retrying cannot help.
    permanent: responseCode !== undefined && responseCode >= 500 && e.command === "RCPT TO",
    // No SMTP reply at all: the server is unreachable, the next mails would fail the same way.
    connection: responseCode === undefined,
  };
}

export type SmtpOptions = {
  url: string;
  /** The From header, e.g. "Sozialplattform <noreply@example.org>". */
  from: string;
  /** The right-hand side of Message-IDs (the site's host name). */
  messageIdDomain: string;
};

export function createSmtpTransport(options: SmtpOptions): MailTransport {
  const transporter = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: messageIdFor(mail, options.messageIdDomain),
        date: new Date(),
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close() {
      transporter.close();
    },
  };
}
