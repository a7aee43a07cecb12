/**
 * The only module that creates a PrismaClient, and where the driver adapter is chosen:
 * - with a databaseUrl: PostgreSQL through @prisma/adapter-pg;
 * - without: an embedded PGlite (data in `<dataDir>/pglite`, or in memory), served on a loopback
 *   port chosen by the OS, reached through the same adapter.
 *
 * Migrations: `await migrateDatabase(db)` right after opening, before serving requests.
 *
 * PGlite runs one statement at a time and pglite-socket does not keep two connections' extended-
 * protocol messages apart, so connections must take turns: the client's pool keeps exactly one
 * connection open, and migrations use a second one while the client is idle. The socket admits
 * two connections for that, and because a closing connection and the next one can overlap for a
 * moment (with one slot it refuses the newcomer: "Connection terminated unexpectedly").
 *
 * Contrib extension btree_gist is loaded for the booking exclusion constraint (Terminbuchung).
 *
 * One process at a time may open a PGlite folder; `<dataDir>/pglite.lock` holds its process id.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import { migrate, projectMigrationPaths } from "../../prisma/migrate";
import { PrismaClient } from "./generated/prisma/client";

export type Database = {
  prisma: PrismaClient;
  kind: "postgresql" | "pglite";
  /** Connection string; for PGlite the loopback address of its socket server. */
  url: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** PostgreSQL connection string; without it the embedded PGlite is used. */
  databaseUrl?: string;
  /** Folder for local data; PGlite keeps its files in `<dataDir>/pglite`. Default: ./data */
  dataDir?: string;
  /** PGlite in memory only (tests); nothing is written to disk. */
  inMemory?: boolean;
};

const PING_TIMEOUT_MS = 2000;
const EMBEDDED_MAX_CONNECTIONS = 2;

type EmbeddedServer = { url: string; stop(): Promise<void> };

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite does not lock its folder: a second process (say `npm run db:seed` beside a running
 * server) would write unseen by the first, which later overwrites or corrupts it. A lock file
 * left by a process that no longer runs is taken over. Returns the release function.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      if (isRunning(holder)) {
        throw new Error(`Die eingebettete Datenbank in ${dataDir} ist schon von Prozess ${holder} geöffnet. Beenden Sie ihn zuerst.`);
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Sperrdatei ${lockFile} ließ sich nicht anlegen.`);
}

/** Starts PGlite (in memory without dataDir) and serves it on 127.0.0.1 at a port the OS picks. */
async function startEmbeddedServer(dataDir: string | undefined): Promise<EmbeddedServer> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  const pglite = await PGlite.create(dataDir, { extensions: { btree_gist } }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  const closePglite = async () => {
    await pglite.close();
    await unlock();
  };
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await closePglite();
    throw error;
  }
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await closePglite();
    },
  };
}

/** SELECT 1 within a short time; false on any failure instead of throwing. */
async function ping(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([prisma.$queryRaw`SELECT 1`.then(() => true), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function connectClient(kind: Database["kind"], url: string, stopServer: () => Promise<void>): Database {
  // PGlite: keep the one connection open rather than reopening it after idling (see top of file).
  const pool = kind === "pglite" ? { max: 1, idleTimeoutMillis: 0 } : {};
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, ...pool }) });
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind,
    url,
    ping: () => (closing ? Promise.resolve(false) : ping(prisma)),
    close: () =>
      (closing ??= (async () => {
        await prisma.$disconnect();
        await stopServer();
      })()),
  };
}

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  if (opts.databaseUrl) return connectClient("postgresql", opts.databaseUrl, async () => {});
  const embedded = await startEmbeddedServer(opts.inMemory ? undefined : path.resolve(opts.dataDir ?? "data", "pglite"));
  return connectClient("pglite", embedded.url, embedded.stop);
}

/**
 * Applies pending migrations (see prisma/migrate.ts); returns the names applied, oldest first.
 * `projectRoot` locates prisma/migrations (default: the working directory).
 */
export async function migrateDatabase(db: Database, projectRoot?: string): Promise<string[]> {
  return (await migrate(db.url, { paths: projectMigrationPaths(projectRoot) })).applied;
}
