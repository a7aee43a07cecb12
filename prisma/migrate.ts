/**
 * Applies pending migrations from prisma/migrations, like `prisma migrate deploy` (see
 * prisma/engine/schema-engine.ts for why we run the engine ourselves). Used at server start via
 * migrateDatabase() in app/server/db.server.ts and by `npm run db:migrate`. Safe to run any
 * number of times: applied migrations are recorded in `_prisma_migrations` and skipped.
 * resetDatabase() backs `npm run db:reset`. Nothing here logs.
 */
import path from "node:path";
import pg from "pg";
import { applyMigrations, type MigrationPaths } from "./engine/schema-engine";

export type MigrateOptions = {
  /** Where schema.prisma and migrations/ live; defaults to ./prisma of the working directory. */
  paths?: MigrationPaths;
};

export type MigrateResult = {
  /** Names of the migrations applied by this call, oldest first; empty when already up to date. */
  applied: string[];
  durationMs: number;
};

/** Paths relative to the project root (npm scripts and the server run from there). */
export function projectMigrationPaths(root: string = process.cwd()): MigrationPaths {
  return {
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
  };
}

export async function migrate(databaseUrl: string, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const started = performance.now();
  const applied = await applyMigrations(databaseUrl, opts.paths ?? projectMigrationPaths());
  return { applied, durationMs: Math.round(performance.now() - started) };
}

/**
 * Drops every object in the public schema — tables (with `_prisma_migrations`), views, sequences,
 * types, functions and extensions installed there — and leaves the schema itself, its owner and
 * grants as they were. Objects that belong to an extension go with the extension.
 */
const DROP_PUBLIC_OBJECTS = `
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT e.extname FROM pg_extension e
      JOIN pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname = 'public' LOOP
    EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', item.extname);
  END LOOP;
  FOR item IN SELECT c.relname,
        CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
          WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'c' THEN 'TYPE' ELSE 'TABLE' END AS kind
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE', item.kind, item.relname);
  END LOOP;
  FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', item.typname);
  END LOOP;
  FOR item IN SELECT p.oid::regprocedure AS signature,
        CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END AS kind
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' LOOP
    EXECUTE format('DROP %s IF EXISTS %s CASCADE', item.kind, item.signature);
  END LOOP;
END $$;`;

/** Empties the database (see DROP_PUBLIC_OBJECTS), then applies all migrations afresh. */
export async function resetDatabase(databaseUrl: string, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(DROP_PUBLIC_OBJECTS);
  } finally {
    await client.end();
  }
  return migrate(databaseUrl, opts);
}
