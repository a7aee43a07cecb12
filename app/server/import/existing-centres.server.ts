/**
 * What the database already holds for the centres of an import file (matched by `externe_id`):
 * - the fields the file has no column for, which an update must keep (emergency hours, service
 *   area, date exceptions);
 * - whether a row would change anything at all. Unchanged rows are not written: a monthly
 *   re-import of a whole federation's file then touches only what really changed, and the search
 *   index is not rebuilt for thousands of centres that stayed the same.
 */
import type { CentreException, CentreInput } from "../centres.server";
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
  rules.map(({ wochentag, von, bis }) => [wochentag, von, bis]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);

type Comparable = {
  traegerId: string; name: string; beschreibung: string; themen: string[]; kanaele: string[]; sprachen: string[]; zielgruppen: string[];
  strasse: string; plz: string; ort: string; lat: number | null; lng: number | null; telefon: string | null; email: string | null;
  website: string | null; stufenlos: boolean; wc: boolean; aufzug: boolean; hinweis: string | null; kosten: string; anonym: boolean;
  zuletztGeprueft: string | null; isDemo: boolean; rules: readonly Rule[];
};

/** The values an import row sets, in a fixed order (the data source is left out: it names the file, not the centre). */
function comparable(values: Comparable): string {
  const { rules, ...fields } = values;
  const keys = Object.keys(fields).sort() as Array<keyof typeof fields>;
  return JSON.stringify([keys.map((key) => fields[key]), sortedRules(rules)]);
}

export function isUnchanged(input: CentreInput, existing: ExistingCentre): boolean {
  const fromInput = comparable({
    traegerId: input.traegerId,
    name: input.name,
    beschreibung: input.beschreibung ?? "",
    themen: input.themen,
    kanaele: input.kanaele,
    sprachen: input.sprachen,
    zielgruppen: input.zielgruppen ?? [],
    ...input.adresse,
    lat: input.geo?.lat ?? null,
    lng: input.geo?.lng ?? null,
    telefon: input.kontakt?.telefon ?? null,
    email: input.kontakt?.email ?? null,
    website: input.kontakt?.website ?? null,
    stufenlos: input.barrierefreiheit?.stufenlos ?? false,
    wc: input.barrierefreiheit?.wc ?? false,
    aufzug: input.barrierefreiheit?.aufzug ?? false,
    hinweis: input.barrierefreiheit?.hinweis ?? null,
    kosten: input.kosten ?? "kostenlos",
    anonym: input.anonym ?? false,
    zuletztGeprueft: input.zuletztGeprueft ?? null,
    isDemo: input.isDemo ?? false,
    rules: input.oeffnungszeiten ?? [],
  });
  const stored = comparable({
    traegerId: existing.traegerId,
    name: existing.name,
    beschreibung: existing.beschreibung,
    themen: existing.themen,
    kanaele: existing.kanaele,
    sprachen: existing.sprachen,
    zielgruppen: existing.zielgruppen,
    strasse: existing.strasse,
    plz: existing.plz,
    ort: existing.ort,
    lat: existing.lat,
    lng: existing.lng,
    telefon: existing.telefon,
    email: existing.email,
    website: existing.website,
    stufenlos: existing.stufenlos,
    wc: existing.barrierefreiesWc,
    aufzug: existing.aufzug,
    hinweis: existing.barrierefreiheitHinweis,
    kosten: existing.kosten,
    anonym: existing.anonym,
    zuletztGeprueft: existing.zuletztGeprueft ? existing.zuletztGeprueft.toISOString().slice(0, 10) : null,
    isDemo: existing.isDemo,
    rules: existing.oeffnungszeiten,
  });
  return fromInput === stored;
}
