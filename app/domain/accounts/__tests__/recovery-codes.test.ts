import { describe, expect, it } from "vitest";
import { formatRecoveryCode, looksLikeRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_BYTES } from "../recovery-codes";

describe("recovery codes", () => {
  it("formats 7 bytes as two groups of five base32 characters", () => {
    expect(formatRecoveryCode(new Uint8Array(RECOVERY_CODE_BYTES))).toBe("00000-00000");
    expect(formatRecoveryCode(new Uint8Array([255, 255, 255, 255, 255, 255, 255]))).toBe("zzzzz-zzzzz");
    expect(formatRecoveryCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7]))).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(() => formatRecoveryCode(new Uint8Array(3))).toThrow();
  });

  it("different bytes give different codes", () => {
    const a = formatRecoveryCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
    const b = formatRecoveryCode(new Uint8Array([1, 2, 3, 4, 5, 6, 8]));
    expect(a).not.toBe(b);
  });

  it.each([
    ["7k3m9-x2q4p", "7k3m9x2q4p"],
    ["7K3M9 X2Q4P", "7k3m9x2q4p"],
    [" 7k3m9x2q4p ", "7k3m9x2q4p"],
    ["ok3m9-x2q4i", "0k3m9x2q41"],
    ["7k3m9-x2q4", null],
    ["7k3m9-x2q4p1", null],
    ["7k3m9-x2q4u", null],
    ["123456", null],
  ])("normalises %j to %j", (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  it("tells recovery codes from TOTP codes", () => {
    expect(looksLikeRecoveryCode("7k3m9-x2q4p")).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
