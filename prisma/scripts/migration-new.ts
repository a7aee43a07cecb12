/**
 * `npm run db:migration:new -- <name>` writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
 * with the SQL that takes the existing migrations to the current schema.prisma, in the folder
 * format of `prisma migrate dev`. The migrations are replayed in an in-memory PGlite (Prisma's
 * "shadow database"), so no database server is needed. Review the SQL before committing it;
 * constraints Prisma cannot express (CHECK, partial indexes) are added to the file by hand.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../../app/server/db.server";
import { diffToSchema, MIGRATION_LOCK_TOML } from "../engine/schema-engine";
import { projectMigrationPaths } from "../migrate";

/** Prisma's folder name: UTC yyyyMMddHHmmss, underscore, the name as a lower-case slug. */
function migrationFolderName(name: string, now: Date): string {
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return `${timestamp}_${slug}`;
}

const name = process.argv.slice(2).join(" ").trim();
if (!/[a-z0-9]/i.test(name)) {
  console.error("Aufruf: npm run db:migration:new -- <name>   (z. B. termine_anlegen)");
  process.exit(1);
}

const paths = projectMigrationPaths();
const scratch = await openDatabase({ inMemory: true });
const sql = await diffToSchema(scratch.url, paths).finally(() => scratch.close());

if (sql === null) {
  console.log("Keine Änderungen: schema.prisma entspricht den vorhandenen Migrationen.");
} else {
  const folder = migrationFolderName(name, new Date());
  await mkdir(path.join(paths.migrationsDir, folder), { recursive: true });
  await writeFile(path.join(paths.migrationsDir, folder, "migration.sql"), sql);
  // Written once with the first migration; Prisma refuses a history without it.
  await writeFile(path.join(paths.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK_TOML, { flag: "wx" }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  console.log(`Neue Migration: ${path.relative(process.cwd(), path.join(paths.migrationsDir, folder, "migration.sql"))}`);
}
