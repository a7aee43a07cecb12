/**
 * Secrets on embedded defaults: generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so sessions survive a restart without anyone configuring anything. With `productionMode`
 * (production on an external database) env.server.ts has already required them.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "./env.server";

export type Secrets = { sessionSecret: string };

type StoredSecrets = Partial<Secrets>;

async function readStored(file: string): Promise<StoredSecrets> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as StoredSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`${file} ist nicht lesbar oder kein gültiges JSON`, { cause: error });
  }
}

export async function resolveSecrets(config: Config): Promise<Secrets> {
  if (config.SESSION_SECRET) return { sessionSecret: config.SESSION_SECRET };
  const file = path.join(config.DATA_DIR, "secrets.json");
  const stored = await readStored(file);
  if (stored.sessionSecret) return { sessionSecret: stored.sessionSecret };
  const secrets: Secrets = { sessionSecret: randomBytes(32).toString("base64url") };
  await mkdir(config.DATA_DIR, { recursive: true });
  await writeFile(file, JSON.stringify({ ...stored, ...secrets }, null, 2), { mode: 0o600 });
  return secrets;
}
