/**
 * Fixed-window counter per key, in memory, clock passed in. One instance per process: behind
 * a load balancer each instance counts its own share (docs/operations.md says so); that is
 * coarse but bounded, and per-account limits for logins live in the database (accounts issue).
 */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: { limit: number; windowMs: number; maxKeys?: number }) {}

  hit(key: string, now: number): LimitVerdict {
    const { limit, windowMs } = this.options;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      this.evictIfFull(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
  }

  /**
   * The verdict the next hit would get, without counting it: for limits that count only failures
   * (check first, `hit` after a failure).
   */
  peek(key: string, now: number): LimitVerdict {
    const { limit, windowMs } = this.options;
    const window = this.windows.get(key);
    if (!window || now - window.start >= windowMs || window.count < limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
  }

  /** Bounded memory: drop expired windows once the map is large. */
  private evictIfFull(now: number): void {
    if (this.windows.size < (this.options.maxKeys ?? 50_000)) return;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
  }
}
