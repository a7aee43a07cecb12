import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { Actor, Rolle } from "../../../domain/accounts/permissions";
import {
  agendaCentres,
  applyStaffAction,
  blockTime,
  bookingSignals,
  calendarFeed,
  issueCalendarFeed,
  loadAgenda,
  moveForStaff,
  revokeCalendarFeed,
  unblockTime,
} from "../agenda.server";
import { freeSlots } from "../availability.server";
import { bookAppointment, findByToken, type BookingContext } from "../booking.server";
import { FIXED_NOW, nthSlot, seedBookingCentre, TEST_SECRET, type BookingFixture } from "./booking-fixture";

const staff = (rolle: Exclude<Rolle, "ratsuchend">, scope: { traegerId?: string; beratungsstelleId?: string }): Actor => ({
  benutzerId: randomUUID(),
  anzeigename: `Demo-${rolle}`,
  istPersonal: true,
  memberships: [{ rolle, traegerId: scope.traegerId ?? null, beratungsstelleId: scope.beratungsstelleId ?? null, kommuneId: null }],
});

async function expectStatus(promise: Promise<unknown>, status: number) {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(Response);
  expect((error as Response).status).toBe(status);
}

describe.each(testDatabaseKinds)("staff agenda (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let own: BookingFixture;
  let foreign: BookingFixture;
  let counsellor: Actor;
  const ctx = (now = FIXED_NOW): BookingContext => ({ db: database().prisma, secret: TEST_SECRET, now, publicUrl: "https://sozial.example.org" });
  const book = async (n: number, extra: Record<string, string> = {}, fixture = own) => {
    const result = await bookAppointment(ctx(), { beratungsstelleId: fixture.beratungsstelleId, start: nthSlot(n), art: "telefon", name: "Pseudonym Linde", ...extra });
    if (!result.ok) throw new Error(result.code);
    return result;
  };

  beforeAll(async () => {
    own = await seedBookingCentre(database().prisma, `agenda-${kind}`);
    foreign = await seedBookingCentre(database().prisma, `fremd-${kind}`);
    counsellor = staff("berater", { beratungsstelleId: own.beratungsstelleId });
  });

  it("shows a counsellor only the agenda of their own centre", async () => {
    await book(0);
    await book(1, {}, foreign);
    expect((await agendaCentres(database().prisma, counsellor)).map((c) => c.id)).toEqual([own.beratungsstelleId]);
    const { calendars } = await loadAgenda(database().prisma, counsellor, own.beratungsstelleId, "2026-01-05", "2026-01-11");
    expect(calendars).toHaveLength(1);
    expect(calendars[0]!.termine.map((t) => t.beginn.getTime())).toEqual([nthSlot(0).getTime()]);
    await expectStatus(loadAgenda(database().prisma, counsellor, foreign.beratungsstelleId, "2026-01-05", "2026-01-11"), 403);
    const admin = staff("plattform_admin", {});
    expect((await agendaCentres(database().prisma, admin)).map((c) => c.id)).toEqual(expect.arrayContaining([own.beratungsstelleId, foreign.beratungsstelleId]));
  });

  it("refuses every action on a foreign centre's booking with 403 and an unknown one with 404", async () => {
    const other = await book(2, {}, foreign);
    await expectStatus(applyStaffAction(ctx(), counsellor, other.termin.id, "bestaetigen", null), 403);
    await expectStatus(moveForStaff(ctx(), counsellor, other.termin.id, nthSlot(3)), 403);
    await expectStatus(blockTime(database().prisma, counsellor, { kalenderId: foreign.kalenderId, datum: "2026-01-06", von: "", bis: "", ganzerTag: true }), 403);
    await expectStatus(issueCalendarFeed(database().prisma, counsellor, foreign.kalenderId), 403);
    await expectStatus(applyStaffAction(ctx(), counsellor, randomUUID(), "bestaetigen", null), 404);
  });

  it("confirms, then cancels with a reason the help seeker is told, and can enter it again", async () => {
    const booked = await book(4, { email: "linde@example.org" });
    const confirmed = await applyStaffAction(ctx(), counsellor, booked.termin.id, "bestaetigen", null);
    expect(confirmed).toMatchObject({ ok: true, termin: { status: "bestaetigt" } });
    expect(await applyStaffAction(ctx(), counsellor, booked.termin.id, "bestaetigen", null)).toEqual({ ok: false, code: "termin_status_unzulaessig" });

    const cancelled = await applyStaffAction(ctx(), counsellor, booked.termin.id, "absagen", "Die Beraterin ist erkrankt.");
    expect(cancelled).toMatchObject({ ok: true, termin: { status: "storniert", stornoGrund: "Die Beraterin ist erkrankt." } });
    const notice = await database().prisma.mailOutbox.findFirstOrThrow({ where: { an: "linde@example.org", anlass: "termin_abgesagt" } });
    expect(notice.text).toContain("Die Beraterin ist erkrankt.");
    expect(notice.text).toContain(booked.termin.buchungscode);

    const again = await applyStaffAction(ctx(), counsellor, booked.termin.id, "reaktivieren", null);
    expect(again).toMatchObject({ ok: true, termin: { status: "gebucht", stornoGrund: null, erinnerungFuer: null } });
    const confirmations = await database().prisma.mailOutbox.count({ where: { an: "linde@example.org", anlass: "termin_bestaetigung" } });
    expect(confirmations).toBe(2);
    const log = await database().prisma.protokoll.findMany({ where: { objektId: booked.termin.id }, orderBy: { id: "asc" } });
    expect(log.map((entry) => entry.aktion)).toEqual(["termin.bestaetigen", "termin.absagen", "termin.reaktivieren"]);
  });

  it("does not enter a cancelled booking again when its time was booked meanwhile (exclusion constraint)", async () => {
    const first = await book(5);
    expect(await applyStaffAction(ctx(), counsellor, first.termin.id, "absagen", "Terminänderung")).toMatchObject({ ok: true });
    await book(5, { name: "Pseudonym Buche" });
    expect(await applyStaffAction(ctx(), counsellor, first.termin.id, "reaktivieren", null)).toEqual({ ok: false, code: "termin_vergeben" });
  });

  it("marks a no-show only once the appointment has begun", async () => {
    const booked = await book(6);
    expect(await applyStaffAction(ctx(), counsellor, booked.termin.id, "nicht_erschienen", null)).toEqual({ ok: false, code: "nicht_mehr_moeglich" });
    const later = new Date(nthSlot(6).getTime() + 10 * 60_000);
    expect(await applyStaffAction(ctx(later), counsellor, booked.termin.id, "nicht_erschienen", null)).toMatchObject({ ok: true, termin: { status: "nicht_erschienen" } });
  });

  it("moves a booking; the help seeker's link still opens it", async () => {
    const booked = await book(7);
    const moved = await moveForStaff(ctx(), counsellor, booked.termin.id, nthSlot(8));
    expect(moved).toMatchObject({ ok: true });
    expect((await findByToken(database().prisma, booked.token))?.beginn.getTime()).toBe(nthSlot(8).getTime());
  });

  it("blocks time: the slots vanish, bookings inside are counted and stay; lifting the block frees them", async () => {
    const inside = await book(13); // Tuesday 2026-01-06, 10:00 Berlin
    const day = { von: "2026-01-06", bis: "2026-01-06", now: FIXED_NOW };
    const blocked = await blockTime(database().prisma, counsellor, { kalenderId: own.kalenderId, datum: "2026-01-06", von: "09:00", bis: "12:00", ganzerTag: false });
    expect(blocked.betroffen).toBe(1);
    const starts = (await freeSlots(database().prisma, own.beratungsstelleId, day)).map((s) => s.start.getTime());
    expect(starts).not.toContain(nthSlot(11).getTime());
    expect(starts).toContain(nthSlot(15).getTime());
    expect((await findByToken(database().prisma, inside.token))?.status).toBe("gebucht");
    const { calendars } = await loadAgenda(database().prisma, counsellor, own.beratungsstelleId, "2026-01-06", "2026-01-06");
    expect(calendars[0]!.sperren).toEqual([{ id: blocked.id, datum: "2026-01-06", von: "09:00", bis: "12:00", fuerAlle: false }]);
    await unblockTime(database().prisma, counsellor, blocked.id);
    expect((await freeSlots(database().prisma, own.beratungsstelleId, day)).map((s) => s.start.getTime())).toContain(nthSlot(11).getTime());
  });

  it("serves the private iCal feed without personal data until it is revoked or replaced", async () => {
    await book(16, { email: "eiche@example.org", anliegen: "Mietschulden", name: "Pseudonym Eiche" });
    const token = await issueCalendarFeed(database().prisma, counsellor, own.kalenderId);
    const feed = await calendarFeed(database().prisma, token, FIXED_NOW);
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toContain("Beratungstermin (Telefon)");
    for (const secret of ["Eiche", "eiche@example.org", "Mietschulden"]) expect(feed).not.toContain(secret);
    const stored = await database().prisma.beratungskalender.findUniqueOrThrow({ where: { id: own.kalenderId } });
    expect(stored.icalTokenHash).not.toContain(token);

    const renewed = await issueCalendarFeed(database().prisma, counsellor, own.kalenderId);
    expect(await calendarFeed(database().prisma, token, FIXED_NOW)).toBeNull();
    expect(await calendarFeed(database().prisma, renewed, FIXED_NOW)).toContain("BEGIN:VEVENT");
    await revokeCalendarFeed(database().prisma, counsellor, own.kalenderId);
    expect(await calendarFeed(database().prisma, renewed, FIXED_NOW)).toBeNull();
  });

  it("signals unconfirmed and new bookings on the dashboard", async () => {
    const signals = await bookingSignals(database().prisma, counsellor, FIXED_NOW);
    const unconfirmed = await database().prisma.termin.count({ where: { beratungsstelleId: own.beratungsstelleId, status: "gebucht", beginn: { gt: FIXED_NOW } } });
    expect(signals.unbestaetigt).toBe(unconfirmed);
    expect(signals.unbestaetigt).toBeGreaterThan(0);
    expect(await bookingSignals(database().prisma, staff("berater", { beratungsstelleId: randomUUID() }), FIXED_NOW)).toEqual({ unbestaetigt: 0, neu: 0 });
  });
});
