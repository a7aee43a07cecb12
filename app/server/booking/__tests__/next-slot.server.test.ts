import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { bookAppointment, cancelAppointment, type BookingContext } from "../booking.server";
import { nextFreeSlot, nextFreeSlots, NextSlotCache } from "../next-slot.server";
import { FIXED_NOW, seedBookingCentre, TEST_SECRET } from "./booking-fixture";

describe.each(testDatabaseKinds)("next free slot (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const ctx = (): BookingContext => ({ db: database().prisma, secret: TEST_SECRET, now: FIXED_NOW, publicUrl: "https://sozial.example.org" });

  it("is the first slot after the minimum notice, moves on when it is booked and back when cancelled", async () => {
    const fixture = await seedBookingCentre(database().prisma, `next-${kind}`);
    const first = await nextFreeSlot(database().prisma, fixture.beratungsstelleId, FIXED_NOW);
    // Thursday 1 January 2026, 09:00 in Berlin plus 60 minutes notice: 10:00 Berlin.
    expect(first).toMatchObject({ bookable: true, slot: { start: new Date("2026-01-01T09:00:00Z") } });

    const booked = await bookAppointment(ctx(), { beratungsstelleId: fixture.beratungsstelleId, start: first.slot!.start, art: "telefon", name: "Pseudonym Linde" });
    if (!booked.ok) throw new Error(booked.code);
    const after = await nextFreeSlot(database().prisma, fixture.beratungsstelleId, FIXED_NOW);
    expect(after.slot?.start.toISOString()).toBe("2026-01-01T10:00:00.000Z");

    await cancelAppointment(database().prisma, booked.termin, FIXED_NOW);
    expect((await nextFreeSlot(database().prisma, fixture.beratungsstelleId, FIXED_NOW)).slot?.start.toISOString()).toBe("2026-01-01T09:00:00.000Z");
  });

  it("marks centres without a calendar as not bookable, in one batch with others", async () => {
    const fixture = await seedBookingCentre(database().prisma, `batch-${kind}`);
    const centre = await database().prisma.beratungsstelle.findUniqueOrThrow({ where: { id: fixture.beratungsstelleId } });
    const other = await database().prisma.beratungsstelle.create({
      data: { slug: `demo-ohne-kalender-${kind}`, traegerId: centre.traegerId, name: "Demo-Beratung ohne Kalender", strasse: "Demo-Weg 2", plz: "04109", ort: "Leipzig", veroeffentlicht: true, isDemo: true },
    });
    const result = await nextFreeSlots(database().prisma, [fixture.beratungsstelleId, other.id], FIXED_NOW, new NextSlotCache({ ttlMs: 60_000, maxEntries: 10 }));
    expect(result.get(fixture.beratungsstelleId)?.bookable).toBe(true);
    expect(result.get(other.id)).toEqual({ bookable: false, slot: null });
  });
});
