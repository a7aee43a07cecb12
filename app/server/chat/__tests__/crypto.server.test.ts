import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMessageCipher } from "../crypto.server";

const key = () => randomBytes(32).toString("base64");

describe("message cipher (AES-256-GCM)", () => {
  it("round-trips text, uses a fresh IV each time and keeps no plain text", () => {
    const cipher = createMessageCipher(key());
    const a = cipher.encrypt("Ich habe Schulden – äöü 😊");
    const b = cipher.encrypt("Ich habe Schulden – äöü 😊");
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.ciphertext).toString("utf8")).not.toContain("Schulden");
    expect(cipher.decrypt(a)).toBe("Ich habe Schulden – äöü 😊");
  });

  it("rejects a tampered ciphertext", () => {
    const cipher = createMessageCipher(key());
    const stored = cipher.encrypt("hallo");
    stored.ciphertext[0] = (stored.ciphertext[0] ?? 0) ^ 1;
    expect(() => cipher.decrypt(stored)).toThrow();
  });

  it("decrypts with a previous key after rotation, by the stored key id", () => {
    const oldKey = key();
    const old = createMessageCipher(oldKey).encrypt("alt");
    const rotated = createMessageCipher(key(), [oldKey]);
    expect(rotated.keyId).not.toBe(old.schluesselId);
    expect(rotated.decrypt(old)).toBe("alt");
    expect(() => createMessageCipher(key()).decrypt(old)).toThrow(/nicht konfiguriert/);
  });
});
