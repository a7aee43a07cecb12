/**
 * What the database already holds for the centres of an import file (matched by `externe_id`):
 * - the fields the file has no column for, which an update must keep (emergency hours, service
 *   area, date exceptions);
 * - whether a row would change anything at all. Unchanged rows are not written: a monthly
 *   re-import of a whole federation's file then touches only what really changed, and the search
 *   index is not rebuilt for thousands of centres that stayed the same.
 */
import { centreColumns, type CentreException, type CentreInput } from "../centres.server";
import type { PrismaClient } from "../generated/prisma/client";
import type { Tx } from "../search-outbox.server";

const CHUNK = 1000;

export type ExistingCentre = Awaited<ReturnType<typeof loadChunk>>[number];

function loadChunk(db: Tx | PrismaClient, externeIds: string[]) {
  return db.beratungsstelle.findMany({
    where: { externeId: { in: externeIds } },
    include: {
      oeffnungszeiten: { select: { wochentag: true, von: true, bis: true } },
      ausnahmen: { select: { datum: true, von: true, bis: true, hinweis: true }, orderBy: [{ datum: "asc" }, { von: "asc" }] },
    },
  });
}

export async function loadExistingCentres(db: Tx | PrismaClient, externeIds: readonly string[]): Promise<Map<string, ExistingCentre>> {
  const found = new Map<string, ExistingCentre>();
  for (let start = 0; start < externeIds.length; start += CHUNK) {
    for (const centre of await loadChunk(db, externeIds.slice(start, start + CHUNK))) found.set(centre.externeId!, centre);
  }
  return found;
}

/** Date exceptions as stored (one row per time range) → the repository's form (one entry per date). */
export function exceptionsOf(rows: ExistingCentre["ausnahmen"]): CentreException[] {
  const byDate = new Map<string, CentreException>();
  for (const row of rows) {
    const datum = row.datum.toISOString().slice(0, 10);
    const entry = byDate.get(datum) ?? { datum, zeiten: [], hinweis: row.hinweis };
    byDate.set(datum, entry);
    if (row.von !== null && row.bis !== null) entry.zeiten.push({ von: row.von, bis: row.bis });
  }
  return [...byDate.values()];
}

type Rule = { wochentag: number; von: number; bis: number };
const sortedRules = (rules: readonly Rule[]) =>
  JSON.stringify(rules.map(({ wochentag, von, bis }) => [wochentag, von, bis]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!));

/**
 * The columns an import row sets, compared through the repository's own mapping so defaults
 * ("kostenlos", no accessibility) are defined once. The data source is left out: it names the
 * file, not the centre.
 */
const IMPORTED_COLUMNS = [
  "traegerId", "name", "beschreibung", "themen", "kanaele", "sprachen", "zielgruppen", "strasse", "plz", "ort",
  "lat", "lng", "telefon", "email", "website", "stufenlos", "barrierefreiesWc", "aufzug", "barrierefreiheitHinweis",
  "kosten", "anonym", "zuletztGeprueft", "isDemo",
] as const satisfies ReadonlyArray<keyof ReturnType<typeof centreColumns> & keyof ExistingCentre>;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/** The CSV column each database column comes from, for the upload preview's "changed fields". */
const CSV_COLUMN: Record<(typeof IMPORTED_COLUMNS)[number], string> = {
  traegerId: "traeger",
  name: "name",
  beschreibung: "beschreibung",
  themen: "themen",
  kanaele: "kanaele",
  sprachen: "sprachen",
  zielgruppen: "zielgruppen",
  strasse: "strasse",
  plz: "plz",
  ort: "ort",
  lat: "lat",
  lng: "lon",
  telefon: "telefon",
  email: "email",
  website: "website",
  stufenlos: "barrierefrei",
  barrierefreiesWc: "barrierefrei",
  aufzug: "barrierefrei",
  barrierefreiheitHinweis: "barrierefreiheit_hinweis",
  kosten: "kosten",
  anonym: "anonym",
  zuletztGeprueft: "zuletzt_geprueft",
  isDemo: "Demodaten-Kennzeichen",
};

/** The CSV columns whose values differ from what the centre holds, in column order; empty when unchanged. */
export function changedColumns(input: CentreInput, existing: ExistingCentre): string[] {
  const columns = centreColumns(input);
  const changed = new Set<string>();
  for (const column of IMPORTED_COLUMNS) if (!sameValue(columns[column], existing[column])) changed.add(CSV_COLUMN[column]);
  if (sortedRules(input.oeffnungszeiten ?? []) !== sortedRules(existing.oeffnungszeiten)) changed.add("oeffnungszeiten");
  return [...changed];
}

export function isUnchanged(input: CentreInput, existing: ExistingCentre): boolean {
  return changedColumns(input, existing).length === 0;
}
