/**
 * The search outbox table (see schema.prisma, SearchOutbox): written by the centre repository in
 * the same transaction as the change, read by the indexer (search-sync.server.ts). Claiming uses
 * FOR UPDATE SKIP LOCKED, so several indexer processes share the work and no entry is handled by
 * two of them at once.
 */
import { insertRows } from "./bulk-insert.server";
import { Prisma, type PrismaClient, type SearchOutboxOperation } from "./generated/prisma/client";

/** A Prisma client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** After this many failed attempts an entry is left alone (visible in the table for an operator). */
export const MAX_OUTBOX_ATTEMPTS = 10;

export type OutboxEntry = { id: bigint; centreId: string; operation: SearchOutboxOperation };

export async function enqueueSearchSync(tx: Tx, centreIds: readonly string[], operation: SearchOutboxOperation): Promise<void> {
  await insertRows(tx, "search_outbox", centreIds.map((centreId) => ({ centre_id: centreId, operation })));
}

/** Locks up to `limit` unprocessed entries, oldest first, skipping those another worker holds. */
export function claimOutboxEntries(tx: Tx, limit: number): Promise<OutboxEntry[]> {
  return tx.$queryRaw<OutboxEntry[]>(Prisma.sql`
    SELECT id, centre_id::text AS "centreId", operation::text AS operation
    FROM search_outbox
    WHERE processed_at IS NULL AND attempts < ${MAX_OUTBOX_ATTEMPTS}
    ORDER BY id
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`);
}

/** The database clock stamps processed_at, so it compares with transaction times (see indexAllCentres). */
export async function markOutboxProcessed(tx: Tx | PrismaClient, ids: readonly bigint[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE search_outbox SET processed_at = now() WHERE id = ANY(${ids.map(String)}::bigint[]) AND processed_at IS NULL`);
}

/** Puts entries processed since `since` back in the queue, except `keep`; returns how many. */
export function requeueOutboxProcessedSince(prisma: PrismaClient, since: Date, keep: readonly bigint[]): Promise<number> {
  return prisma.$executeRaw(Prisma.sql`
    UPDATE search_outbox SET processed_at = NULL
    WHERE processed_at >= ${since} AND NOT (id = ANY(${keep.map(String)}::bigint[]))`);
}

/** Records a failed attempt (outside the failed transaction, which rolled back). */
export async function markOutboxFailed(prisma: PrismaClient, ids: readonly bigint[], error: string): Promise<void> {
  if (ids.length === 0) return;
  await prisma.searchOutbox.updateMany({
    where: { id: { in: [...ids] }, processedAt: null },
    data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) },
  });
}

/** Deletes processed entries older than `before`; returns how many. */
export async function pruneOutbox(prisma: PrismaClient, before: Date): Promise<number> {
  const { count } = await prisma.searchOutbox.deleteMany({ where: { processedAt: { lt: before } } });
  return count;
}

/** One cheap query, so an idle indexer does not open a transaction several times a second. */
export async function hasPendingOutbox(prisma: PrismaClient): Promise<boolean> {
  const rows = await prisma.$queryRaw<unknown[]>(
    Prisma.sql`SELECT 1 FROM search_outbox WHERE processed_at IS NULL AND attempts < ${MAX_OUTBOX_ATTEMPTS} LIMIT 1`,
  );
  return rows.length > 0;
}

export function pendingOutboxCount(prisma: PrismaClient): Promise<number> {
  return prisma.searchOutbox.count({ where: { processedAt: null, attempts: { lt: MAX_OUTBOX_ATTEMPTS } } });
}
