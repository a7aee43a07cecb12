/**
 * Repository for Beratungsstellen: the only code that writes centres. Every write adds a
 * SearchOutbox entry in the same transaction, so the search index follows every committed
 * change (app/server/search-sync.server.ts) and never one that was rolled back. The import, the
 * management area and the demo seed all write through here.
 *
 * Bulk-friendly: `writeCentres` upserts many centres with a few statements (one JSON insert each
 * for new centres, hours and outbox entries, see bulk-insert.server.ts; one UPDATE per changed
 * centre), so importing or seeding thousands of centres takes seconds, also on the embedded database.
 */
import { randomUUID } from "node:crypto";
import type { HoursException, WeeklyRule } from "../domain/counselling/opening-hours";
import { insertRows } from "./bulk-insert.server";
import type { Kontaktkanal, PrismaClient } from "./generated/prisma/client";
import { enqueueSearchSync, type Tx } from "./search-outbox.server";
import { allocateSlugs } from "./slugs.server";

export type CentreException = HoursException & { hinweis?: string | null };

export type CentreInput = {
  /** Given: update that centre, or create it with this id. Absent: match by externeId, else create. */
  id?: string;
  externeId?: string | null;
  /** Absent: kept on update, generated from name and place on create. */
  slug?: string;
  traegerId: string;
  name: string;
  beschreibung?: string;
  themen: string[];
  kanaele: Kontaktkanal[];
  /** ISO 639-1 codes. */
  sprachen: string[];
  zielgruppen?: string[];
  adresse: { strasse: string; plz: string; ort: string };
  geo: { lat: number; lng: number } | null;
  kontakt?: { telefon?: string | null; email?: string | null; website?: string | null };
  barrierefreiheit?: { stufenlos?: boolean; wc?: boolean; aufzug?: boolean; hinweis?: string | null };
  kosten?: string;
  anonym?: boolean;
  notfallzeiten?: string | null;
  einzugsgebiet?: { plz?: string[]; radiusKm?: number | null; bundesweit?: boolean };
  oeffnungszeiten?: WeeklyRule[];
  ausnahmen?: CentreException[];
  /** ISO date (YYYY-MM-DD). */
  zuletztGeprueft?: string | null;
  datenquelle: string;
  /** New centres are unpublished unless this says otherwise; absent on update: unchanged. */
  veroeffentlicht?: boolean;
  isDemo?: boolean;
};

export type SavedCentre = { id: string; slug: string; created: boolean };

/** Interactive transactions here may write thousands of rows; Prisma's default limit is 5 s. */
export const BULK_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

const isoDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** The centre's own columns as the repository writes them (defaults included). */
export function centreColumns(input: CentreInput) {
  return {
    externeId: input.externeId ?? null,
    traegerId: input.traegerId,
    name: input.name,
    beschreibung: input.beschreibung ?? "",
    themen: input.themen,
    kanaele: input.kanaele,
    sprachen: input.sprachen,
    zielgruppen: input.zielgruppen ?? [],
    strasse: input.adresse.strasse,
    plz: input.adresse.plz,
    ort: input.adresse.ort,
    lat: input.geo?.lat ?? null,
    lng: input.geo?.lng ?? null,
    telefon: input.kontakt?.telefon ?? null,
    email: input.kontakt?.email ?? null,
    website: input.kontakt?.website ?? null,
    stufenlos: input.barrierefreiheit?.stufenlos ?? false,
    barrierefreiesWc: input.barrierefreiheit?.wc ?? false,
    aufzug: input.barrierefreiheit?.aufzug ?? false,
    barrierefreiheitHinweis: input.barrierefreiheit?.hinweis ?? null,
    kosten: input.kosten ?? "kostenlos",
    anonym: input.anonym ?? false,
    notfallzeiten: input.notfallzeiten ?? null,
    einzugsgebietPlz: input.einzugsgebiet?.plz ?? [],
    einzugsgebietKm: input.einzugsgebiet?.radiusKm ?? null,
    bundesweit: input.einzugsgebiet?.bundesweit ?? false,
    zuletztGeprueft: input.zuletztGeprueft ? isoDate(input.zuletztGeprueft) : null,
    datenquelle: input.datenquelle,
    isDemo: input.isDemo ?? false,
  };
}

/** The columns of a new centre row, by database name (see bulk-insert.server.ts). */
function centreInsertRow(id: string, slug: string, input: CentreInput, updatedAt: string) {
  const columns = centreColumns(input);
  return {
    id,
    slug,
    externe_id: columns.externeId,
    traeger_id: columns.traegerId,
    name: columns.name,
    beschreibung: columns.beschreibung,
    themen: columns.themen,
    kanaele: columns.kanaele,
    sprachen: columns.sprachen,
    zielgruppen: columns.zielgruppen,
    strasse: columns.strasse,
    plz: columns.plz,
    ort: columns.ort,
    lat: columns.lat,
    lng: columns.lng,
    telefon: columns.telefon,
    email: columns.email,
    website: columns.website,
    stufenlos: columns.stufenlos,
    barrierefreies_wc: columns.barrierefreiesWc,
    aufzug: columns.aufzug,
    barrierefreiheit_hinweis: columns.barrierefreiheitHinweis,
    kosten: columns.kosten,
    anonym: columns.anonym,
    notfallzeiten: columns.notfallzeiten,
    einzugsgebiet_plz: columns.einzugsgebietPlz,
    einzugsgebiet_km: columns.einzugsgebietKm,
    bundesweit: columns.bundesweit,
    zuletzt_geprueft: input.zuletztGeprueft ?? null,
    datenquelle: columns.datenquelle,
    veroeffentlicht: input.veroeffentlicht ?? false,
    is_demo: columns.isDemo,
    updated_at: updatedAt,
  };
}

function hoursRows(id: string, input: CentreInput) {
  const rules = (input.oeffnungszeiten ?? []).map((rule) => ({
    id: randomUUID(),
    beratungsstelle_id: id,
    wochentag: rule.wochentag,
    von: rule.von,
    bis: rule.bis,
  }));
  const exceptions = (input.ausnahmen ?? []).flatMap((exception) => {
    const base = { id: "", beratungsstelle_id: id, datum: exception.datum, hinweis: exception.hinweis ?? null };
    const ranges = exception.zeiten.length === 0 ? [{ von: null, bis: null }] : exception.zeiten;
    return ranges.map(({ von, bis }) => ({ ...base, id: randomUUID(), von, bis }));
  });
  return { rules, exceptions };
}

/** Which inputs update which existing centre: by id first, else by externeId. */
async function existingIds(tx: Tx, inputs: readonly CentreInput[]): Promise<Array<{ id: string; slug: string } | undefined>> {
  const ids = inputs.flatMap((input) => (input.id ? [input.id] : []));
  const externeIds = inputs.flatMap((input) => (!input.id && input.externeId ? [input.externeId] : []));
  const [byId, byExterneId] = await Promise.all([
    ids.length ? tx.beratungsstelle.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }) : [],
    externeIds.length
      ? tx.beratungsstelle.findMany({ where: { externeId: { in: externeIds } }, select: { id: true, slug: true, externeId: true } })
      : [],
  ]);
  const idMap = new Map(byId.map((row) => [row.id, row]));
  const externeMap = new Map(byExterneId.map((row) => [row.externeId, row]));
  return inputs.map((input) => (input.id ? idMap.get(input.id) : input.externeId ? externeMap.get(input.externeId) : undefined));
}

/** Creates or updates centres with their hours inside the caller's transaction; one outbox entry each. */
export async function writeCentres(tx: Tx, inputs: readonly CentreInput[]): Promise<SavedCentre[]> {
  const existing = await existingIds(tx, inputs);
  const ids = inputs.map((input, index) => existing[index]?.id ?? input.id ?? randomUUID());
  if (new Set(ids).size !== ids.length) throw new Error("Dieselbe Beratungsstelle kommt in einem Schreibvorgang mehrfach vor.");

  const needSlug = inputs.flatMap((input, index) => (!input.slug && !existing[index] ? [index] : []));
  const generated = await allocateSlugs(tx, needSlug.map((index) => ({ name: inputs[index]!.name, ort: inputs[index]!.adresse.ort })));
  const slugs = inputs.map((input, index) => input.slug ?? existing[index]?.slug ?? generated[needSlug.indexOf(index)]!);

  const now = new Date().toISOString();
  const creates = inputs.flatMap((input, index) => (existing[index] ? [] : [centreInsertRow(ids[index]!, slugs[index]!, input, now)]));
  await insertRows(tx, "beratungsstelle", creates);
  // Updates in id order, like the indexer's locks, so the two cannot deadlock (search-sync.server.ts).
  const updates = inputs
    .map((input, index) => ({ input, index }))
    .filter(({ index }) => existing[index])
    .sort((a, b) => (ids[a.index]! < ids[b.index]! ? -1 : 1));
  for (const { input, index } of updates) {
    const published = input.veroeffentlicht === undefined ? {} : { veroeffentlicht: input.veroeffentlicht };
    await tx.beratungsstelle.update({ where: { id: ids[index]! }, data: { slug: slugs[index]!, ...published, ...centreColumns(input) } });
  }
  const updatedIds = updates.map(({ index }) => ids[index]!);
  if (updatedIds.length) {
    await tx.oeffnungszeit.deleteMany({ where: { beratungsstelleId: { in: updatedIds } } });
    await tx.oeffnungszeitAusnahme.deleteMany({ where: { beratungsstelleId: { in: updatedIds } } });
  }
  const hours = inputs.map((input, index) => hoursRows(ids[index]!, input));
  await insertRows(tx, "oeffnungszeit", hours.flatMap((row) => row.rules));
  await insertRows(tx, "oeffnungszeit_ausnahme", hours.flatMap((row) => row.exceptions));
  await enqueueSearchSync(tx, ids, "upsert");
  return inputs.map((_, index) => ({ id: ids[index]!, slug: slugs[index]!, created: !existing[index] }));
}

export type SaveOptions = {
  /** Runs inside the write's transaction, after it (the audit log entry of the change). */
  alsoInTransaction?: (tx: Tx, saved: SavedCentre) => Promise<void>;
};

export async function saveCentre(prisma: PrismaClient, input: CentreInput, options: SaveOptions = {}): Promise<SavedCentre> {
  return prisma.$transaction(async (tx) => {
    const [saved] = await writeCentres(tx, [input]);
    await options.alsoInTransaction?.(tx, saved!);
    return saved!;
  });
}

/** All or nothing: one transaction for the whole list (the import relies on this). */
export function saveCentres(prisma: PrismaClient, inputs: readonly CentreInput[]): Promise<SavedCentre[]> {
  return prisma.$transaction((tx) => writeCentres(tx, inputs), BULK_TRANSACTION);
}

/** Deletes a centre; false when there was none. */
export async function deleteCentre(prisma: PrismaClient, id: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.beratungsstelle.deleteMany({ where: { id } });
    if (count > 0) await enqueueSearchSync(tx, [id], "delete");
    return count > 0;
  });
}

/** Publishes or withdraws a centre; false when there is none. */
export async function setCentrePublished(prisma: PrismaClient, id: string, veroeffentlicht: boolean): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.beratungsstelle.updateMany({ where: { id }, data: { veroeffentlicht } });
    if (count > 0) await enqueueSearchSync(tx, [id], veroeffentlicht ? "upsert" : "delete");
    return count > 0;
  });
}

export const publishCentre = (prisma: PrismaClient, id: string) => setCentrePublished(prisma, id, true);
export const unpublishCentre = (prisma: PrismaClient, id: string) => setCentrePublished(prisma, id, false);

/** Marks a centre's data as confirmed on `datum` (ISO date); false when there is none. */
export async function markCentreVerified(
  prisma: PrismaClient,
  id: string,
  datum: string,
  options: { alsoInTransaction?: (tx: Tx) => Promise<void> } = {},
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.beratungsstelle.updateMany({ where: { id }, data: { zuletztGeprueft: isoDate(datum) } });
    if (count > 0) {
      await enqueueSearchSync(tx, [id], "upsert");
      await options.alsoInTransaction?.(tx);
    }
    return count > 0;
  });
}
