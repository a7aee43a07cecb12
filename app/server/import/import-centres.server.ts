/**
 * The centre import: CSV text → centres in the database, all or nothing. Used by
 * `npm run import:beratungsstellen` (cli.ts) and by the upload in the management area.
 *
 * 1. The file is judged completely first (app/domain/counselling/import): header, every row,
 *    coordinates looked up for rows without lat/lon. Any invalid row stops the import before a
 *    single write, unless `skipInvalid` says to take the valid rows.
 * 2. Then one transaction: Träger found or created by name and federation, centres upserted by
 *    `externe_id` through the centre repository, which adds the search-outbox entries in the same
 *    transaction — so a running app has them in its search index within about a second.
 *
 * Fields the file has no column for (emergency hours, service area, date exceptions, published
 * state, slug) are kept as they are on update, so an import never undoes editors' work there.
 * Rows that would change nothing are counted as unchanged and not written (existing-centres.server.ts).
 *
 * Every run also returns the plan row by row (new / changed with the changed columns /
 * unchanged) and a fingerprint of it, which includes the `updatedAt` of every centre it would
 * touch. The upload in the management area (upload.server.ts) shows a dry run as its preview and
 * on confirmation writes only if the fingerprint is still the same (`expectFingerprint`), so it
 * applies exactly what was previewed. `scope` limits an import to one Träger (a traeger_admin's).
 */
import { createHash } from "node:crypto";
import type { LocalDate } from "../../domain/shared/dates";
import { localDateInBerlin } from "../../domain/shared/dates";
import { locateRows, needsCoordinates } from "../../domain/counselling/import/geocode";
import { countInvalidRows, sortIssues, type ImportCounts, type ImportIssue } from "../../domain/counselling/import/issues";
import type { CentreImportRow } from "../../domain/counselling/import/row";
import type { Verband } from "../../domain/counselling/import/vocabulary";
import { VERBAND_LABELS } from "../../domain/counselling/labels";
import { validateCentreCsv } from "../../domain/counselling/import/validate";
import type { PlaceLookup } from "../../domain/counselling/places/lookup";
import { BULK_TRANSACTION, writeCentres, type CentreInput } from "../centres.server";
import type { Database } from "../db.server";
import { placeLookup } from "../places.server";
import type { Tx } from "../search-outbox.server";
import { changedColumns, exceptionsOf, loadExistingCentres, type ExistingCentre } from "./existing-centres.server";
import { distinctTraeger, existingTraeger, resolveTraeger, traegerKey } from "./traeger-match.server";

export type ImportScope = { traegerId: string; name: string; verband: Verband };

export type ImportOptions = {
  /** Check everything and count what would change, write nothing. */
  dryRun?: boolean;
  /** Import the valid rows even when others are invalid (those are still reported). */
  skipInvalid?: boolean;
  /** Stored with each centre ("where the data came from"). Default: "CSV-Import". */
  datenquelle?: string;
  /** Whether new centres are published at once (searchable). Default true; updates keep their state. */
  veroeffentlichen?: boolean;
  /** Today in Europe/Berlin (`zuletzt_geprueft` may not be later). Default: from the clock. */
  heute?: LocalDate;
  /** Place lookup for rows without coordinates. Default: the app's offline data, loaded on first need. */
  places?: () => Promise<Pick<PlaceLookup, "byPostcode" | "resolve">>;
  /** Only rows of this Träger, and no centre of another Träger may be touched (rows breaking this are invalid). */
  scope?: ImportScope;
  /** Write only if the plan still has this fingerprint (else `abweichend`, nothing written). */
  expectFingerprint?: string;
};

export type RowOutcome = { zeile: number; externeId: string; name: string; art: "neu" | "geaendert" | "unveraendert"; felder: string[] };

export type ImportReport = Required<ImportCounts> & {
  dryRun: boolean;
  /** True when anything was written (never on a dry run, nor when every row was unchanged). */
  geschrieben: boolean;
  /** The file as a whole could not be read (encoding, header, empty): no row was checked. */
  dateiUngueltig: boolean;
  /** Träger created (or, on a dry run, that would be). */
  traegerNeu: number;
  /** Every problem, in file order. */
  issues: ImportIssue[];
  /** The valid rows and what each does (or would do), in file order. */
  zeilen: RowOutcome[];
  /** Hash of the plan and of the current state of the centres it touches. */
  fingerprint: string;
  /** `expectFingerprint` was given and differs: nothing written. */
  abweichend: boolean;
  /** Ids of the centres written, in the order of the changed rows in `zeilen` (empty on a dry run). */
  geschriebeneIds: string[];
};

function toCentreInput(row: CentreImportRow, traegerId: string, existing: ExistingCentre | undefined, options: Required<Pick<ImportOptions, "datenquelle" | "veroeffentlichen">>): CentreInput {
  return {
    externeId: row.externeId,
    traegerId,
    name: row.name,
    beschreibung: row.beschreibung,
    themen: row.themen,
    kanaele: row.kanaele,
    sprachen: row.sprachen,
    zielgruppen: row.zielgruppen,
    adresse: row.adresse,
    geo: row.geo,
    kontakt: row.kontakt,
    barrierefreiheit: row.barrierefreiheit,
    kosten: row.kosten,
    anonym: row.anonym,
    oeffnungszeiten: row.oeffnungszeiten,
    zuletztGeprueft: row.zuletztGeprueft,
    datenquelle: options.datenquelle,
    isDemo: false,
    ...(existing
      ? {
          notfallzeiten: existing.notfallzeiten,
          einzugsgebiet: { plz: existing.einzugsgebietPlz, radiusKm: existing.einzugsgebietKm, bundesweit: existing.bundesweit },
          ausnahmen: exceptionsOf(existing.ausnahmen),
        }
      : { veroeffentlicht: options.veroeffentlichen }),
  };
}

type CheckedFile = { gelesen: number; dateiUngueltig: boolean; rows: CentreImportRow[]; issues: ImportIssue[] };

/** Everything that needs no database: the file's rows, coordinates, and the Träger of a scoped import. */
async function checkFile(csvText: string, options: ImportOptions): Promise<CheckedFile> {
  const validation = validateCentreCsv(csvText, { heute: options.heute ?? localDateInBerlin(new Date()) });
  if (validation.fileInvalid) return { gelesen: validation.zeilen, dateiUngueltig: true, rows: [], issues: validation.issues };
  let rows = validation.rows;
  let issues = validation.issues;
  if (rows.some(needsCoordinates)) {
    const located = locateRows(rows, await (options.places ?? placeLookup)());
    rows = located.rows;
    issues = sortIssues([...issues, ...located.issues]);
  }
  const scope = options.scope;
  if (scope) {
    const foreign = rows.filter((row) => row.traeger.name !== scope.name || row.traeger.verband !== scope.verband);
    const meldung = `Sie können nur Beratungsstellen des Trägers „${scope.name}“ (Verband: ${VERBAND_LABELS[scope.verband]}) importieren.`;
    issues = sortIssues([...issues, ...foreign.map((row) => ({ zeile: row.zeile, spalte: "traeger", meldung }))]);
    rows = rows.filter((row) => !foreign.includes(row));
  }
  return { gelesen: validation.zeilen, dateiUngueltig: false, rows, issues };
}

type Plan = { rows: CentreImportRow[]; issues: ImportIssue[]; zeilen: RowOutcome[]; existing: Map<string, ExistingCentre>; traegerNeu: number; fingerprint: string };

/** Reads the database and decides each row; rows touching another Träger's centre in a scoped import become issues. */
async function planImport(db: Tx | Pick<Database, "prisma">["prisma"], file: CheckedFile, options: ImportOptions, settings: Required<Pick<ImportOptions, "datenquelle" | "veroeffentlichen">>): Promise<Plan> {
  const traeger = distinctTraeger(file.rows.map((row) => row.traeger));
  const [known, existing] = await Promise.all([existingTraeger(db, traeger), loadExistingCentres(db, file.rows.map((row) => row.externeId))]);
  let rows = file.rows;
  let issues = file.issues;
  const scope = options.scope;
  if (scope) {
    const taken = rows.filter((row) => {
      const before = existing.get(row.externeId);
      return before !== undefined && before.traegerId !== scope.traegerId;
    });
    const meldung = "Diese externe_id gehört zu einer Beratungsstelle eines anderen Trägers.";
    issues = sortIssues([...issues, ...taken.map((row) => ({ zeile: row.zeile, spalte: "externe_id", meldung }))]);
    rows = rows.filter((row) => !taken.includes(row));
  }
  const zeilen = rows.map((row): RowOutcome => {
    const before = existing.get(row.externeId);
    const base = { zeile: row.zeile, externeId: row.externeId, name: row.name };
    if (!before) return { ...base, art: "neu", felder: [] };
    const traegerId = known.get(traegerKey(row.traeger));
    const felder = traegerId ? changedColumns(toCentreInput(row, traegerId, before, settings), before) : ["traeger"];
    return { ...base, art: felder.length === 0 ? "unveraendert" : "geaendert", felder };
  });
  const traegerNeu = traeger.length - known.size;
  const state = zeilen.map((zeile) => [zeile.externeId, existing.get(zeile.externeId)?.updatedAt.toISOString() ?? null]);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ zeilen, issues, state, neueTraeger: traeger.filter((t) => !known.has(traegerKey(t))), settings }))
    .digest("hex");
  return { rows, issues, zeilen, existing, traegerNeu, fingerprint };
}

function emptyReport(gelesen: number, dryRun: boolean, fields: Partial<ImportReport>): ImportReport {
  return {
    gelesen,
    neu: 0,
    aktualisiert: 0,
    unveraendert: 0,
    ungueltig: 0,
    dryRun,
    geschrieben: false,
    dateiUngueltig: false,
    traegerNeu: 0,
    issues: [],
    zeilen: [],
    fingerprint: "",
    abweichend: false,
    geschriebeneIds: [],
    ...fields,
  };
}

const counts = (zeilen: readonly RowOutcome[]) => ({
  neu: zeilen.filter((z) => z.art === "neu").length,
  aktualisiert: zeilen.filter((z) => z.art === "geaendert").length,
  unveraendert: zeilen.filter((z) => z.art === "unveraendert").length,
});

/**
 * Plans and (unless `dryRun`) writes inside the caller's transaction `tx`: for callers that
 * write more in the same transaction (the upload's audit entries and its staging row).
 */
export async function importCentresInTransaction(tx: Tx, csvText: string, options: ImportOptions = {}): Promise<ImportReport> {
  return runImport(csvText, options, async (plan) => plan(tx), (write) => write(tx));
}

export async function importCentres(db: Pick<Database, "prisma">, csvText: string, options: ImportOptions = {}): Promise<ImportReport> {
  const prisma = db.prisma;
  return runImport(
    csvText,
    options,
    (plan) => plan(prisma),
    (write) => prisma.$transaction((tx) => write(tx), BULK_TRANSACTION),
  );
}

type Planner = (db: Tx | Pick<Database, "prisma">["prisma"]) => Promise<Plan>;

async function runImport(
  csvText: string,
  options: ImportOptions,
  dryPlan: (plan: Planner) => Promise<Plan>,
  inWriteTransaction: (write: (tx: Tx) => Promise<ImportReport>) => Promise<ImportReport>,
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const file = await checkFile(csvText, options);
  if (file.dateiUngueltig) return emptyReport(file.gelesen, dryRun, { dateiUngueltig: true, issues: file.issues });
  const settings = { datenquelle: options.datenquelle ?? "CSV-Import", veroeffentlichen: options.veroeffentlichen ?? true };
  const planner: Planner = (db) => planImport(db, file, options, settings);
  const reportOf = (plan: Plan, fields: Partial<ImportReport> = {}) =>
    emptyReport(file.gelesen, dryRun, {
      ...counts(plan.zeilen),
      ungueltig: countInvalidRows(plan.issues),
      issues: plan.issues,
      zeilen: plan.zeilen,
      traegerNeu: plan.traegerNeu,
      fingerprint: plan.fingerprint,
      ...fields,
    });
  const blocked = (plan: Plan) => (countInvalidRows(plan.issues) > 0 && !options.skipInvalid) || plan.rows.length === 0;

  if (dryRun) return reportOf(await dryPlan(planner));

  return inWriteTransaction(async (tx) => {
    const plan = await planner(tx);
    if (options.expectFingerprint !== undefined && options.expectFingerprint !== plan.fingerprint) return reportOf(plan, { abweichend: true });
    if (blocked(plan)) return reportOf(plan, { neu: 0, aktualisiert: 0, unveraendert: 0 });
    const changing = plan.zeilen.filter((zeile) => zeile.art !== "unveraendert");
    if (changing.length === 0) return reportOf(plan);
    const byExterneId = new Map(plan.rows.map((row) => [row.externeId, row]));
    const { ids, created } = await resolveTraeger(tx, distinctTraeger(changing.map((zeile) => byExterneId.get(zeile.externeId)!.traeger)));
    const inputs = changing.map((zeile) => {
      const row = byExterneId.get(zeile.externeId)!;
      return toCentreInput(row, ids.get(traegerKey(row.traeger))!, plan.existing.get(row.externeId), settings);
    });
    const saved = await writeCentres(tx, inputs);
    return reportOf(plan, { traegerNeu: created, geschrieben: true, geschriebeneIds: saved.map((centre) => centre.id) });
  });
}
