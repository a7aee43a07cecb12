import { describe, expect, it } from "vitest";
import type { Slot } from "../../../domain/booking/types";
import { NextSlotCache, type Computed } from "../next-slot.server";

const slot = (iso: string): Slot => ({ kalenderId: "k1", start: new Date(iso), ende: new Date(new Date(iso).getTime() + 3600_000), arten: ["telefon"] });
const computed = (iso: string | null, validUntil: number): Computed => ({ value: { bookable: true, slot: iso ? slot(iso) : null }, validUntil });

function counting(answers: Record<string, Computed>) {
  const calls: string[][] = [];
  const compute = async (ids: string[]) => {
    calls.push(ids);
    return new Map(ids.flatMap((id) => (answers[id] ? [[id, answers[id]!] as const] : [])));
  };
  return { calls, compute };
}

describe("NextSlotCache", () => {
  const T0 = Date.parse("2026-12-07T08:00:00Z");

  it("computes misses together once and answers repeats from the cache", async () => {
    const cache = new NextSlotCache({ ttlMs: 60_000, maxEntries: 100 });
    const { calls, compute } = counting({ a: computed("2026-12-08T08:00:00Z", T0 + 3600_000) });
    const first = await cache.getMany(["a", "b", "a"], T0, compute);
    expect(calls).toEqual([["a", "b"]]);
    expect(first.get("a")?.slot?.start.toISOString()).toBe("2026-12-08T08:00:00.000Z");
    expect(first.get("b")).toEqual({ bookable: false, slot: null });
    await cache.getMany(["a", "b"], T0 + 30_000, compute);
    expect(calls).toHaveLength(1);
  });

  it("recomputes after invalidation, after the time to live and when the slot stops being bookable", async () => {
    const cache = new NextSlotCache({ ttlMs: 60_000, maxEntries: 100 });
    const { calls, compute } = counting({ a: computed("2026-12-07T09:00:00Z", T0 + 20_000) });
    await cache.getMany(["a"], T0, compute);
    cache.invalidate("a");
    await cache.getMany(["a"], T0 + 1, compute);
    expect(calls).toHaveLength(2);
    await cache.getMany(["a"], T0 + 20_000, compute);
    expect(calls).toHaveLength(3);
    const long = new NextSlotCache({ ttlMs: 60_000, maxEntries: 100 });
    const other = counting({ a: computed(null, Number.POSITIVE_INFINITY) });
    await long.getMany(["a"], T0, other.compute);
    await long.getMany(["a"], T0 + 59_999, other.compute);
    await long.getMany(["a"], T0 + 60_000, other.compute);
    expect(other.calls).toHaveLength(2);
  });

  it("does not store a value computed before an invalidation that happened meanwhile", async () => {
    const cache = new NextSlotCache({ ttlMs: 60_000, maxEntries: 100 });
    const racing = async (ids: string[]) => {
      cache.invalidate("a"); // a booking lands while the old value is being computed
      return new Map(ids.map((id) => [id, computed("2026-12-08T08:00:00Z", T0 + 3600_000)] as const));
    };
    await cache.getMany(["a"], T0, racing);
    expect(cache.get("a", T0 + 1)).toBeUndefined();
  });

  it("stays bounded: a full cache is emptied before a new centre is stored", async () => {
    const cache = new NextSlotCache({ ttlMs: 60_000, maxEntries: 2 });
    const { compute } = counting({});
    await cache.getMany(["a", "b"], T0, compute);
    await cache.getMany(["c"], T0, compute);
    expect(cache.get("a", T0)).toBeUndefined();
    expect(cache.get("c", T0)).toEqual({ bookable: false, slot: null });
  });
});
