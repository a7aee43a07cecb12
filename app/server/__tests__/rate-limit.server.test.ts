import { describe, expect, it } from "vitest";
import { FixedWindowLimiter } from "../rate-limit.server";

describe("FixedWindowLimiter", () => {
  it("allows up to the limit per window and tells how long to wait", () => {
    const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit("a", t0).allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a", t0 + 15_500)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit("b", t0 + 15_500).allowed).toBe(true);
    expect(limiter.hit("a", t0 + 60_000).allowed).toBe(true);
  });

  it("peeks at the next verdict without counting", () => {
    const limiter = new FixedWindowLimiter({ limit: 2, windowMs: 60_000 });
    expect([1, 2, 3].map(() => limiter.peek("a", 0).allowed)).toEqual([true, true, true]);
    limiter.hit("a", 0);
    limiter.hit("a", 0);
    expect(limiter.peek("a", 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.peek("a", 60_000).allowed).toBe(true);
  });

  it("never says to wait less than a second", () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1_000 });
    limiter.hit("a", 0);
    expect(limiter.hit("a", 999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("evicts expired windows when full, keeping memory bounded", () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1_000, maxKeys: 2 });
    limiter.hit("a", 0);
    limiter.hit("b", 0);
    limiter.hit("c", 5_000);
    expect(limiter.hit("a", 5_000).allowed).toBe(true);
  });
});
