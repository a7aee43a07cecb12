/**
 * TOTP secrets at rest: sealed with AES-256-GCM by the same cipher as chat messages
 * (chat/crypto.server.ts), under its own key TOTP_KEY (secrets.server.ts: from the environment,
 * or generated once into DATA_DIR/secrets.json). The column Benutzer.totpSecret holds
 * "v1:<key id>:<iv>:<ciphertext>:<tag>" (base64url), so a copy of the database alone does not
 * give anyone the second factor. A value without the "v1:" prefix is a plain base32 secret
 * written before encryption existed; it is still read (and sealed when next written).
 */
import { createMessageCipher } from "../chat/crypto.server";

export type TotpSecretBox = {
  seal(secret: string): string;
  open(stored: string): string;
};

const PREFIX = "v1";
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "base64url"));

/** `key` (32 bytes, base64) seals; `previous` keys still open what they sealed. */
export function createTotpSecretBox(key: string, previous: string[] = []): TotpSecretBox {
  const cipher = createMessageCipher(key, previous);
  return {
    seal(secret) {
      const sealed = cipher.encrypt(secret);
      return [PREFIX, sealed.schluesselId, b64(sealed.iv), b64(sealed.ciphertext), b64(sealed.tag)].join(":");
    },
    open(stored) {
      const parts = stored.split(":");
      if (parts[0] !== PREFIX) {
        if (/^[A-Z2-7]+$/.test(stored)) return stored;
        throw new Error("TOTP-Geheimnis in unbekanntem Format");
      }
      if (parts.length !== 5) throw new Error("TOTP-Geheimnis beschädigt");
      const [, schluesselId, iv, ciphertext, tag] = parts as [string, string, string, string, string];
      return cipher.decrypt({ schluesselId, iv: bytesOf(iv), ciphertext: bytesOf(ciphertext), tag: bytesOf(tag) });
    },
  };
}
