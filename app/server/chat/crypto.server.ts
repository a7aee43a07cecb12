/**
 * Message bodies at rest: AES-256-GCM with a random 12-byte IV per message. The key id (first
 * 8 hex digits of the key's SHA-256) is stored with each message, so after a key rotation old
 * messages name the key they need. Plain text never reaches the database or the logs.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

export type MessageCipher = {
  keyId: string;
  encrypt(text: string): { schluesselId: string; iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> };
  decrypt(stored: { schluesselId: string; iv: Uint8Array; ciphertext: Uint8Array; tag: Uint8Array }): string;
  /** A secret of its own for `purpose`, derived from the current key (HMAC), e.g. for derived tokens. */
  deriveSecret(purpose: string): string;
};

function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

const copy = (buffer: Buffer) => new Uint8Array(buffer);

/** `current` encrypts; `previous` keys (base64) still decrypt what they wrote. */
export function createMessageCipher(current: string, previous: string[] = []): MessageCipher {
  const keys = new Map<string, Buffer>();
  const currentKey = Buffer.from(current, "base64");
  if (currentKey.length !== 32) throw new Error("MESSAGE_KEY muss 32 Bytes (Base64) lang sein");
  for (const encoded of [current, ...previous]) {
    const key = Buffer.from(encoded, "base64");
    keys.set(keyIdOf(key), key);
  }
  const keyId = keyIdOf(currentKey);
  return {
    keyId,
    encrypt(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv);
      const ciphertext = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
      return { schluesselId: keyId, iv: copy(iv), ciphertext: copy(ciphertext), tag: copy(cipher.getAuthTag()) };
    },
    deriveSecret(purpose) {
      return createHmac("sha256", currentKey).update(`ableitung:${purpose}`).digest("base64url");
    },
    decrypt(stored) {
      const key = keys.get(stored.schluesselId);
      if (!key) throw new Error(`Schlüssel ${stored.schluesselId} ist nicht konfiguriert`);
      const decipher = createDecipheriv("aes-256-gcm", key, stored.iv);
      decipher.setAuthTag(stored.tag);
      return Buffer.concat([decipher.update(stored.ciphertext), decipher.final()]).toString("utf8");
    },
  };
}
