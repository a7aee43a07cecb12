/**
 * Password hashing with Argon2id (OWASP Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1),
 * PHC string format. `verifyPassword` on an unknown account checks against a dummy hash, so a
 * login takes about as long for unknown accounts as for known ones.
 */
import { hash, verify } from "@node-rs/argon2";

/** `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolatedModules cannot read). */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches `passwordHash`. With `passwordHash` null (unknown account, or
 * invited but not set up) the same work is done against a dummy hash and the answer is false.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword("kein-konto-dummy-passwort");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
