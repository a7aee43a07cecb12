/**
 * Booking reminders with a fake clock, through the mail outbox to a real local SMTP server:
 * nothing before 24 h, exactly one after, none when cancelled, the new time only when moved, no
 * duplicate after a crash before the commit or with two workers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, cancelAppointment, moveAppointment, type BookingContext } from "../../booking/booking.server";
import { FIXED_NOW, nthSlot, seedBookingCentre, TEST_SECRET, type BookingFixture } from "../../booking/__tests__/booking-fixture";
import { openDatabase } from "../../db.server";
import { queueDueReminders, type BookingReminderOptions } from "../booking-reminders.server";
import { sendDueMails } from "../mail-sender.server";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { useTestSmtp } from "../../../../tests/support/smtp";

const HOUR = 3600_000;
const PUBLIC_URL = "https://sozial.example.org";

describe.each(testDatabaseKinds)("booking reminders (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: BookingFixture;
  const mail = useTestSmtp();
  const ctx = (now = FIXED_NOW): BookingContext => ({ db: database().prisma, secret: TEST_SECRET, now, publicUrl: PUBLIC_URL });
  const reminders = (extra: Partial<BookingReminderOptions> = {}): BookingReminderOptions => ({ prisma: database().prisma, secret: TEST_SECRET, publicUrl: PUBLIC_URL, ...extra });
  const book = async (slot: number, email: string | undefined, now = FIXED_NOW) => {
    const result = await bookAppointment(ctx(now), { beratungsstelleId: fixture.beratungsstelleId, start: nthSlot(slot), art: "telefon", name: "Demo-Pseudonym Kiwi", ...(email ? { email } : {}) });
    if (!result.ok) throw new Error(result.code);
    return result;
  };
  /** The reminder job and the mail sender, both at `now`. */
  const runAt = async (now: Date) => {
    const queued = await queueDueReminders(reminders(), now);
    await sendDueMails({ prisma: database().prisma, transport: mail.transport, now: () => now });
    return queued;
  };
  const arrived = (to: string, subject = "Erinnerung an Ihren Termin morgen") => mail.received.filter((m) => m.to[0] === to && m.subject === subject);

  beforeAll(async () => {
    fixture = await seedBookingCentre(database().prisma, `erinnerung-${kind}`);
  });

  it("sends nothing before 24 hours ahead, then exactly one reminder in German, also when the job runs again", async () => {
    const { termin, token } = await book(12, "demo-kiwi@example.org");
    const due = new Date(nthSlot(12).getTime() - 24 * HOUR);

    expect(await runAt(new Date(due.getTime() - 60_000))).toBe(0);
    expect(arrived("demo-kiwi@example.org")).toHaveLength(0);
    expect(arrived("demo-kiwi@example.org", "Ihr Termin ist gebucht")).toHaveLength(1);

    expect(await runAt(due)).toBe(1);
    expect(await runAt(new Date(due.getTime() + 60_000))).toBe(0);
    expect(await runAt(new Date(due.getTime() + 12 * HOUR))).toBe(0);
    const [mail, ...more] = arrived("demo-kiwi@example.org");
    expect(more).toHaveLength(0);
    expect(mail!.text).toContain("Guten Tag Demo-Pseudonym Kiwi,");
    expect(mail!.text).toContain("wir erinnern Sie an Ihren Termin.");
    expect(mail!.text).toContain("Termin: Dienstag, 6. Januar 2026, 10:00 bis 11:00 Uhr");
    expect(mail!.text).toContain(`Buchungscode: ${termin.buchungscode}`);
    expect(mail!.text).toContain(`${PUBLIC_URL}/termine/verwalten/${token}`);
    const rows = await database().prisma.mailOutbox.findMany({ where: { an: "demo-kiwi@example.org", anlass: "termin_erinnerung" } });
    expect(rows).toHaveLength(1);
  });

  it("queues none without an e-mail address and none for a booking made less than 24 hours ahead", async () => {
    await book(13, undefined);
    const late = new Date(nthSlot(14).getTime() - 20 * HOUR);
    await book(14, "demo-kurzfristig@example.org", late);
    expect(await runAt(new Date(nthSlot(14).getTime() - 19 * HOUR))).toBe(0);
    expect(arrived("demo-kurzfristig@example.org", "Ihr Termin ist gebucht")).toHaveLength(1);
    expect(arrived("demo-kurzfristig@example.org")).toHaveLength(0);
  });

  it("sends none for a cancelled appointment, also when it was cancelled after the reminder was queued but before it was sent", async () => {
    const early = await book(22, "demo-storniert@example.org");
    await cancelAppointment(database().prisma, early.termin, FIXED_NOW);
    expect(await runAt(new Date(nthSlot(22).getTime() - 23 * HOUR))).toBe(0);

    const late = await book(23, "demo-spaet-storniert@example.org");
    const due = new Date(nthSlot(23).getTime() - 24 * HOUR);
    expect(await queueDueReminders(reminders(), due)).toBe(1); // queued, no SMTP run yet
    await cancelAppointment(database().prisma, late.termin, due);
    await sendDueMails({ prisma: database().prisma, transport: mail.transport, now: () => due });
    expect(arrived("demo-storniert@example.org")).toHaveLength(0);
    expect(arrived("demo-spaet-storniert@example.org")).toHaveLength(0);
    expect(arrived("demo-spaet-storniert@example.org", "Ihr Termin ist gebucht")).toHaveLength(1);
  });

  it("after a move sends the reminder for the new time only", async () => {
    const booked = await book(32, "demo-verschoben@example.org");
    const moved = await moveAppointment(ctx(), booked.termin, booked.token, nthSlot(45));
    if (!moved.ok) throw new Error(moved.code);
    expect(await runAt(new Date(nthSlot(32).getTime() - 24 * HOUR))).toBe(0);
    expect(await runAt(new Date(nthSlot(45).getTime() - 24 * HOUR))).toBe(1);
    const mails = arrived("demo-verschoben@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Termin: Freitag, 9. Januar 2026, 13:00 bis 14:00 Uhr");

    // Queued for one start, moved before it was sent: that reminder is discarded, the new start gets its own.
    const again = await book(52, "demo-zweimal@example.org");
    const firstDue = new Date(nthSlot(52).getTime() - 24 * HOUR);
    expect(await queueDueReminders(reminders(), firstDue)).toBe(1);
    const second = await moveAppointment(ctx(firstDue), again.termin, again.token, nthSlot(65));
    if (!second.ok) throw new Error(second.code);
    expect(await runAt(firstDue)).toBe(0);
    expect(await runAt(new Date(nthSlot(65).getTime() - 24 * HOUR))).toBe(1);
    const both = arrived("demo-zweimal@example.org");
    expect(both).toHaveLength(1);
    expect(both[0]!.text).toContain("Termin: Dienstag, 13. Januar 2026, 13:00 bis 14:00 Uhr");
  });

  it("a crash after queueing but before the commit leaves no reminder behind; the next run queues exactly one", async () => {
    await book(72, "demo-absturz@example.org");
    const due = new Date(nthSlot(72).getTime() - 24 * HOUR);
    const crash = reminders({ beforeCommit: () => Promise.reject(new Error("Prozess beendet")) });
    await expect(queueDueReminders(crash, due)).rejects.toThrow("Prozess beendet");
    expect(await database().prisma.mailOutbox.count({ where: { an: "demo-absturz@example.org", anlass: "termin_erinnerung" } })).toBe(0);

    expect(await runAt(due)).toBe(1);
    expect(await runAt(due)).toBe(0);
    expect(arrived("demo-absturz@example.org")).toHaveLength(1);
  });

  it("two workers at once queue one reminder per appointment", async () => {
    const slots = [82, 83, 84, 85, 86];
    for (const slot of slots) await book(slot, `demo-parallel-${slot}@example.org`);
    const now = new Date(nthSlot(86).getTime() - 24 * HOUR);
    const second = kind === "postgresql" ? await openDatabase({ databaseUrl: database().url }) : undefined;
    try {
      const counts = await Promise.all([
        queueDueReminders(reminders(), now),
        queueDueReminders(reminders({ prisma: second?.prisma ?? database().prisma }), now),
        queueDueReminders(reminders(), now),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(slots.length);
    } finally {
      await second?.close();
    }
    await sendDueMails({ prisma: database().prisma, transport: mail.transport, now: () => now });
    for (const slot of slots) expect(arrived(`demo-parallel-${slot}@example.org`)).toHaveLength(1);
  });
});
