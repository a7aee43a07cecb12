/**
 * Benchmark of the centre CSV import (issue 4, point 7). Prints figures; not part of `npm test`.
 *
 *   npx tsx tests/bench/import.ts [rows]        (default 2,000 rows)
 *   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/import.ts
 *
 * Runs on an in-memory PGlite, and on PostgreSQL (a fresh database, dropped afterwards) when
 * TEST_DATABASE_URL is set. Per database: checking the file only (validation and place lookup,
 * nothing written: a dry run on the empty database), the first import (all rows new), the same
 * file again (all rows unchanged, nothing written) and a file with other values for the same ids
 * (all rows updated).
 * Target: every import of 2,000 rows under 30 s.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase, openDatabase, type Database } from "../../app/server/db.server";
import { importCentres, type ImportOptions, type ImportReport } from "../../app/server/import/import-centres.server";
import { formatSummary } from "../../app/domain/counselling/import/issues";
import { generateCentreCsv } from "../../app/server/import/__tests__/generate-csv";
import { placeLookup } from "../../app/server/places.server";

const ROWS = Number(process.argv[2] ?? 2000);
const TARGET_MS = 30_000;
const OPTIONS: ImportOptions = { heute: "2026-11-22", datenquelle: "Benchmark" };

const SERVER_URL = process.env.TEST_DATABASE_URL;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** A migrated, empty database (tests/support/database.ts needs Vitest, so the bench has its own). */
async function freshDatabase(kind: Database["kind"]): Promise<{ db: Database; dispose(): Promise<void> }> {
  const name = `sozial_bench_${randomBytes(6).toString("hex")}`;
  if (kind === "postgresql") await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER_URL ?? "postgresql://localhost");
  url.pathname = `/${name}`;
  const db = await openDatabase(kind === "postgresql" ? { databaseUrl: url.toString() } : { inMemory: true });
  await migrateDatabase(db);
  return {
    db,
    async dispose() {
      await db.close();
      if (kind === "postgresql") await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function timed(label: string, run: () => Promise<ImportReport>): Promise<number> {
  const started = performance.now();
  const report = await run();
  const ms = performance.now() - started;
  const verdict = ms < TARGET_MS ? "ok" : `ÜBER ${TARGET_MS / 1000} s`;
  console.log(`  ${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${verdict}  (${formatSummary(report)})`);
  if (report.ungueltig > 0 || report.dateiUngueltig) throw new Error(`Benchmark-Datei ungültig: ${report.issues[0]?.meldung}`);
  return ms;
}

const placesStarted = performance.now();
await placeLookup();
console.log(`Ortsdaten geladen in ${((performance.now() - placesStarted) / 1000).toFixed(2)} s (einmal je Prozess, nicht mitgezählt)`);

const csv = generateCentreCsv({ rows: ROWS, seed: 4 });
const changed = generateCentreCsv({ rows: ROWS, seed: 5 });
console.log(`Datei: ${ROWS.toLocaleString("de-DE")} Zeilen, ${(csv.length / 1024).toFixed(0)} KB`);

let failed = false;
const kinds: Array<Database["kind"]> = SERVER_URL ? ["pglite", "postgresql"] : ["pglite"];
for (const kind of kinds) {
  console.log(`${kind}:`);
  const { db, dispose } = await freshDatabase(kind);
  try {
    const times = [
      await timed("nur prüfen (--dry-run)", () => importCentres(db, csv, { ...OPTIONS, dryRun: true })),
      await timed("erster Import (alle neu)", () => importCentres(db, csv, OPTIONS)),
      await timed("gleiche Datei erneut (unverändert)", () => importCentres(db, csv, OPTIONS)),
      await timed("geänderte Werte, gleiche IDs", () => importCentres(db, changed, OPTIONS)),
    ];
    if (times.some((ms) => ms >= TARGET_MS)) failed = true;
  } finally {
    await dispose();
  }
}
if (!SERVER_URL) console.log("PostgreSQL übersprungen: TEST_DATABASE_URL ist nicht gesetzt.");
process.exitCode = failed ? 1 : 0;
