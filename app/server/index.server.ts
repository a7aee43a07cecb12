/**
 * Process entry (bundled to build/server/index.js): read configuration, open and migrate the
 * database, load demo data into an empty one, build the search index, then serve pages and
 * Socket.io on one port. Every expected start-up failure ends in one German line and exit 1.
 */
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { seedDemoData } from "../../prisma/seed";
import { createSearch, prepareSearch } from "../../search";
import { configureApp } from "./app.server";
import { createCheckSessionStorage } from "./check-session.server";
import { createDemoDataFlag } from "./demo-notice.server";
import { placeLookup } from "./places.server";
import type { Services } from "./context.server";
import { migrateDatabase, openDatabase, type Database } from "./db.server";
import { formatEnvErrors, parseEnv } from "./env.server";
import { createLogger } from "./logger.server";
import { attachRealtime } from "./realtime.server";
import { startSearchIndexer } from "./jobs/search-indexer.server";
import { startChatRetention } from "./jobs/chat-retention.server";
import { startBookingReminders } from "./jobs/booking-reminders.server";
import { startCheckReminders } from "./jobs/check-reminders.server";
import { startMailSender } from "./jobs/mail-sender.server";
import { createSmtpTransport } from "./mail/smtp.server";
import type { Poller } from "./jobs/poller.server";
import { createMessageCipher } from "./chat/crypto.server";
import { attachChat } from "./chat/socket.server";
import { socketStaffAuthenticator } from "./chat/staff.server";
import { createChatStore } from "./chat/store.server";
import { indexAllCentres } from "./search-sync.server";
import { deriveBookingSecret } from "./booking/tokens.server";
import { resolveSecrets } from "./secrets.server";
import { createTotpSecretBox } from "./auth/totp-secret.server";
import { createSessionStorage } from "./session.server";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  const parsed = parseEnv(process.env, rootDir);
  if (!parsed.ok) fail(formatEnvErrors(parsed.errors));
  const config = parsed.config;
  // The built server always runs libraries in production mode: React picks its development build
  // (about twice as slow on the server, only extra warnings) when NODE_ENV is unset, as it is for
  // `npm start`. `config.NODE_ENV` keeps what the operator set (production mode = secrets required).
  // Set before the Remix build (and with it React) is imported below.
  process.env.NODE_ENV = "production";
  const logger = createLogger(config.LOG_LEVEL);
  const secrets = await resolveSecrets(config).catch((error) => fail(`DATA_DIR: ${describe(error)}`));

  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    const applied = await migrateDatabase(db, rootDir);
    if (applied.length > 0) logger.info({ migrations: applied }, "Migrationen angewendet");
  } catch (error) {
    fail(`Datenbank nicht nutzbar (${config.DATABASE_URL ? "DATABASE_URL" : "eingebettete Datenbank in DATA_DIR"}): ${describe(error)}`);
  }

  if (config.DEMO_DATA) {
    const loaded = await seedDemoData(db.prisma);
    if (loaded) logger.info(loaded, "Demodaten geladen (erfundene Einträge, als Demo gekennzeichnet)");
  }

  const search = createSearch({ meiliHost: config.MEILI_HOST, meiliApiKey: config.MEILI_API_KEY });
  // Meilisearch: apply the index settings now, so a wrong host or key stops the start with one line.
  await prepareSearch(search).catch((error) => fail(`MEILI_HOST: Meilisearch nicht nutzbar (${describe(error)})`));
  try {
    const count = await indexAllCentres(db.prisma, search);
    logger.info({ engine: search.engine, documents: count }, "Suchindex aufgebaut");
  } catch (error) {
    logger.error({ engine: search.engine, err: describe(error) }, "Suchindex konnte nicht aufgebaut werden");
  }
  // Keeps the index in step with every later change (search outbox, see search-sync.server.ts).
  const indexer = startSearchIndexer({ prisma: db.prisma, search, logger });

  // Built once per process and handed to the routes as a service: the Remix build bundles its own
  // copy of every module, so a module-level singleton there would load a second lookup.
  const places = await placeLookup();
  const build = (await import(pathToFileURL(path.join(rootDir, "build/index.js")).href)) as ServerBuild;
  const app = express();
  const server = createServer(app);
  const realtime = await attachRealtime(server, { publicUrl: config.PUBLIC_URL, redisUrl: config.REDIS_URL, logger }).catch(
    (error) => fail(`REDIS_URL: Redis nicht erreichbar (${describe(error)})`),
  );
  // Chat (issue 7): help seekers by conversation token, staff by their session cookie (own centres only).
  const chat = createChatStore(db.prisma, createMessageCipher(secrets.messageKey), { publicUrl: config.PUBLIC_URL });
  const secureCookies = config.productionMode || config.PUBLIC_URL.startsWith("https:");
  attachChat(realtime.io, { store: chat, logger, authenticateStaff: socketStaffAuthenticator(db.prisma, secureCookies) });
  const retention = startChatRetention({
    store: chat,
    policy: { closedAfterHours: config.CHAT_DELETE_CLOSED_AFTER_HOURS, idleAfterDays: config.CHAT_DELETE_IDLE_AFTER_DAYS },
    logger,
  });
  const cookieOptions = {
    secret: secrets.sessionSecret,
    secure: config.productionMode || config.PUBLIC_URL.startsWith("https:"),
  };
  const sessions = createSessionStorage(cookieOptions);
  const checkSessions = createCheckSessionStorage(cookieOptions);
  const hasDemoData = createDemoDataFlag(db.prisma);
  const bookingSecret = deriveBookingSecret(secrets.sessionSecret);
  // Reminders are queued with or without SMTP; the sender runs only with SMTP_URL (otherwise the
  // mails stay in the outbox, readable under /verwaltung/postausgang).
  const reminders = startBookingReminders({ prisma: db.prisma, secret: bookingSecret, publicUrl: config.PUBLIC_URL, logger });
  // Data quality: the centres' editors are mailed once when a centre's data is due for a check.
  const checkReminders = startCheckReminders({ prisma: db.prisma, publicUrl: config.PUBLIC_URL, logger });
  const mailSender: Poller | undefined = config.SMTP_URL
    ? startMailSender({
        prisma: db.prisma,
        transport: createSmtpTransport({
          url: config.SMTP_URL,
          from: config.SMTP_FROM ?? `Sozialplattform <noreply@${new URL(config.PUBLIC_URL).hostname}>`,
          messageIdDomain: new URL(config.PUBLIC_URL).hostname,
        }),
        logger,
      })
    : undefined;
  const stopJobs = async () => {
    await Promise.all([indexer.stop(), retention.stop(), reminders.stop(), checkReminders.stop(), mailSender?.stop()].map((p) => p?.catch(() => {})));
  };
  const totpSecrets = createTotpSecretBox(secrets.totpKey);
  const services: Services = { config, db, search, realtime, sessions, checkSessions, hasDemoData, places, logger, bookingSecret, totpSecrets, chat };
  configureApp(app, { services, build, rootDir });

  server.on("error", async (error: NodeJS.ErrnoException) => {
    await stopJobs();
    await db.close().catch(() => {});
    if (error.code === "EADDRINUSE") {
      fail(`Port ${config.PORT} ist bereits belegt. Beenden Sie das andere Programm oder starten Sie mit einem anderen Port, z. B. PORT=3001 npm start.`);
    }
    if (error.code === "EACCES") fail(`Port ${config.PORT} darf von diesem Benutzer nicht geöffnet werden.`);
    fail(`Server konnte nicht starten: ${describe(error)}`);
  });
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    logger.info({ port, database: db.kind, search: search.engine, realtime: realtime.adapter }, "bereit");
    console.log(`Sozialplattform läuft auf http://localhost:${port} (Strg+C beendet)`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "wird beendet");
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    server.closeIdleConnections();
    await realtime.close(); // closes the HTTP server too and waits for open requests
    await stopJobs();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => fail(`Start fehlgeschlagen: ${describe(error)}`));
