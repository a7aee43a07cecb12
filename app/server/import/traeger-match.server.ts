/**
 * The Träger named in an import file, matched by name and federation (the key the Träger table
 * is unique on). Looked up and created in a few statements, not two per Träger: a state-wide file
 * names hundreds of them. A new Träger has no centres yet, so it needs no search-outbox entry
 * (which is why this may bypass findOrCreateTraeger in traeger.server.ts).
 */
import type { Verband } from "../../domain/counselling/import/vocabulary";
import type { PrismaClient } from "../generated/prisma/client";
import type { Tx } from "../search-outbox.server";

export type TraegerKey = { name: string; verband: Verband };

/** Map key of a Träger: federation and name. */
export const traegerKey = (traeger: TraegerKey) => `${traeger.verband}\u0000${traeger.name}`;

export function distinctTraeger(list: readonly TraegerKey[]): TraegerKey[] {
  const byKey = new Map<string, TraegerKey>();
  for (const traeger of list) if (!byKey.has(traegerKey(traeger))) byKey.set(traegerKey(traeger), { name: traeger.name, verband: traeger.verband });
  return [...byKey.values()];
}

/** Ids of those that exist, by `traegerKey`. */
export async function existingTraeger(db: Tx | PrismaClient, wanted: readonly TraegerKey[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const CHUNK = 500;
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const chunk = wanted.slice(start, start + CHUNK);
    const rows = await db.traeger.findMany({
      where: { OR: chunk.map((traeger) => ({ name: traeger.name, verband: traeger.verband })) },
      select: { id: true, name: true, verband: true },
    });
    for (const row of rows) found.set(traegerKey(row), row.id);
  }
  return found;
}

/** Id for every wanted Träger, creating the missing ones; returns the map and how many were created. */
export async function resolveTraeger(tx: Tx, wanted: readonly TraegerKey[]): Promise<{ ids: Map<string, string>; created: number }> {
  const known = await existingTraeger(tx, wanted);
  const missing = wanted.filter((traeger) => !known.has(traegerKey(traeger)));
  if (missing.length === 0) return { ids: known, created: 0 };
  // skipDuplicates: another import may create the same Träger at the same moment.
  const { count } = await tx.traeger.createMany({ data: missing.map(({ name, verband }) => ({ name, verband })), skipDuplicates: true });
  return { ids: await existingTraeger(tx, wanted), created: count };
}
