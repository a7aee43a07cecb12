/**
 * One-time recovery codes for the second factor (issue 5): ten per account, shown once, each
 * valid for one login. A code is 10 characters of Crockford's base32 (50 random bits), shown in
 * two groups: "7k3m9-x2q4p". Typing is forgiving: case, spaces and hyphens do not matter and the
 * look-alikes o/i/l count as 0/1/1. Randomness comes in as bytes (the server draws them).
 */
export const RECOVERY_CODE_COUNT = 10;
/** Bytes needed for one code (50 of the 56 bits are used). */
export const RECOVERY_CODE_BYTES = 7;
const LENGTH = 10;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A code from `bytes` (at least RECOVERY_CODE_BYTES random bytes), grouped 5-5. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_BYTES) throw new Error(`formatRecoveryCode braucht ${RECOVERY_CODE_BYTES} Bytes`);
  let value = 0n;
  for (const byte of bytes.subarray(0, RECOVERY_CODE_BYTES)) value = (value << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[Number((value >> BigInt(5 * i)) & 31n)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The canonical form of a typed code (10 characters, no hyphen), or null if it cannot be one. */
export function normaliseRecoveryCode(input: string): string | null {
  const clean = input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  if (clean.length !== LENGTH) return null;
  for (const char of clean) if (!ALPHABET.includes(char)) return null;
  return clean;
}

/** Whether the input looks like a recovery code rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(input: string): boolean {
  return normaliseRecoveryCode(input) !== null;
}
