/** A centre with one counsellor calendar: Monday to Friday 08:00–18:00, 60-minute slots, all kinds. */
import type { PrismaClient } from "../../generated/prisma/client";

export type BookingFixture = { beratungsstelleId: string; kalenderId: string; slug: string };

export async function seedBookingCentre(prisma: PrismaClient, suffix: string, opts: { vorlaufMin?: number } = {}): Promise<BookingFixture> {
  const traeger = await prisma.traeger.create({ data: { name: `Demo-Träger Termine ${suffix}`, verband: "sonstige", isDemo: true } });
  const slug = `demo-terminberatung-${suffix}`;
  const centre = await prisma.beratungsstelle.create({
    data: { slug, traegerId: traeger.id, name: `Demo-Terminberatung ${suffix}`, strasse: "Demo-Weg 1", plz: "04109", ort: "Leipzig", veroeffentlicht: true, isDemo: true, kanaele: ["vor_ort", "telefon", "video"] },
  });
  const kalender = await prisma.beratungskalender.create({
    data: {
      beratungsstelleId: centre.id,
      bezeichnung: "Demo-Beraterin A",
      vorlaufMin: opts.vorlaufMin ?? 60,
      horizontTage: 90,
      regeln: { create: [1, 2, 3, 4, 5].map((wochentag) => ({ wochentag, von: "08:00", bis: "18:00", dauerMin: 60, pufferMin: 0, arten: ["vor_ort", "telefon", "video"] as const })) },
    },
  });
  return { beratungsstelleId: centre.id, kalenderId: kalender.id, slug };
}

export const FIXED_NOW = new Date("2026-01-01T08:00:00Z");
export const TEST_SECRET = "test-secret-nicht-geheim";

/** The n-th slot from Monday 2026-01-05 08:00 Berlin (10 slots a weekday). */
export function nthSlot(n: number): Date {
  const day = Math.floor(n / 10);
  const week = Math.floor(day / 5);
  const weekday = day % 5;
  return new Date(Date.UTC(2026, 0, 5 + week * 7 + weekday, 7 + (n % 10)));
}
