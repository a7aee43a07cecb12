/**
 * Token bucket per socket, as a pure value: `rate` tokens per second refill up to `burst`.
 * The limit: at most 5 messages per second per socket, burst 20.
 */
export type Bucket = { tokens: number; updatedAt: number };
export type BucketOptions = { ratePerSecond: number; burst: number };
export type BucketDecision = { allowed: boolean; bucket: Bucket; retryAfterMs: number };

export const MESSAGE_RATE: BucketOptions = { ratePerSecond: 5, burst: 20 };

/**
 * Everything else a socket sends that costs a lookup or a relay (typing, read markers, video
 * signalling). A call setup sends an offer or answer and a few dozen ICE candidates within a
 * second; 20 per second with a burst of 100 leaves that untouched and stops a flood.
 */
export const SIGNAL_RATE: BucketOptions = { ratePerSecond: 20, burst: 100 };

export function fullBucket(now: number, options: BucketOptions = MESSAGE_RATE): Bucket {
  return { tokens: options.burst, updatedAt: now };
}

export function takeToken(bucket: Bucket, now: number, options: BucketOptions = MESSAGE_RATE): BucketDecision {
  const elapsed = Math.max(0, now - bucket.updatedAt);
  const tokens = Math.min(options.burst, bucket.tokens + (elapsed * options.ratePerSecond) / 1000);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, updatedAt: now }, retryAfterMs: 0 };
  const retryAfterMs = Math.ceil(((1 - tokens) * 1000) / options.ratePerSecond);
  return { allowed: false, bucket: { tokens, updatedAt: now }, retryAfterMs };
}
