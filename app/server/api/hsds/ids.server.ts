/**
 * HSDS wants a UUID for every object (location, schedule, phone, language …), while the database
 * folds these into the centre row. Their ids are derived from the centre's id and the object's
 * role, name-based like UUID version 5 (SHA-1), so they stay the same from one export to the
 * next and consumers can update instead of duplicating.
 */
import { createHash } from "node:crypto";

/** Fixed namespace of this platform's derived HSDS ids (a random UUID, chosen once). */
const NAMESPACE = "3f6c1d2e-8a4b-4c1f-9e0d-5b7a2c9f4e61";

export function derivedId(...parts: ReadonlyArray<string | number>): string {
  const hash = createHash("sha1").update(NAMESPACE).update(parts.join("\u0000")).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
