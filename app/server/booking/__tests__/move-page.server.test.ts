/**
 * Moving a booking from the help seeker's management link (move-page.server.ts) on PGlite and,
 * with TEST_DATABASE_URL, PostgreSQL: the picker keeps the booked kind and does not offer the
 * booked time; a move frees the old time, tells the help seeker by mail and the reminder job
 * never sends for the old time (through a real local SMTP server); a lost race answers with the
 * nearest free times and leaves the booking as it was; parallel moves to one time give one winner.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { useTestSmtp } from "../../../../tests/support/smtp";
import { queueDueReminders } from "../../jobs/booking-reminders.server";
import { sendDueMails } from "../../jobs/mail-sender.server";
import { freeSlots } from "../availability.server";
import { bookAppointment, cancelAppointment, findByToken, violation, type BookingContext } from "../booking.server";
import { formatSlotLong } from "../format.server";
import { movePage, movePath, submitMove } from "../move-page.server";
import { FIXED_NOW, nthSlot, seedBookingCentre, TEST_SECRET, type BookingFixture } from "./booking-fixture";

const HOUR = 3600_000;
const PUBLIC_URL = "https://sozial.example.org";

describe.each(testDatabaseKinds)("moving a booking from the management link (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: BookingFixture;
  const mail = useTestSmtp();
  const ctx = (now = FIXED_NOW): BookingContext => ({ db: database().prisma, secret: TEST_SECRET, now, publicUrl: PUBLIC_URL });
  const book = async (slot: number, extra: { email?: string; beratungsstelleId?: string } = {}) => {
    const result = await bookAppointment(ctx(), { beratungsstelleId: extra.beratungsstelleId ?? fixture.beratungsstelleId, start: nthSlot(slot), art: "telefon", name: "Demo-Pseudonym Linde", ...(extra.email ? { email: extra.email } : {}) });
    if (!result.ok) throw new Error(result.code);
    return result;
  };
  const freeStarts = async (day: string, centre = fixture.beratungsstelleId) =>
    (await freeSlots(database().prisma, centre, { von: day, bis: day, art: "telefon", now: FIXED_NOW })).map((s) => s.start.toISOString());
  const form = (start: Date) => ({ aktion: "verschieben", zeit: start.toISOString() });

  beforeAll(async () => {
    fixture = await seedBookingCentre(database().prisma, `verschieben-${kind}`);
  });

  it("offers the booked kind only, whatever the address says, and not the booked time", async () => {
    const { termin, token } = await book(2);
    const day = await movePage(ctx(), termin, token, new URLSearchParams({ art: "video", tag: "2026-01-05" }));
    if (!day.moeglich) throw new Error("expected the picker");
    expect(day.view.step).toBe(3);
    expect(day.view.params.art).toBe("telefon");
    const times = day.view.times!.map((t) => t.value);
    expect(times).not.toContain(nthSlot(2).toISOString());
    expect(times).toContain(nthSlot(3).toISOString());
    expect(day.view.chosen.map((c) => c.label)).toEqual(["Tag"]);
    expect(day.view.chosen[0]!.href.startsWith(movePath(token))).toBe(true);

    const start = await movePage(ctx(), termin, token, new URLSearchParams());
    expect(start.moeglich && start.view.step).toBe(2);

    const cancelled = await cancelAppointment(database().prisma, termin, FIXED_NOW);
    if (!cancelled.ok) throw new Error(cancelled.code);
    expect((await movePage(ctx(), cancelled.termin, token, new URLSearchParams())).moeglich).toBe(false);
    expect(await submitMove(ctx(), cancelled.termin, token, form(nthSlot(4)))).toEqual({ kind: "nicht_mehr_moeglich" });
  });

  it("moves: the old time is free, the new one taken, the link still works, a mail tells the new time, and the reminder never goes out for the old time", async () => {
    const address = `demo-linde-${kind}@example.org`;
    const { termin, token } = await book(12, { email: address });
    const oldDue = new Date(nthSlot(12).getTime() - 24 * HOUR);
    // The reminder for the old time is already queued, not yet sent, when the person moves.
    expect(await queueDueReminders({ prisma: database().prisma, secret: TEST_SECRET, publicUrl: PUBLIC_URL }, oldDue)).toBe(1);

    expect(await submitMove(ctx(oldDue), termin, token, form(nthSlot(25)))).toEqual({ kind: "verschoben" });
    const moved = await findByToken(database().prisma, token);
    expect(moved?.id).toBe(termin.id);
    expect(moved?.beginn.toISOString()).toBe(nthSlot(25).toISOString());
    expect(await freeStarts("2026-01-06")).toContain(nthSlot(12).toISOString());
    expect(await freeStarts("2026-01-07")).not.toContain(nthSlot(25).toISOString());

    // Around the old time: the mail sender and the reminder job run, nothing about the old time arrives.
    for (const at of [oldDue, new Date(oldDue.getTime() + HOUR), new Date(nthSlot(12).getTime() - HOUR)]) {
      await queueDueReminders({ prisma: database().prisma, secret: TEST_SECRET, publicUrl: PUBLIC_URL }, at);
      await sendDueMails({ prisma: database().prisma, transport: mail.transport, now: () => at });
    }
    const oldText = `Termin: ${formatSlotLong(nthSlot(12), new Date(nthSlot(12).getTime() + HOUR))}`;
    const newText = `Termin: ${formatSlotLong(nthSlot(25), new Date(nthSlot(25).getTime() + HOUR))}`;
    const mine = () => mail.received.filter((m) => m.to[0] === address);
    expect(mine().map((m) => m.subject)).toEqual(["Ihr Termin ist gebucht", "Ihr Termin wurde verschoben"]);
    expect(mine()[1]!.text).toContain(newText);
    expect(mine()[1]!.text).toContain(`${PUBLIC_URL}/termine/verwalten/${token}`);
    expect(mine().filter((m) => m.subject.startsWith("Erinnerung"))).toHaveLength(0);

    const newDue = new Date(nthSlot(25).getTime() - 24 * HOUR);
    expect(await queueDueReminders({ prisma: database().prisma, secret: TEST_SECRET, publicUrl: PUBLIC_URL }, newDue)).toBe(1);
    await sendDueMails({ prisma: database().prisma, transport: mail.transport, now: () => newDue });
    const reminders = mine().filter((m) => m.subject === "Erinnerung an Ihren Termin morgen");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain(newText);
    expect(mine().some((m) => m.text.includes(oldText) && m.subject !== "Ihr Termin ist gebucht")).toBe(false);
  });

  it("a time taken meanwhile: the nearest free times to choose from, the booking unchanged", async () => {
    const mine = await book(40);
    await book(41);
    const outcome = await submitMove(ctx(), mine.termin, mine.token, form(nthSlot(41)));
    if (outcome.kind !== "form") throw new Error(outcome.kind);
    expect(outcome.state.notice?.title).toBe("Diese Zeit ist inzwischen vergeben");
    expect(outcome.state.alternatives.map((a) => a.value)).toEqual([nthSlot(42), nthSlot(43), nthSlot(44)].map((d) => d.toISOString()));
    expect((await findByToken(database().prisma, mine.token))?.beginn.toISOString()).toBe(nthSlot(40).toISOString());

    // Sent from the alternatives without a choice: asked again; without the alternatives: start over.
    const none = await submitMove(ctx(), mine.termin, mine.token, { aktion: "verschieben", alternativen: "ja", gewuenscht: outcome.state.wanted });
    if (none.kind !== "form") throw new Error(none.kind);
    expect(none.state.errors).toEqual([{ fieldId: "zeit", message: "Bitte wählen Sie eine der freien Zeiten." }]);
    expect(none.state.alternatives).toEqual(outcome.state.alternatives);
    expect(await submitMove(ctx(), mine.termin, mine.token, { aktion: "verschieben" })).toEqual({ kind: "neu_waehlen" });
  });

  it("the exclusion constraint refuses a move written past the availability check, and the service reads it as taken", async () => {
    const first = await book(60);
    const second = await book(61);
    const error = await database()
      .prisma.termin.update({ where: { id: second.termin.id }, data: { beginn: new Date(nthSlot(60).getTime() + 30 * 60_000), ende: new Date(nthSlot(61).getTime() + 30 * 60_000) } })
      .then(() => null, (e: unknown) => e);
    expect(violation(error)).toBe("ueberschneidung");
    expect((await findByToken(database().prisma, first.token))?.status).toBe("gebucht");
  });

  const movers = kind === "postgresql" ? 10 : 3;
  const rounds = kind === "postgresql" ? 5 : 1;
  it(`${movers} bookings moved to one time at once: exactly one moves, the others get alternatives, ${rounds} times`, async () => {
    const own = await seedBookingCentre(database().prisma, `verschieben-race-${kind}`);
    for (let round = 0; round < rounds; round++) {
      const target = nthSlot(100 + round * 20);
      const booked = await Promise.all(Array.from({ length: movers }, (_, i) => book(101 + round * 20 + i, { beratungsstelleId: own.beratungsstelleId })));
      const outcomes = await Promise.all(booked.map((b) => submitMove(ctx(), b.termin, b.token, form(target))));
      expect(outcomes.filter((o) => o.kind === "verschoben")).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === "form" && o.state.alternatives.length > 0)).toHaveLength(movers - 1);
      expect(await database().prisma.termin.count({ where: { beratungsstelleId: own.beratungsstelleId, beginn: target, status: { not: "storniert" } } })).toBe(1);
    }
  }, 120_000);
});
