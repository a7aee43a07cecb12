/**
 * Keeps the search index in step with the database.
 * - `toCentreDocument`: a published centre row → the flat CentreDocument of search/port.ts.
 * - `indexAllCentres`: full rebuild, at start and from `npm run search:reindex`.
 * - `processSearchOutbox`: one batch of the incremental sync (run by jobs/search-indexer.server.ts).
 *
 * The outbox entry only says "look at centre X again": the indexer always pushes the centre's
 * current state (or removes it when it is gone or unpublished), so entries may be handled in any
 * order and more than once. To keep an older state from overtaking a newer one, the indexer holds
 * a share lock on the centres it reads until the search engine has the documents; a writer of the
 * same centre waits for it (writers lock centres in id order, as the indexer does, so no deadlock).
 */
import type { CentreDocument, SearchPort } from "../../search";
import type { WeeklyRule } from "../../search/port";
import { Prisma, type PrismaClient } from "./generated/prisma/client";
import { BULK_TRANSACTION } from "./centres.server";
import {
  claimOutboxEntries,
  hasPendingOutbox,
  markOutboxFailed,
  markOutboxProcessed,
  requeueOutboxProcessedSince,
  type OutboxEntry,
  type Tx,
} from "./search-outbox.server";

export const CENTRE_INCLUDE = {
  traeger: true,
  oeffnungszeiten: { orderBy: [{ wochentag: "asc" }, { von: "asc" }] },
  ausnahmen: { orderBy: [{ datum: "asc" }, { von: "asc" }] },
} satisfies Prisma.BeratungsstelleInclude;

export type CentreRecord = Prisma.BeratungsstelleGetPayload<{ include: typeof CENTRE_INCLUDE }>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Exceptions grouped by date; a row without times closes the whole day. */
function exceptionsOf(rows: CentreRecord["ausnahmen"]): CentreDocument["ausnahmen"] {
  const closed = new Set(rows.filter((row) => row.von === null || row.bis === null).map((row) => isoDate(row.datum)));
  const byDate = new Map<string, CentreDocument["ausnahmen"][number]>();
  for (const row of rows) {
    const datum = isoDate(row.datum);
    const entry = byDate.get(datum) ?? { datum, zeiten: [] };
    byDate.set(datum, entry);
    if (!closed.has(datum) && row.von !== null && row.bis !== null) entry.zeiten.push({ von: row.von, bis: row.bis });
  }
  return [...byDate.values()];
}

export function toCentreDocument(row: CentreRecord): CentreDocument {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    traeger: { id: row.traeger.id, name: row.traeger.name, verband: row.traeger.verband },
    themen: row.themen,
    adresse: { strasse: row.strasse, plz: row.plz, ort: row.ort },
    geo: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    bundesweit: row.bundesweit,
    kanaele: row.kanaele,
    sprachen: row.sprachen,
    barrierefrei: row.stufenlos,
    anonym: row.anonym,
    zielgruppen: row.zielgruppen,
    beschreibung: row.beschreibung,
    oeffnungszeiten: row.oeffnungszeiten.map((rule) => ({ wochentag: rule.wochentag as WeeklyRule["wochentag"], von: rule.von, bis: rule.bis })),
    ausnahmen: exceptionsOf(row.ausnahmen),
    isDemo: row.isDemo,
    zuletztGeprueft: row.zuletztGeprueft ? isoDate(row.zuletztGeprueft) : null,
  };
}

/**
 * All published centres with Träger and hours. Four plain queries joined here, rather than one
 * `include`: Prisma would send every centre id back as a bind parameter to fetch the relations,
 * which makes loading 20,000 centres several times slower (see bulk-insert.server.ts).
 */
async function loadAllCentreRecords(db: PrismaClient | Tx): Promise<CentreRecord[]> {
  const published = { beratungsstelle: { veroeffentlicht: true } };
  const [centres, traeger, rules, exceptions] = await Promise.all([
    db.beratungsstelle.findMany({ where: { veroeffentlicht: true }, orderBy: { id: "asc" } }),
    db.traeger.findMany(),
    db.oeffnungszeit.findMany({ where: published, orderBy: CENTRE_INCLUDE.oeffnungszeiten.orderBy }),
    db.oeffnungszeitAusnahme.findMany({ where: published, orderBy: CENTRE_INCLUDE.ausnahmen.orderBy }),
  ]);
  const traegerById = new Map(traeger.map((row) => [row.id, row]));
  const group = <T extends { beratungsstelleId: string }>(rows: T[]) => {
    const byCentre = new Map<string, T[]>();
    for (const row of rows) {
      const list = byCentre.get(row.beratungsstelleId);
      if (list) list.push(row);
      else byCentre.set(row.beratungsstelleId, [row]);
    }
    return byCentre;
  };
  const rulesByCentre = group(rules);
  const exceptionsByCentre = group(exceptions);
  return centres.map((centre) => ({
    ...centre,
    traeger: traegerById.get(centre.traegerId)!,
    oeffnungszeiten: rulesByCentre.get(centre.id) ?? [],
    ausnahmen: exceptionsByCentre.get(centre.id) ?? [],
  }));
}

/** Documents of the published centres (all, or those with the given ids). */
export async function loadCentreDocuments(db: PrismaClient | Tx, ids?: readonly string[]): Promise<CentreDocument[]> {
  if (!ids) return (await loadAllCentreRecords(db)).map(toCentreDocument);
  const rows = await db.beratungsstelle.findMany({
    where: { veroeffentlicht: true, id: { in: [...ids] } },
    include: CENTRE_INCLUDE,
    orderBy: { id: "asc" },
  });
  return rows.map(toCentreDocument);
}

/**
 * Rebuilds the whole index from one consistent snapshot. Outbox entries pending in that snapshot
 * are covered by it and marked processed; entries another indexer processed while the rebuild
 * ran may have gone to the index being replaced, so they are queued again.
 */
export async function indexAllCentres(prisma: PrismaClient, search: SearchPort): Promise<number> {
  const snapshot = await prisma.$transaction(
    async (tx) => {
      const [{ startedAt }] = await tx.$queryRaw<[{ startedAt: Date }]>(Prisma.sql`SELECT transaction_timestamp() AS "startedAt"`);
      const pending = await tx.searchOutbox.findMany({ where: { processedAt: null }, select: { id: true } });
      return { startedAt, pending: pending.map((entry) => entry.id), documents: await loadCentreDocuments(tx) };
    },
    { isolationLevel: "RepeatableRead", ...BULK_TRANSACTION },
  );
  await search.replaceCentres(snapshot.documents);
  await markOutboxProcessed(prisma, snapshot.pending);
  await requeueOutboxProcessedSince(prisma, snapshot.startedAt, snapshot.pending);
  return snapshot.documents.length;
}

export type OutboxBatch = { entries: bigint[]; upserted: number; removed: number };

/** Claims up to `batchSize` outbox entries, brings their centres up to date in the index, marks them processed. */
export async function processSearchOutbox(prisma: PrismaClient, search: SearchPort, batchSize = 200): Promise<OutboxBatch> {
  if (!(await hasPendingOutbox(prisma))) return { entries: [], upserted: 0, removed: 0 };
  let claimed: OutboxEntry[] = [];
  try {
    return await prisma.$transaction(
      async (tx) => {
        claimed = await claimOutboxEntries(tx, batchSize);
        if (claimed.length === 0) return { entries: [], upserted: 0, removed: 0 };
        const centreIds = [...new Set(claimed.map((entry) => entry.centreId))].sort();
        await tx.$queryRaw(Prisma.sql`SELECT id FROM beratungsstelle WHERE id = ANY(${centreIds}::uuid[]) ORDER BY id FOR SHARE`);
        const documents = await loadCentreDocuments(tx, centreIds);
        const present = new Set(documents.map((document) => document.id));
        const gone = centreIds.filter((id) => !present.has(id));
        if (documents.length > 0) await search.upsertCentres(documents);
        if (gone.length > 0) await search.removeCentres(gone);
        await markOutboxProcessed(tx, claimed.map((entry) => entry.id));
        return { entries: claimed.map((entry) => entry.id), upserted: documents.length, removed: gone.length };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    await markOutboxFailed(prisma, claimed.map((entry) => entry.id), error instanceof Error ? error.message : String(error)).catch(() => {});
    throw error;
  }
}
