import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, generateTotpSecret, groupSecret, hotp, otpauthUri, totpCode, totpStep, verifyTotp } from "../totp.server";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"; 8-digit codes.
const RFC_SEED = Buffer.from("12345678901234567890", "ascii");
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP", () => {
  it.each(RFC_VECTORS)("matches the RFC 6238 SHA-1 test vector at T=%i", (seconds, expected) => {
    expect(hotp(RFC_SEED, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it("gives the last 6 digits of the RFC vectors for 6-digit codes from a base32 secret", () => {
    const secret = base32Encode(RFC_SEED);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(secret, new Date(59_000))).toBe("287082");
    expect(totpCode(secret, new Date(1111111109_000))).toBe("081804");
  });

  it("round-trips base32 and makes 160-bit secrets", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(groupSecret(secret).toLowerCase()))).toBe(secret);
  });

  it("accepts the previous, current and next step, nothing further", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-12-07T10:00:15Z");
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) {
      expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + offset * 30_000)), now, null)).toBe(step + offset);
    }
    for (const offset of [-2, 2]) {
      expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + offset * 30_000)), now, null)).toBeNull();
    }
  });

  it("refuses a replayed code and an older one once a step was used", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-12-07T10:00:15Z");
    const used = verifyTotp(secret, totpCode(secret, now), now, null);
    expect(used).toBe(totpStep(now));
    expect(verifyTotp(secret, totpCode(secret, now), now, used)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now, used)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now, used)).toBe(used! + 1);
  });

  it("refuses malformed input and accepts spaces inside the code", () => {
    const secret = generateTotpSecret();
    const now = new Date();
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).not.toBeNull();
    expect(verifyTotp(secret, "12345", now, null)).toBeNull();
    expect(verifyTotp(secret, "abcdef", now, null)).toBeNull();
  });

  it("builds an otpauth URI with issuer and parameters", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "a@example.org");
    expect(uri).toBe("otpauth://totp/Sozialplattform%3Aa%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Sozialplattform&algorithm=SHA1&digits=6&period=30");
  });
});
