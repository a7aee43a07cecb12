/**
 * Repository for Träger. A Träger's name and federation appear in every document of its centres,
 * so changing or deleting a Träger queues all its centres for the search index in the same
 * transaction. Its centres are locked first (in id order, like the indexer), so an indexer
 * working on one of them at that moment cannot publish the old name after the new one.
 */
import type { PrismaClient, Wohlfahrtsverband } from "./generated/prisma/client";
import { Prisma } from "./generated/prisma/client";
import { enqueueSearchSync, type Tx } from "./search-outbox.server";

export type TraegerInput = { name: string; verband: Wohlfahrtsverband; website?: string | null; isDemo?: boolean };

async function lockCentresOf(tx: Tx, traegerId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>(
    Prisma.sql`SELECT id::text AS id FROM beratungsstelle WHERE traeger_id = ${traegerId}::uuid ORDER BY id FOR UPDATE`,
  );
  return rows.map((row) => row.id);
}

/** The Träger with this name and federation, created if missing (the import's way to name one). */
export async function findOrCreateTraeger(tx: Tx | PrismaClient, input: TraegerInput): Promise<{ id: string; created: boolean }> {
  const found = await tx.traeger.findUnique({ where: { name_verband: { name: input.name, verband: input.verband } }, select: { id: true } });
  if (found) return { id: found.id, created: false };
  const created = await tx.traeger.upsert({
    where: { name_verband: { name: input.name, verband: input.verband } },
    create: { name: input.name, verband: input.verband, website: input.website ?? null, isDemo: input.isDemo ?? false },
    update: {},
    select: { id: true },
  });
  return { id: created.id, created: true };
}

/**
 * Changes a Träger and re-indexes its centres; false when there is none. `alsoInTransaction`
 * runs in the same transaction after the change (the audit log entry of the management area).
 */
export async function updateTraeger(
  prisma: PrismaClient,
  id: string,
  input: TraegerInput,
  options: { alsoInTransaction?: (tx: Tx) => Promise<void> } = {},
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const centreIds = await lockCentresOf(tx, id);
    const { count } = await tx.traeger.updateMany({
      where: { id },
      data: { name: input.name, verband: input.verband, website: input.website ?? null, ...(input.isDemo === undefined ? {} : { isDemo: input.isDemo }) },
    });
    if (count > 0) {
      await enqueueSearchSync(tx, centreIds, "upsert");
      await options.alsoInTransaction?.(tx);
    }
    return count > 0;
  });
}

/** Deletes a Träger with all its centres; false when there is none. */
export async function deleteTraeger(prisma: PrismaClient, id: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const centreIds = await lockCentresOf(tx, id);
    const { count } = await tx.traeger.deleteMany({ where: { id } });
    if (count > 0) await enqueueSearchSync(tx, centreIds, "delete");
    return count > 0;
  });
}
