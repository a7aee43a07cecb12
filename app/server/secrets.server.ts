/**
 * Secrets on embedded defaults: generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so sessions survive a restart without anyone configuring anything. With `productionMode`
 * (production on an external database) env.server.ts has already required them.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "./env.server";

export type Secrets = {
  sessionSecret: string;
  /** 32 bytes, base64: AES-256-GCM key for chat messages. */
  messageKey: string;
  /** 32 bytes, base64: AES-256-GCM key for the stored TOTP secrets (auth/totp-secret.server.ts). */
  totpKey: string;
};

type StoredSecrets = Partial<Secrets>;

async function readStored(file: string): Promise<StoredSecrets> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as StoredSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`${file} ist nicht lesbar oder kein gültiges JSON`, { cause: error });
  }
}

/** Each secret from the environment if set, else from DATA_DIR/secrets.json, else generated once and stored there. */
export async function resolveSecrets(config: Config): Promise<Secrets> {
  const fromEnv: StoredSecrets = {
    ...(config.SESSION_SECRET ? { sessionSecret: config.SESSION_SECRET } : {}),
    ...(config.MESSAGE_KEY ? { messageKey: config.MESSAGE_KEY } : {}),
    ...(config.TOTP_KEY ? { totpKey: config.TOTP_KEY } : {}),
  };
  if (fromEnv.sessionSecret && fromEnv.messageKey && fromEnv.totpKey) return fromEnv as Secrets;
  const file = path.join(config.DATA_DIR, "secrets.json");
  const stored = await readStored(file);
  const generated: StoredSecrets = {
    ...(stored.sessionSecret ? {} : { sessionSecret: randomBytes(32).toString("base64url") }),
    ...(stored.messageKey ? {} : { messageKey: randomBytes(32).toString("base64") }),
    ...(stored.totpKey ? {} : { totpKey: randomBytes(32).toString("base64") }),
  };
  if (Object.keys(generated).length > 0) {
    await mkdir(config.DATA_DIR, { recursive: true });
    await writeFile(file, JSON.stringify({ ...stored, ...generated }, null, 2), { mode: 0o600 });
  }
  return { ...stored, ...generated, ...fromEnv } as Secrets;
}
