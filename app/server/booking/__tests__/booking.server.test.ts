import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { freeSlots } from "../availability.server";
import { bookAppointment, cancelAppointment, findByToken, moveAppointment, violation, type BookingContext } from "../booking.server";
import { FIXED_NOW, nthSlot, seedBookingCentre, TEST_SECRET, type BookingFixture } from "./booking-fixture";

describe("violation", () => {
  it("tells the overlap constraint, a unique index and a deadlock victim apart", () => {
    expect(violation(Object.assign(new Error('conflicting key value violates exclusion constraint "termin_keine_ueberschneidung"'), { code: "P2010" }))).toBe("ueberschneidung");
    expect(violation({ code: "P2002" })).toBe("eindeutig");
    expect(violation(Object.assign(new Error("Transaction failed due to a write conflict or a deadlock. Please retry your transaction"), { code: "P2034" }))).toBe("konflikt");
    expect(violation(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe("konflikt");
    expect(violation(new Error("connection refused"))).toBeNull();
  });
});

describe.each(testDatabaseKinds)("booking (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: BookingFixture;
  const ctx = (): BookingContext => ({ db: database().prisma, secret: TEST_SECRET, now: FIXED_NOW, publicUrl: "https://sozial.example.org" });
  const request = (start: Date, extra: Record<string, string> = {}) => ({ beratungsstelleId: fixture.beratungsstelleId, start, art: "telefon" as const, name: "Pseudonym Kiwi", ...extra });

  it("books a free slot without e-mail, finds it by token, and cancelling frees the slot again", async () => {
    fixture = await seedBookingCentre(database().prisma, `a-${kind}`);
    const start = nthSlot(0);
    const result = await bookAppointment(ctx(), request(start));
    if (!result.ok) throw new Error(result.code);
    expect(result.termin.buchungscode).toMatch(/^T-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(result.termin.tokenHash).not.toContain(result.token);
    expect(await database().prisma.mailOutbox.count()).toBe(0);
    const day = { von: "2026-01-05", bis: "2026-01-05", now: FIXED_NOW };
    expect((await freeSlots(database().prisma, fixture.beratungsstelleId, day)).map((s) => s.start.getTime())).not.toContain(start.getTime());

    const found = await findByToken(database().prisma, result.token);
    expect(found?.id).toBe(result.termin.id);
    expect(await findByToken(database().prisma, result.token.slice(1))).toBeNull();

    const cancelled = await cancelAppointment(database().prisma, found!, FIXED_NOW);
    expect(cancelled.ok).toBe(true);
    expect((await freeSlots(database().prisma, fixture.beratungsstelleId, day)).map((s) => s.start.getTime())).toContain(start.getTime());
  });

  it("answers a taken slot with termin_vergeben and three alternatives, a time off the grid with kein_termin", async () => {
    const start = nthSlot(3);
    expect((await bookAppointment(ctx(), request(start))).ok).toBe(true);
    const second = await bookAppointment(ctx(), request(start));
    expect(second.ok).toBe(false);
    if (second.ok || second.code !== "termin_vergeben") throw new Error("expected termin_vergeben");
    expect(second.alternativen.map((s) => s.start.toISOString())).toEqual([nthSlot(2), nthSlot(4), nthSlot(1)].map((d) => d.toISOString()).sort());
    const offGrid = await bookAppointment(ctx(), request(new Date(start.getTime() + 30 * 60_000)));
    expect(offGrid).toEqual({ ok: false, code: "kein_termin" });
    expect(await bookAppointment(ctx(), request(new Date("2025-12-29T08:00:00Z")))).toEqual({ ok: false, code: "kein_termin" });
  });

  it("queues the confirmation with an e-mail and the move notice on moving; reminders come from the reminder job", async () => {
    const result = await bookAppointment(ctx(), request(nthSlot(12), { email: "kiwi@example.org" }));
    if (!result.ok) throw new Error(result.code);
    const mails = await database().prisma.mailOutbox.findMany({ where: { an: "kiwi@example.org" }, orderBy: { id: "asc" } });
    expect(mails.map((m) => m.anlass)).toEqual(["termin_bestaetigung"]);
    expect(mails[0]!.sendenAb.getTime()).toBe(FIXED_NOW.getTime());
    expect(mails[0]!.text).toContain(result.termin.buchungscode);
    expect(mails.map((m) => m.text).join()).not.toContain("Kontopfändung");
    expect(result.termin.erinnerungFuer).toBeNull();

    const moved = await moveAppointment(ctx(), result.termin, result.token, nthSlot(15));
    if (!moved.ok) throw new Error(moved.code);
    expect(moved.termin.beginn.getTime()).toBe(nthSlot(15).getTime());
    const cancelled = await cancelAppointment(database().prisma, moved.termin, FIXED_NOW);
    expect(cancelled.ok).toBe(true);
    const after = await database().prisma.mailOutbox.findMany({ where: { an: "kiwi@example.org" }, orderBy: { id: "asc" } });
    expect(after.map((m) => m.anlass)).toEqual(["termin_bestaetigung", "termin_verschoben"]);
  });

  it("moves only the booking as it was read: a cancel or a move in between wins, the same move twice sends one mail", async () => {
    const booked = await bookAppointment(ctx(), request(nthSlot(20), { email: "welle@example.org" }));
    if (!booked.ok) throw new Error(booked.code);
    const stale = booked.termin;
    // Cancelled in another tab after this one read the booking.
    expect((await cancelAppointment(database().prisma, stale, FIXED_NOW)).ok).toBe(true);
    expect(await moveAppointment(ctx(), stale, booked.token, nthSlot(21))).toEqual({ ok: false, code: "nicht_mehr_moeglich" });
    const stored = await database().prisma.termin.findUniqueOrThrow({ where: { id: stale.id } });
    expect({ status: stored.status, beginn: stored.beginn.getTime() }).toEqual({ status: "storniert", beginn: nthSlot(20).getTime() });

    const again = await bookAppointment(ctx(), request(nthSlot(22), { email: "welle@example.org" }));
    if (!again.ok) throw new Error(again.code);
    const first = await moveAppointment(ctx(), again.termin, again.token, nthSlot(23));
    if (!first.ok) throw new Error(first.code);
    // The same form sent again: with the fresh booking a no-op, with the one read before refused.
    expect(await moveAppointment(ctx(), first.termin, again.token, nthSlot(23))).toMatchObject({ ok: true });
    expect(await moveAppointment(ctx(), again.termin, again.token, nthSlot(24))).toEqual({ ok: false, code: "nicht_mehr_moeglich" });
    const moves = await database().prisma.mailOutbox.count({ where: { an: "welle@example.org", anlass: "termin_verschoben" } });
    expect(moves).toBe(1);
  });

  it("returns the same booking for a repeated Idempotency-Key and refuses it with another body", async () => {
    const first = await bookAppointment(ctx(), { ...request(nthSlot(20)), idempotencyKey: `key-${kind}` });
    const again = await bookAppointment(ctx(), { ...request(nthSlot(20)), idempotencyKey: `key-${kind}` });
    if (!first.ok || !again.ok) throw new Error("expected bookings");
    expect(again.termin.id).toBe(first.termin.id);
    expect(again.token).toBe(first.token);
    expect(again.wiederholt).toBe(true);
    expect(await bookAppointment(ctx(), { ...request(nthSlot(21)), idempotencyKey: `key-${kind}` })).toEqual({ ok: false, code: "idempotenz_konflikt" });
  });

  it("the exclusion constraint refuses an overlapping active booking written past the application, but not a cancelled one", async () => {
    const prisma = database().prisma;
    const insert = (beginn: string, ende: string, status: string, code: string) =>
      prisma.$executeRawUnsafe(
        `INSERT INTO termin (id, buchungscode, beratungsstelle_id, kalender_id, art, beginn, ende, status, name, token_hash, token_nonce, updated_at)
         VALUES (gen_random_uuid(), $1, $2::uuid, $3::uuid, 'telefon', $4::timestamptz, $5::timestamptz, $6::"TerminStatus", 'X', $1, 'n', now())`,
        code, fixture.beratungsstelleId, fixture.kalenderId, beginn, ende, status,
      );
    await insert("2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z", "gebucht", `c1-${kind}`);
    await expect(insert("2026-03-02T08:30:00Z", "2026-03-02T09:30:00Z", "bestaetigt", `c2-${kind}`)).rejects.toThrow();
    await insert("2026-03-02T08:30:00Z", "2026-03-02T09:30:00Z", "storniert", `c3-${kind}`);
    await insert("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "gebucht", `c4-${kind}`);
    // Un-cancelling the overlapping one is a transition the constraint covers too.
    await expect(prisma.$executeRawUnsafe(`UPDATE termin SET status = 'gebucht' WHERE buchungscode = $1`, `c3-${kind}`)).rejects.toThrow();
  });

  // PGlite serialises queries, so there this checks the constraint and the 409 path, not real races.
  const attempts = kind === "postgresql" ? 100 : 10;
  const rounds = kind === "postgresql" ? 20 : 2;
  it(`${attempts} parallel bookings of one slot give exactly one success, ${rounds} times`, async () => {
    const own = await seedBookingCentre(database().prisma, `race-${kind}`);
    for (let round = 0; round < rounds; round++) {
      const start = nthSlot(30 + round);
      const results = await Promise.all(
        Array.from({ length: attempts }, (_, i) => bookAppointment(ctx(), { beratungsstelleId: own.beratungsstelleId, start, art: "video", name: `Person ${i}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === "termin_vergeben")).toHaveLength(attempts - 1);
    }
    const active = await database().prisma.termin.count({ where: { beratungsstelleId: own.beratungsstelleId, status: "gebucht" } });
    expect(active).toBe(rounds);
  }, 300_000);

  const randomRounds = kind === "postgresql" ? 1000 : 100;
  it(`${randomRounds} randomised overlapping inserts leave zero overlaps (SQL check)`, async () => {
    const prisma = database().prisma;
    const own = await seedBookingCentre(prisma, `random-${kind}`);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const base = Date.UTC(2026, 5, 1, 6);
    const tries = Array.from({ length: randomRounds }, (_, i) => {
      const start = base + Math.floor(random() * 200) * 15 * 60_000;
      const ende = start + (1 + Math.floor(random() * 6)) * 15 * 60_000;
      return prisma
        .$executeRawUnsafe(
          `INSERT INTO termin (id, buchungscode, beratungsstelle_id, kalender_id, art, beginn, ende, name, token_hash, token_nonce, updated_at)
           VALUES (gen_random_uuid(), $1, $2::uuid, $3::uuid, 'vor_ort', $4::timestamptz, $5::timestamptz, 'X', $1, 'n', now())`,
          `r${i}-${kind}`, own.beratungsstelleId, own.kalenderId, new Date(start).toISOString(), new Date(ende).toISOString(),
        )
        .then(() => true, () => false);
    });
    const inserted = (await Promise.all(tries)).filter(Boolean).length;
    expect(inserted).toBeGreaterThan(10);
    const overlaps = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM termin a JOIN termin b ON a.kalender_id = b.kalender_id AND a.id < b.id
       AND a.status <> 'storniert' AND b.status <> 'storniert' AND tstzrange(a.beginn, a.ende) && tstzrange(b.beginn, b.ende)
       WHERE a.kalender_id = $1::uuid`,
      own.kalenderId,
    );
    expect(Number(overlaps[0]!.n)).toBe(0);
  }, 300_000);

});
