/**
 * Databases for tests. Every database test runs on an in-memory PGlite; when TEST_DATABASE_URL
 * points at a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres) it runs on
 * PostgreSQL too, each time in a database of its own (`sozial_test_<random>`, dropped afterwards).
 *
 *   describe.each(testDatabaseKinds)("… (%s)", (kind) => {
 *     const database = useTestDatabase(kind);          // migrated, fresh for this describe block
 *     it("…", async () => { await database().prisma.traeger.count(); });
 *   });
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { migrateDatabase, openDatabase, type Database } from "../../app/server/db.server";

export type TestDatabaseKind = Database["kind"];

/** PGlite always; PostgreSQL as well when TEST_DATABASE_URL is set. */
export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];

export type TestDatabase = Database & {
  /** Closes the database; on PostgreSQL also drops it. */
  dispose(): Promise<void>;
};

export type TestDatabaseOptions = {
  /** Apply the migrations before handing the database out. Default true. */
  migrate?: boolean;
};

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database next to TEST_DATABASE_URL's and returns its URL and a drop function. */
async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL ist nicht gesetzt.");
  const name = `sozial_test_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function createTestDatabase(kind: TestDatabaseKind, opts: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const postgres = kind === "postgresql" ? await createPostgresDatabase() : undefined;
  const db = await openDatabase(postgres ? { databaseUrl: postgres.url } : { inMemory: true });
  const dispose = async () => {
    await db.close();
    await postgres?.drop();
  };
  try {
    if (opts.migrate ?? true) await migrateDatabase(db);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { ...db, dispose };
}

/** A fresh test database for the surrounding describe block: created before its tests, disposed after. */
export function useTestDatabase(kind: TestDatabaseKind, opts: TestDatabaseOptions = {}): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind, opts);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  return () => {
    if (!database) throw new Error("Testdatenbank ist noch nicht bereit (nur innerhalb von Tests verwenden).");
    return database;
  };
}
