/**
 * What a route module needs when a server test calls its loader or action directly (see
 * routes.ts): the services of the app context on a test database, and a session cookie for an
 * account, as the login would set it.
 */
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { AppLoadContext } from "@remix-run/node";
import { authCookie } from "../../app/server/auth/guard.server";
import { createSession } from "../../app/server/auth/sessions.server";
import { TEST_SECRET } from "../../app/server/booking/__tests__/booking-fixture";
import { createMessageCipher } from "../../app/server/chat/crypto.server";
import { createChatStore } from "../../app/server/chat/store.server";
import type { Services } from "../../app/server/context.server";
import { parseEnv } from "../../app/server/env.server";
import { createLogger } from "../../app/server/logger.server";
import { placeLookup } from "../../app/server/places.server";
import { createSessionStorage } from "../../app/server/session.server";
import { TEST_TOTP_SECRETS } from "./accounts";
import type { TestDatabase } from "./database";
import { TEST_BASE } from "./routes";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The services routes read, on `database`, with the offline place data and silent logs. */
export async function routeServices(database: TestDatabase): Promise<Services> {
  const parsed = parseEnv({ PUBLIC_URL: TEST_BASE, LOG_LEVEL: "silent" }, ROOT);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return {
    config: parsed.config,
    db: database,
    sessions: createSessionStorage({ secret: "route-test-geheim", secure: false }),
    logger: createLogger("silent"),
    bookingSecret: TEST_SECRET,
    totpSecrets: TEST_TOTP_SECRETS,
    chat: createChatStore(database.prisma, createMessageCipher(randomBytes(32).toString("base64"))),
    places: await placeLookup(),
  } as unknown as Services;
}

/** The `Cookie` header value of a fresh session of `benutzerId` (after the second factor unless told). */
export async function sessionCookie(services: Services, benutzerId: string, zweiterFaktor = true): Promise<string> {
  const token = await createSession(services.db.prisma, { benutzerId, zweiterFaktor, now: new Date() });
  return (await authCookie({ services } as AppLoadContext).serialize(token)).split(";")[0]!;
}
