/**
 * Booking codes and management tokens. The token is derived from the booking id, a random nonce
 * and a server secret, so an idempotent repeat can hand it out again; the database keeps only
 * its SHA-256 (tokenHash), so a copy of the database does not open anyone's booking.
 */
import { createHash, createHmac, randomBytes, randomInt } from "node:crypto";

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "T-7K3M-Q9XP": 8 characters without 0/O/1/I/L, about 40 bits; unique index in the database. */
export function newBuchungscode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `T-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

export function newNonce(): string {
  return randomBytes(16).toString("base64url");
}

export function managementToken(secret: string, terminId: string, nonce: string): string {
  return createHmac("sha256", secret).update(`termin:${terminId}:${nonce}`).digest("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Stable hash of a request body for Idempotency-Key comparison (keys sorted). */
export function requestHash(body: Record<string, unknown>): string {
  const sorted = Object.keys(body).sort().map((key) => [key, body[key] ?? null]);
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex");
}

/** A key of its own for booking tokens, so they do not share the cookie-signing key directly. */
export function deriveBookingSecret(sessionSecret: string): string {
  return createHmac("sha256", sessionSecret).update("terminbuchung-token").digest("base64url");
}
