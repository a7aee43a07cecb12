/**
 * "Nächster freier Termin" per centre for the centre page and the finder results. Computing it
 * reads the calendars and bookings of up to the booking horizon, so the answer is cached per
 * centre and process:
 *
 * - every booking change through booking.server.ts (create, cancel, move) invalidates the
 *   centre's entry at once;
 * - an entry expires after `ttlMs` (changes made by another instance, new calendar rules) and at
 *   the latest when its slot stops being bookable (start minus minimum notice);
 * - a computation that started before an invalidation is not stored (version per centre), so a
 *   booking racing a page view cannot leave the old slot in the cache.
 */
import { BOOKING_TIME_ZONE, type Slot, type Terminart } from "../../domain/booking/types";
import { addDays, localDateOf } from "../../domain/booking/wall-time";
import type { LocalDate } from "../../domain/shared/dates";
import type { PrismaClient } from "../generated/prisma/client";
import { freeSlots } from "./availability.server";

/** bookable: the centre has an active calendar; slot: its next free slot, null when none is free. */
export type NextFreeSlot = { bookable: boolean; slot: Slot | null };
export type Computed = { value: NextFreeSlot; validUntil: number };

type Entry = Computed & { storedAt: number };

export class NextSlotCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number }) {}

  /** The cached value, or undefined when there is none or it has expired at `now`. */
  get(centreId: string, now: number): NextFreeSlot | undefined {
    const entry = this.entries.get(centreId);
    if (!entry) return undefined;
    if (now >= entry.validUntil || now >= entry.storedAt + this.options.ttlMs || now < entry.storedAt) {
      this.entries.delete(centreId);
      return undefined;
    }
    return entry.value;
  }

  /** The centre's version; pass it back to `set` so a computation older than an invalidation is dropped. */
  version(centreId: string): number {
    return this.versions.get(centreId) ?? 0;
  }

  set(centreId: string, computed: Computed, now: number, version: number): void {
    if (version !== this.version(centreId)) return;
    if (this.entries.size >= this.options.maxEntries && !this.entries.has(centreId)) this.entries.clear();
    this.entries.set(centreId, { ...computed, storedAt: now });
  }

  invalidate(centreId: string): void {
    this.entries.delete(centreId);
    this.versions.set(centreId, this.version(centreId) + 1);
  }

  /** Cached or computed (and then stored) values for several centres; computes the misses together. */
  async getMany(centreIds: readonly string[], now: number, compute: (ids: string[]) => Promise<Map<string, Computed>>): Promise<Map<string, NextFreeSlot>> {
    const result = new Map<string, NextFreeSlot>();
    const missing: string[] = [];
    for (const id of new Set(centreIds)) {
      const cached = this.get(id, now);
      if (cached) result.set(id, cached);
      else missing.push(id);
    }
    if (missing.length === 0) return result;
    const versions = new Map(missing.map((id) => [id, this.version(id)]));
    const computed = await compute(missing);
    for (const id of missing) {
      const value = computed.get(id) ?? { value: { bookable: false, slot: null }, validUntil: now + this.options.ttlMs };
      this.set(id, value, now, versions.get(id)!);
      result.set(id, value.value);
    }
    return result;
  }
}

const TTL_MS = 5 * 60_000;
/**
 * One cache per process. The Express part (JSON API) and the Remix build are bundled separately
 * and each gets its own copy of this module, so the instance lives on globalThis: a booking made
 * through the API must invalidate what the pages read.
 */
const GLOBAL_KEY = Symbol.for("sozialplattform.booking.nextSlotCache");
const holder = globalThis as { [GLOBAL_KEY]?: NextSlotCache };
export const nextSlotCache: NextSlotCache = (holder[GLOBAL_KEY] ??= new NextSlotCache({ ttlMs: TTL_MS, maxEntries: 20_000 }));

/** Called by the booking service after every change of a centre's bookings. */
export function invalidateNextFreeSlot(centreId: string): void {
  nextSlotCache.invalidate(centreId);
}

const CHUNK_DAYS = 14;

/** The first free slot (of kind `art`, if given) from today to `lastDay`, searched in chunks of two weeks. */
export async function firstFreeSlot(db: PrismaClient, centreId: string, now: Date, lastDay: LocalDate, art?: Terminart): Promise<Slot | undefined> {
  for (let von = localDateOf(now, BOOKING_TIME_ZONE); von <= lastDay; von = addDays(von, CHUNK_DAYS)) {
    const bis = addDays(von, CHUNK_DAYS - 1) < lastDay ? addDays(von, CHUNK_DAYS - 1) : lastDay;
    const slot = (await freeSlots(db, centreId, { von, bis, now, art }))[0];
    if (slot) return slot;
  }
  return undefined;
}

async function computeOne(db: PrismaClient, centreId: string, calendars: Array<{ id: string; vorlaufMin: number; horizontTage: number }>, now: Date): Promise<Computed> {
  const lastDay = addDays(localDateOf(now, BOOKING_TIME_ZONE), Math.max(...calendars.map((k) => k.horizontTage)));
  const slot = await firstFreeSlot(db, centreId, now, lastDay);
  if (!slot) return { value: { bookable: true, slot: null }, validUntil: now.getTime() + TTL_MS };
  const notice = calendars.find((k) => k.id === slot.kalenderId)?.vorlaufMin ?? 0;
  return { value: { bookable: true, slot }, validUntil: Math.min(slot.start.getTime() - notice * 60_000, now.getTime() + TTL_MS) };
}

/** Computes the next free slot of each centre without the cache (one query finds which have calendars). */
export async function computeNextFreeSlots(db: PrismaClient, centreIds: string[], now: Date): Promise<Map<string, Computed>> {
  const calendars = await db.beratungskalender.findMany({
    where: { beratungsstelleId: { in: centreIds }, aktiv: true },
    select: { id: true, beratungsstelleId: true, vorlaufMin: true, horizontTage: true },
  });
  const byCentre = new Map<string, typeof calendars>();
  for (const calendar of calendars) byCentre.set(calendar.beratungsstelleId, [...(byCentre.get(calendar.beratungsstelleId) ?? []), calendar]);
  const result = new Map<string, Computed>();
  await Promise.all(
    [...byCentre].map(async ([centreId, own]) => {
      result.set(centreId, await computeOne(db, centreId, own, now));
    }),
  );
  return result;
}

export function nextFreeSlots(db: PrismaClient, centreIds: readonly string[], now: Date, cache: NextSlotCache = nextSlotCache): Promise<Map<string, NextFreeSlot>> {
  return cache.getMany(centreIds, now.getTime(), (ids) => computeNextFreeSlots(db, ids, now));
}

export async function nextFreeSlot(db: PrismaClient, centreId: string, now: Date, cache: NextSlotCache = nextSlotCache): Promise<NextFreeSlot> {
  return (await nextFreeSlots(db, [centreId], now, cache)).get(centreId) ?? { bookable: false, slot: null };
}
