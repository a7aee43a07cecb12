/** Loads a centre's calendars, rules, exceptions and active bookings and computes free slots. */
import { generateSlots } from "../../domain/booking/availability";
import { ACTIVE_STATUS } from "../../domain/booking/status";
import { BOOKING_TIME_ZONE, type BookingPolicy, type RuleException, type Slot, type Terminart } from "../../domain/booking/types";
import { addDays, zonedInstant } from "../../domain/booking/wall-time";
import type { LocalDate } from "../../domain/shared/dates";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

type Reader = PrismaClient | Prisma.TransactionClient;

export type AvailabilityQuery = { von: LocalDate; bis: LocalDate; art?: Terminart; now: Date };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export async function freeSlots(db: Reader, beratungsstelleId: string, query: AvailabilityQuery): Promise<Slot[]> {
  const from = zonedInstant(query.von, 0, BOOKING_TIME_ZONE);
  const to = zonedInstant(addDays(query.bis, 1), 0, BOOKING_TIME_ZONE);
  const [kalender, ausnahmen, termine] = await Promise.all([
    db.beratungskalender.findMany({ where: { beratungsstelleId, aktiv: true }, include: { regeln: true } }),
    db.terminausnahme.findMany({ where: { beratungsstelleId, datum: { gte: new Date(query.von), lte: new Date(query.bis) } } }),
    db.termin.findMany({
      where: { beratungsstelleId, status: { in: [...ACTIVE_STATUS] }, beginn: { lt: to }, ende: { gt: addMinutes(from, -24 * 60) } },
      select: { kalenderId: true, beginn: true, ende: true },
    }),
  ]);
  const policies: Record<string, BookingPolicy> = {};
  for (const k of kalender) policies[k.id] = { vorlaufMin: k.vorlaufMin, horizontTage: k.horizontTage, maxProTag: k.maxProTag };
  const exceptions: RuleException[] = ausnahmen.flatMap((a): RuleException[] => {
    const datum = isoDate(a.datum);
    if (a.typ === "geschlossen") return [{ typ: "geschlossen", kalenderId: a.kalenderId, datum, von: a.von ?? undefined, bis: a.bis ?? undefined }];
    if (!a.kalenderId || !a.von || !a.bis || !a.dauerMin) return [];
    return [{ typ: "zusatz", kalenderId: a.kalenderId, datum, von: a.von, bis: a.bis, dauerMin: a.dauerMin, pufferMin: a.pufferMin, arten: a.arten }];
  });
  return generateSlots({
    rules: kalender.flatMap((k) => k.regeln.map((r) => ({ kalenderId: k.id, wochentag: r.wochentag, von: r.von, bis: r.bis, dauerMin: r.dauerMin, pufferMin: r.pufferMin, arten: r.arten }))),
    exceptions,
    busy: termine.map((t) => ({ kalenderId: t.kalenderId, start: t.beginn, ende: t.ende, art: "termin" as const })),
    policies,
    now: query.now,
    von: query.von,
    bis: query.bis,
    art: query.art,
  });
}

function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
