/**
 * Inserting thousands of rows quickly. Prisma's createMany sends one bind parameter per value;
 * on the embedded database that costs about 0.1 ms each (2,000 centres with their hours: ~20 s).
 * Here the rows travel as one JSON parameter and PostgreSQL unpacks them with
 * json_populate_recordset into the table's own row type (arrays and enums included): ~1 s.
 *
 * Rows use the database's column names (snake_case). Columns left out get their database
 * default; keys that name no column would be ignored silently, so each caller's column mapping
 * is covered by a test that reads every field back.
 */
import { Prisma } from "./generated/prisma/client";
import type { Tx } from "./search-outbox.server";

export type BulkTable = "traeger" | "beratungsstelle" | "oeffnungszeit" | "oeffnungszeit_ausnahme" | "search_outbox";

/** Rows per statement: keeps a single JSON parameter in the low megabytes. */
const ROWS_PER_STATEMENT = 5000;

export async function insertRows(tx: Tx, table: BulkTable, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (!columns.every((column) => /^[a-z_]+$/.test(column))) throw new Error(`Ungültiger Spaltenname für ${table}: ${columns.join(", ")}`);
  const list = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const name = Prisma.raw(`"${table}"`);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT));
    await tx.$executeRaw(Prisma.sql`INSERT INTO ${name} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${name}, ${json}::json)`);
  }
}
