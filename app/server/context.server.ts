/**
 * What every loader and action receives as `context`: the process-wide services built once in
 * index.server.ts, plus per-request values. Routes never build their own clients.
 */
import type { SearchPort } from "../../search";
import type { PlaceLookup } from "../domain/counselling/places/lookup";
import type { ChatStore } from "./chat/store.server";
import type { CheckSessionStorage } from "./check-session.server";
import type { Database } from "./db.server";
import type { Config } from "./env.server";
import type { Logger } from "./logger.server";
import type { Realtime } from "./realtime.server";
import type { AppSessionStorage } from "./session.server";
import type { TotpSecretBox } from "./auth/totp-secret.server";

export type Services = {
  config: Config;
  db: Database;
  search: SearchPort;
  realtime: Realtime;
  sessions: AppSessionStorage;
  /** The Leistungs-Check answers: a cookie of their own (check-session.server.ts). */
  checkSessions: CheckSessionStorage;
  /** Whether demo data is loaded (for the notice on every page), cached per process. */
  hasDemoData: () => Promise<boolean>;
  /** PLZ and place names → coordinates, built once at start (places.server.ts). */
  places: PlaceLookup;
  logger: Logger;
  /** Key for deriving booking management tokens (booking/tokens.server.ts), from the session secret. */
  bookingSecret: string;
  /** Seals and opens the stored TOTP secrets (auth/totp-secret.server.ts, key TOTP_KEY). */
  totpSecrets: TotpSecretBox;
  /** Conversations and messages of the online counselling (chat/store.server.ts), encrypted with MESSAGE_KEY. */
  chat: ChatStore;
};

declare module "@remix-run/node" {
  interface AppLoadContext {
    services: Services;
    nonce: string;
    requestId: string;
    /** The client's address as Express sees it (TRUST_PROXY applies); for per-address limits, never logged. */
    clientIp: string;
  }
}

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
