import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../app/server/db.server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../../tests/support/database";
import { diffToSchema } from "../engine/schema-engine";
import { migrate, projectMigrationPaths, resetDatabase } from "../migrate";

const paths = projectMigrationPaths();

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(paths.migrationsDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

describe.each(testDatabaseKinds)("migrate (%s)", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => db.dispose());

  it("applies every migration to an empty database and records it like prisma migrate deploy", async () => {
    const folders = await migrationFolders();
    const { applied } = await migrate(db.url);
    expect(applied).toEqual(folders);

    const rows = await db.prisma.$queryRaw<MigrationRow[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = await readFile(path.join(paths.migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing when run again", async () => {
    expect((await migrate(db.url)).applied).toEqual([]);
  });

  it("reset drops all data and the migration history, then migrates afresh", async () => {
    await db.prisma.traeger.create({ data: { name: "Demo-Träger Reset", verband: "sonstige" } });
    const { applied } = await resetDatabase(db.url);
    expect(applied).toEqual(await migrationFolders());
    expect(await db.prisma.traeger.count()).toBe(0);
  });
});

describe("diffToSchema", () => {
  let scratch: Database;
  let tempDir: string;
  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), "sozial-schema-"));
  });
  afterAll(() => rm(tempDir, { recursive: true, force: true }));

  const withScratch = async <T>(work: (url: string) => Promise<T>): Promise<T> => {
    scratch = await openDatabase({ inMemory: true });
    return work(scratch.url).finally(() => scratch.close());
  };

  it("finds the committed migrations in step with schema.prisma", async () => {
    expect(await withScratch((url) => diffToSchema(url, paths))).toBeNull();
  });

  it("returns the SQL for a schema change", async () => {
    const schema = await readFile(paths.schemaPath, "utf8");
    const changed = schema.replace(/(\n\s+ort\s+String)/, "$1\n  faxnummer String?");
    const schemaPath = path.join(tempDir, "schema.prisma");
    await writeFile(schemaPath, changed);

    const sql = await withScratch((url) => diffToSchema(url, { ...paths, schemaPath }));
    expect(sql).toMatch(/ALTER TABLE "beratungsstelle" ADD COLUMN\s+"faxnummer" TEXT;/);
  });
});
