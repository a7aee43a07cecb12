/**
 * The CSV upload of the management area (/verwaltung/import, issue 5): preview first, write on
 * confirmation only.
 *
 * 1. `stageUpload`: the importer runs as a dry run (valid rows taken, invalid ones reported); the
 *    file's text, the preview and the plan's fingerprint go into the staging table
 *    `import_vorschau`, valid for `STAGING_TTL_MS`, readable only by the account that uploaded it.
 *    Nothing else is written. Expired staging rows are deleted on the next upload.
 * 2. `applyStagedUpload`: in one transaction the staging row is locked (FOR UPDATE), refused when
 *    expired or already applied, and the importer writes — but only if the plan still has the
 *    previewed fingerprint, which covers the rows, their outcome and the `updatedAt` of every
 *    centre touched. So exactly the previewed changes are applied, or none. Each centre written
 *    gets an audit entry, the upload one more; the search outbox entries come from the centre
 *    repository in the same transaction.
 *
 * A traeger_admin imports for one of its Träger only (ImportScope); a platform admin for any.
 */
import { can, type Actor } from "../../domain/accounts/permissions";
import type { ImportIssue } from "../../domain/counselling/import/issues";
import type { LocalDate } from "../../domain/shared/dates";
import { recordAudit, recordAudits } from "../audit.server";
import { BULK_TRANSACTION } from "../centres.server";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { PlaceLookup } from "../../domain/counselling/places/lookup";
import { importCentres, importCentresInTransaction, type ImportOptions, type ImportReport, type ImportScope, type RowOutcome } from "./import-centres.server";

/** How long a preview can be confirmed. */
export const STAGING_TTL_MS = 60 * 60_000;
/** Largest file accepted (bytes): room for a state-wide file. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The page that accepts the upload. */
export const IMPORT_PATH = "/verwaltung/import";
/** A body above this is a file too large (the file plus form overhead): answered in the form. */
export const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;
/**
 * What the server takes in at all on that path (app.server.ts): up to this the page reads and
 * drops a too-large body and answers in the form, so the browser shows the German message
 * instead of a broken connection; beyond it the general 413 page answers.
 */
export const UPLOAD_HARD_LIMIT = 4 * MAX_UPLOAD_BYTES;
export const FILE_TOO_LARGE = `Die Datei ist zu groß: Es sind höchstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB möglich. Teilen Sie die Datei bitte auf mehrere Dateien auf.`;

/** Restages the same file (after the data changed since its preview); returns the new id. */
export async function restageUpload(
  prisma: PrismaClient,
  actor: Actor,
  staged: Pick<StagedUpload, "id">,
  input: { scope: ImportScope | null; heute: LocalDate; places: Places; now: Date },
): Promise<string | null> {
  const row = await prisma.importVorschau.findUnique({ where: { id: staged.id }, select: { inhalt: true, dateiname: true, benutzerId: true } });
  if (!row || row.benutzerId !== actor.benutzerId) return null;
  return stageUpload(prisma, actor, { ...input, dateiname: row.dateiname, text: row.inhalt });
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the preview page shows (stored as JSON in the staging row). */
export type UploadPreview = {
  gelesen: number;
  neu: number;
  aktualisiert: number;
  unveraendert: number;
  ungueltig: number;
  traegerNeu: number;
  dateiUngueltig: boolean;
  zeilen: RowOutcome[];
  issues: ImportIssue[];
};

export type StagedUpload = {
  id: string;
  dateiname: string;
  traegerId: string | null;
  vorschau: UploadPreview;
  ablauf: Date;
  abgelaufen: boolean;
  angewendet: boolean;
  ergebnis: UploadPreview | null;
};

type Places = () => Promise<Pick<PlaceLookup, "byPostcode" | "resolve">>;

const previewOf = (report: ImportReport): UploadPreview => ({
  gelesen: report.gelesen,
  neu: report.neu,
  aktualisiert: report.aktualisiert,
  unveraendert: report.unveraendert,
  ungueltig: report.ungueltig,
  traegerNeu: report.traegerNeu,
  dateiUngueltig: report.dateiUngueltig,
  zeilen: report.zeilen,
  issues: report.issues,
});

/** The Träger the actor may import for: all (null) for a platform admin, else its traeger_admin Träger. */
export async function importTargets(prisma: PrismaClient, actor: Actor): Promise<{ alle: boolean; traeger: ImportScope[] }> {
  if (can(actor, "import.hochladen", {})) return { alle: true, traeger: [] };
  const ids = [...new Set(actor.memberships.flatMap((m) => (m.traegerId && can(actor, "import.hochladen", { traegerId: m.traegerId }) ? [m.traegerId] : [])))];
  const rows = ids.length ? await prisma.traeger.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, verband: true }, orderBy: { name: "asc" } }) : [];
  return { alle: false, traeger: rows.map((row) => ({ traegerId: row.id, name: row.name, verband: row.verband })) };
}

/** The scope for an upload: null = any Träger (platform admin); a 403 Response when not allowed. */
export async function scopeFor(prisma: PrismaClient, actor: Actor, traegerId: string | null): Promise<ImportScope | null> {
  const targets = await importTargets(prisma, actor);
  if (targets.alle && !traegerId) return null;
  const scope = targets.alle
    ? await prisma.traeger.findUnique({ where: { id: traegerId! }, select: { id: true, name: true, verband: true } }).then((row) => (row ? { traegerId: row.id, name: row.name, verband: row.verband } : undefined))
    : targets.traeger.find((t) => t.traegerId === traegerId);
  if (!scope) throw new Response("Dafür fehlt Ihnen die Berechtigung.", { status: 403, statusText: "Forbidden" });
  return scope;
}

type Settings = { heute: LocalDate; places: Places; datenquelle: string; scope: ImportScope | null };

const importOptions = (settings: Settings): ImportOptions => ({
  skipInvalid: true,
  heute: settings.heute,
  places: settings.places,
  datenquelle: settings.datenquelle,
  ...(settings.scope ? { scope: settings.scope } : {}),
});

/** Computes the preview (writes no centre) and stages the file; returns the staging id. */
export async function stageUpload(
  prisma: PrismaClient,
  actor: Actor,
  input: { dateiname: string; text: string; scope: ImportScope | null; heute: LocalDate; places: Places; now: Date },
): Promise<string> {
  const datenquelle = `CSV-Upload ${input.dateiname} (${input.heute})`;
  const report = await importCentres({ prisma }, input.text, { ...importOptions({ ...input, datenquelle }), dryRun: true });
  await prisma.importVorschau.deleteMany({ where: { ablauf: { lt: input.now } } });
  const row = await prisma.importVorschau.create({
    data: {
      benutzerId: actor.benutzerId,
      traegerId: input.scope?.traegerId ?? null,
      dateiname: input.dateiname,
      inhalt: input.text,
      datenquelle,
      vorschau: previewOf(report) as unknown as Prisma.InputJsonValue,
      fingerprint: report.fingerprint,
      ablauf: new Date(input.now.getTime() + STAGING_TTL_MS),
    },
    select: { id: true },
  });
  return row.id;
}

/** The staged upload of `actor` (nobody else's: null, so the page answers 404). */
export async function loadStagedUpload(prisma: PrismaClient, actor: Actor, id: string, now: Date): Promise<StagedUpload | null> {
  if (!UUID.test(id)) return null;
  const row = await prisma.importVorschau.findUnique({ where: { id: id.toLowerCase() } });
  if (!row || row.benutzerId !== actor.benutzerId) return null;
  return {
    id: row.id,
    dateiname: row.dateiname,
    traegerId: row.traegerId,
    vorschau: row.vorschau as unknown as UploadPreview,
    ablauf: row.ablauf,
    abgelaufen: row.ablauf.getTime() <= now.getTime(),
    angewendet: row.angewendetAm !== null,
    ergebnis: (row.ergebnis as unknown as UploadPreview | null) ?? null,
  };
}

export type ApplyOutcome =
  | { ok: true; ergebnis: UploadPreview }
  | { ok: false; code: "abgelaufen" | "schon_angewendet" | "nichts_zu_tun" | "veraendert" };

/** Applies exactly the previewed import, or nothing (see the file comment). */
export async function applyStagedUpload(
  prisma: PrismaClient,
  actor: Actor,
  staged: Pick<StagedUpload, "id">,
  input: { heute: LocalDate; places: Places; now: Date; scope: ImportScope | null },
): Promise<ApplyOutcome> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ inhalt: string; datenquelle: string; fingerprint: string; ablauf: Date; angewendet_am: Date | null }>>(Prisma.sql`
      SELECT inhalt, datenquelle, fingerprint, ablauf, angewendet_am FROM import_vorschau WHERE id = ${staged.id}::uuid FOR UPDATE`);
    const row = locked[0];
    if (!row) return { ok: false, code: "abgelaufen" } as const;
    if (row.angewendet_am) return { ok: false, code: "schon_angewendet" } as const;
    if (row.ablauf.getTime() <= input.now.getTime()) return { ok: false, code: "abgelaufen" } as const;
    const report = await importCentresInTransaction(tx, row.inhalt, {
      ...importOptions({ ...input, datenquelle: row.datenquelle }),
      expectFingerprint: row.fingerprint,
    });
    if (report.abweichend) return { ok: false, code: "veraendert" } as const;
    if (report.dateiUngueltig || (report.neu === 0 && report.aktualisiert === 0)) return { ok: false, code: "nichts_zu_tun" } as const;
    const changing = report.zeilen.filter((zeile) => zeile.art !== "unveraendert");
    const traeger = await tx.beratungsstelle.findMany({ where: { id: { in: report.geschriebeneIds } }, select: { id: true, traegerId: true } });
    const traegerOf = new Map(traeger.map((centre) => [centre.id, centre.traegerId]));
    await recordAudits(
      tx,
      actor,
      report.geschriebeneIds.map((id, index) => {
        const zeile = changing[index]!;
        return {
          aktion: zeile.art === "neu" ? "beratungsstelle.importiert_neu" : "beratungsstelle.importiert_geaendert",
          objektTyp: "beratungsstelle",
          objektId: id,
          traegerId: traegerOf.get(id) ?? null,
          details: { importId: staged.id, externeId: zeile.externeId, felder: zeile.felder },
        };
      }),
    );
    const ergebnis = previewOf(report);
    await recordAudit(tx, actor, {
      aktion: "import.angewendet",
      objektTyp: "import",
      objektId: staged.id,
      traegerId: input.scope?.traegerId ?? null,
      details: { neu: ergebnis.neu, aktualisiert: ergebnis.aktualisiert, unveraendert: ergebnis.unveraendert, ungueltig: ergebnis.ungueltig, traegerNeu: ergebnis.traegerNeu },
    });
    await tx.importVorschau.update({ where: { id: staged.id }, data: { angewendetAm: input.now, ergebnis: ergebnis as unknown as Prisma.InputJsonValue } });
    return { ok: true, ergebnis } as const;
  }, BULK_TRANSACTION);
}
