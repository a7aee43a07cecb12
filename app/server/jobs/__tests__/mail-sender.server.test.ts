/**
 * The mail sender against a real local SMTP server (smtp-server on a free port): what arrives,
 * exactly once, also when the job runs twice or two workers run at once; retries with backoff;
 * the crash between SMTP hand-over and marking (at least once, same Message-ID).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db.server";
import type { PrismaClient } from "../../generated/prisma/client";
import { claimDueMail, MAIL_LEASE_MS, MAX_MAIL_ATTEMPTS, mailState, queueMail } from "../../mail/outbox.server";
import { createSmtpTransport, messageIdFor, type MailTransport } from "../../mail/smtp.server";
import { sendDueMails } from "../mail-sender.server";
import { startTestSmtp, type TestSmtp } from "../../../../tests/support/smtp";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";

const NOW = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => () => new Date(NOW.getTime() + ms);
const DOMAIN = "sozial.example.org";

describe.each(testDatabaseKinds)("mail sender (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let smtp: TestSmtp;
  let transport: MailTransport;
  const prisma = (): PrismaClient => database().prisma;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    transport = createSmtpTransport({ url: smtp.url, from: "Demo-Sozialplattform <noreply@sozial.example.org>", messageIdDomain: DOMAIN });
  });
  afterAll(async () => {
    transport.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await prisma().mailOutbox.deleteMany();
    smtp.received.length = 0;
  });

  const queue = (an: string, extra: { sendenAb?: Date; betreff?: string; text?: string } = {}) =>
    queueMail(prisma(), { an, betreff: extra.betreff ?? "Ihr Termin ist gebucht", text: extra.text ?? "Guten Tag,\n\nIhr Termin ist gebucht.", anlass: "test", sendenAb: extra.sendenAb ?? NOW });

  it("sends due mails with recipient, subject, German text and a Message-ID from the row, once", async () => {
    const text = "Guten Tag Frau Müller,\n\nIhr Termin ist gebucht: Montag, 2. März 2026, 10:00 bis 11:00 Uhr.\nGrüße aus Görlitz – äöüß";
    const id = await queue("demo-ratsuchend@example.org", { betreff: "Bestätigung Ihres Termins", text });
    await queue("demo-spaeter@example.org", { sendenAb: new Date(NOW.getTime() + 60_000) });

    expect(await sendDueMails({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(["demo-ratsuchend@example.org"]);
    expect(mail!.from).toBe("noreply@sozial.example.org");
    expect(mail!.subject).toBe("Bestätigung Ihres Termins");
    expect(mail!.text).toBe(text);
    const row = await prisma().mailOutbox.findUniqueOrThrow({ where: { id } });
    expect(mail!.messageId).toBe(messageIdFor({ id, createdAt: row.createdAt }, DOMAIN));
    expect(row.gesendetAm?.getTime()).toBe(NOW.getTime());
    expect(mailState(row)).toBe("gesendet");

    // Running again sends nothing new; the later mail goes when it is due.
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 0, failed: 0 });
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(60_000) })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.to[0])).toEqual(["demo-ratsuchend@example.org", "demo-spaeter@example.org"]);
  });

  it("never sends a discarded mail", async () => {
    const id = await queue("demo-verworfen@example.org");
    await prisma().mailOutbox.update({ where: { id }, data: { verworfenAm: NOW } });
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("retries a temporary failure after a pause and records the last error", async () => {
    const id = await queue("demo-wiederholt@example.org");
    smtp.failNext(2, 451);
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 0, failed: 1 });
    let row = await prisma().mailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.versuche).toBe(1);
    expect(row.letzterFehler).toContain("451");
    expect(row.sendenAb.getTime()).toBe(NOW.getTime() + 60_000);
    expect(mailState(row)).toBe("wartet");

    expect(await sendDueMails({ prisma: prisma(), transport, now: at(59_000) })).toEqual({ sent: 0, failed: 0 });
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(60_000) })).toEqual({ sent: 0, failed: 1 });
    row = await prisma().mailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.sendenAb.getTime()).toBe(NOW.getTime() + 60_000 + 120_000);
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(180_000) })).toEqual({ sent: 1, failed: 0 });
    row = await prisma().mailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.versuche).toBe(3);
    expect(row.letzterFehler).toBeNull();
    expect(smtp.received).toHaveLength(1);
  });

  it("gives up on a refused recipient at once and goes on with the next mail", async () => {
    smtp.refuseRecipient("demo-unbekannt@example.org");
    const refused = await queue("demo-unbekannt@example.org");
    await queue("demo-bekannt@example.org");
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(0) })).toEqual({ sent: 1, failed: 1 });
    const row = await prisma().mailOutbox.findUniqueOrThrow({ where: { id: refused } });
    expect(row.versuche).toBe(MAX_MAIL_ATTEMPTS);
    expect(mailState(row)).toBe("fehlgeschlagen");
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(24 * 3600_000) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to[0])).toEqual(["demo-bekannt@example.org"]);
  });

  it("stops the run when the SMTP server is unreachable; the mails wait", async () => {
    const closed = await startTestSmtp();
    await closed.close();
    const unreachable = createSmtpTransport({ url: closed.url, from: "noreply@sozial.example.org", messageIdDomain: DOMAIN });
    await queue("demo-a@example.org");
    await queue("demo-b@example.org");
    expect(await sendDueMails({ prisma: prisma(), transport: unreachable, now: at(0) })).toEqual({ sent: 0, failed: 1 });
    unreachable.close();
    const rows = await prisma().mailOutbox.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.versuche)).toEqual([1, 0]);
    expect(rows[0]!.letzterFehler).not.toBeNull();
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(60_000) })).toEqual({ sent: 2, failed: 0 });
  });

  it("a crash between SMTP hand-over and marking sends that mail once more after the lease, with the same Message-ID", async () => {
    const id = await queue("demo-absturz@example.org");
    // What the job does up to the crash: claim and send, but the mark is never written.
    const claimed = await claimDueMail(prisma(), NOW);
    expect(claimed?.id).toBe(id);
    await transport.send({ id: claimed!.id, createdAt: claimed!.createdAt, to: claimed!.an, subject: claimed!.betreff, text: claimed!.text });

    // A restarted worker leaves it alone while the lease runs …
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(MAIL_LEASE_MS - 1000) })).toEqual({ sent: 0, failed: 0 });
    // … and then sends it again: at least once, never lost.
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(MAIL_LEASE_MS) })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.messageId).toBe(smtp.received[0]!.messageId);
    expect(await sendDueMails({ prisma: prisma(), transport, now: at(2 * MAIL_LEASE_MS) })).toEqual({ sent: 0, failed: 0 });
  });

  it("two workers running at once send every mail exactly once", async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => `demo-parallel-${i}@example.org`);
    for (const an of addresses) await queue(an);
    // On PostgreSQL the second worker has a connection pool of its own, like a second process.
    const second = kind === "postgresql" ? await openDatabase({ databaseUrl: database().url }) : undefined;
    try {
      const runs = await Promise.all([
        sendDueMails({ prisma: prisma(), transport, now: at(0), batchSize: 100 }),
        sendDueMails({ prisma: second?.prisma ?? prisma(), transport, now: at(0), batchSize: 100 }),
        sendDueMails({ prisma: prisma(), transport, now: at(0), batchSize: 100 }),
      ]);
      expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(30);
    } finally {
      await second?.close();
    }
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([...addresses].sort());
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(30);
    expect(await prisma().mailOutbox.count({ where: { gesendetAm: null } })).toBe(0);
  });
});
