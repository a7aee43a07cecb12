import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { createFeedbackInbox, FALLBACK_OPERATOR_ADDRESS } from "../feedback.server";

const feedback = { nachricht: "Der Kontrast der Knöpfe ist zu schwach.", seite: "/leistungen", email: "person@beispiel.de" };

describe.each(testDatabaseKinds)("accessibility feedback (%s)", (kind) => {
  const database = useTestDatabase(kind);

  it("queues the operator mail and the confirmation in the outbox", async () => {
    const { prisma } = database();
    await prisma.mailOutbox.deleteMany();
    const inbox = createFeedbackInbox();
    const verdict = await inbox.submit(prisma, { feedback, operatorAddress: "betrieb@beispiel.de", clientAddress: "1.2.3.4", now: new Date() });
    expect(verdict).toEqual({ queued: true });
    const rows = await prisma.mailOutbox.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.an, row.anlass])).toEqual([
      ["betrieb@beispiel.de", "barrierefreiheit_rueckmeldung"],
      ["person@beispiel.de", "barrierefreiheit_bestaetigung"],
    ]);
    expect(rows[0]!.text).toContain(feedback.nachricht);
  });

  it("falls back to the outbox-only address and refuses the sixth message within an hour", async () => {
    const { prisma } = database();
    await prisma.mailOutbox.deleteMany();
    const inbox = createFeedbackInbox();
    const now = new Date("2026-12-07T10:00:00Z");
    const send = () => inbox.submit(prisma, { feedback: { ...feedback, email: null }, operatorAddress: undefined, clientAddress: "5.6.7.8", now });
    for (let i = 0; i < 5; i += 1) expect(await send()).toEqual({ queued: true });
    expect(await send()).toEqual({ queued: false, retryAfterMinutes: 60 });
    const rows = await prisma.mailOutbox.findMany();
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => row.an))).toEqual(new Set([FALLBACK_OPERATOR_ADDRESS]));
  });
});
