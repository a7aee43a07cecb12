/**
 * The database the db:* scripts work on: DATABASE_URL when set, otherwise the embedded PGlite in
 * DATA_DIR (default ./data). Stop the server first when it uses the same DATA_DIR: PGlite's files
 * must not be opened by two processes at once.
 */
import path from "node:path";
import { openDatabase, type Database } from "../../app/server/db.server";

function describeTarget(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return "PostgreSQL (DATABASE_URL)";
  return `eingebettete Datenbank in ${path.join(env.DATA_DIR || "data", "pglite")}`;
}

/** Opens the target, runs `task`, prints its German summary line, closes; exit code 1 on failure. */
export async function runOnTargetDatabase(task: (db: Database) => Promise<string>): Promise<void> {
  const env = process.env;
  const target = describeTarget(env);
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || undefined });
    console.log(`${target}: ${await task(db)}`);
  } catch (error) {
    console.error(`${target}: fehlgeschlagen – ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
