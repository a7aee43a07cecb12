/**
 * The database connection Prisma's schema engine runs on: @prisma/adapter-pg over a single pg
 * connection, with one repair.
 *
 * To describe a database the engine reads pg_catalog columns of PostgreSQL's one-byte type "char"
 * (OID 18, e.g. pg_constraint.contype) and expects them as `Character` values. @prisma/adapter-pg
 * 7.10 rejects that type ("Column type 'char' could not be deserialized"), so `prisma migrate diff`
 * against a database with tables fails. Here the pg client reports those columns as text (their
 * text value is the single character) and notes their positions; the adapter then labels them
 * `Character`. Only the engine uses this; the app's Prisma client never reads such columns.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Positions of "char" columns, keyed by the rows array that the adapter passes on unchanged. */
const charColumnsByRows = new WeakMap<unknown[], number[]>();

function relabelCharColumns<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (part ?? {}) as Partial<pg.QueryResult>;
    const positions = (fields ?? []).flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    if (positions.length === 0 || !rows) continue;
    for (const index of positions) fields![index]!.dataTypeID = PG_TEXT_OID;
    charColumnsByRows.set(rows, positions);
  }
  return result;
}

class CatalogClient extends pg.Client {
  // pg.Client.query has a dozen overloads (promise, callback, submittable); one implementation
  // that passes every call through can only be typed loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, result && relabelCharColumns(result));
      return Reflect.apply(super.query, this, args);
    }
    const pending: unknown = Reflect.apply(super.query, this, args);
    return pending instanceof Promise ? pending.then(relabelCharColumns) : pending;
  }
}

export type CatalogConnection = { adapter: SqlDriverAdapter; close(): Promise<void> };

export async function openCatalogConnection(connectionString: string): Promise<CatalogConnection> {
  const adapter = await new PrismaPg({ connectionString, max: 1, Client: CatalogClient }).connect();
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return {
    adapter,
    // The engine disposes a shadow connection itself but never its main one; close whatever is left.
    async close() {
      if (!adapter.underlyingDriver().ended) await adapter.dispose();
    },
  };
}
