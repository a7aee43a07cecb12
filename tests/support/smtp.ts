/**
 * A real SMTP server for tests (the smtp-server package) on a free loopback port: it records
 * every mail it accepts, decoded enough to assert recipient, subject, Message-ID and German text.
 *
 *   const smtp = await startTestSmtp();         // smtp.url = "smtp://127.0.0.1:<port>"
 *   smtp.failNext(1, 451);                      // the next mail gets a temporary error
 *   …; smtp.received                            // [{ to, subject, text, messageId, … }]
 *   await smtp.close();
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createSmtpTransport, type MailTransport } from "../../app/server/mail/smtp.server";

export type ReceivedMail = { from: string; to: string[]; subject: string; messageId: string; text: string; raw: string };

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  /** The next `count` mails are refused after DATA with `code` (4xx temporary, 5xx permanent). */
  failNext(count: number, code: number): void;
  /** Refuses this recipient at RCPT TO with 550. */
  refuseRecipient(address: string): void;
  close(): Promise<void>;
};

/** Quoted-printable body to text (soft line breaks, =XX bytes as UTF-8). */
function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) to text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { from, to, subject: decodeHeader(header("Subject")), messageId: header("Message-ID"), text: text.replace(/\r\n/g, "\n").trimEnd(), raw };
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  let failures: { count: number; code: number } = { count: 0, code: 451 };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (failures.count > 0) {
          failures = { ...failures, count: failures.count - 1 };
          return callback(Object.assign(new Error("Bitte später erneut versuchen"), { responseCode: failures.code }));
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push(parse(Buffer.concat(chunks).toString("utf8"), from, session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(count, code) {
      failures = { count, code };
    },
    refuseRecipient(address) {
      refused.add(address);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a describe block: one test SMTP server and a transport to it, started before its tests,
 * closed after them, with the inbox emptied before each test.
 *
 *   const mail = useTestSmtp();   …; await sendDueMails({ transport: mail.transport, … }); mail.received
 */
export function useTestSmtp(): { readonly received: ReceivedMail[]; readonly transport: MailTransport } {
  let smtp: TestSmtp | undefined;
  let transport: MailTransport | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    transport = createSmtpTransport({ url: smtp.url, from: "noreply@sozial.example.org", messageIdDomain: "sozial.example.org" });
  });
  afterAll(async () => {
    transport?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    if (smtp) smtp.received.length = 0;
  });
  return {
    get received() {
      return smtp!.received;
    },
    get transport() {
      return transport!;
    },
  };
}
