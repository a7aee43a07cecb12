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
 */
import type { LocalDate } from "../../domain/shared/dates";
import { localDateInBerlin } from "../../domain/shared/dates";
import { locateRows, needsCoordinates } from "../../domain/counselling/import/geocode";
import { countInvalidRows, sortIssues, type ImportCounts, type ImportIssue } from "../../domain/counselling/import/issues";
import type { CentreImportRow } from "../../domain/counselling/import/row";
import { validateCentreCsv } from "../../domain/counselling/import/validate";
import type { PlaceLookup } from "../../domain/counselling/places/lookup";
import { BULK_TRANSACTION, writeCentres, type CentreInput } from "../centres.server";
import type { Database } from "../db.server";
import { placeLookup } from "../places.server";
import { exceptionsOf, isUnchanged, loadExistingCentres, type ExistingCentre } from "./existing-centres.server";
import { distinctTraeger, existingTraeger, resolveTraeger, traegerKey } from "./traeger-match.server";

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
};

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

export async function importCentres(db: Pick<Database, "prisma">, csvText: string, options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const validation = validateCentreCsv(csvText, { heute: options.heute ?? localDateInBerlin(new Date()) });
  const report = (fields: Partial<ImportReport>): ImportReport => ({
    gelesen: validation.zeilen,
    neu: 0,
    aktualisiert: 0,
    unveraendert: 0,
    ungueltig: 0,
    dryRun,
    geschrieben: false,
    dateiUngueltig: false,
    traegerNeu: 0,
    issues: [],
    ...fields,
  });
  if (validation.fileInvalid) return report({ dateiUngueltig: true, issues: validation.issues });

  let rows = validation.rows;
  let issues = validation.issues;
  if (rows.some(needsCoordinates)) {
    const located = locateRows(rows, await (options.places ?? placeLookup)());
    rows = located.rows;
    issues = sortIssues([...issues, ...located.issues]);
  }
  const ungueltig = countInvalidRows(issues);
  if ((ungueltig > 0 && !options.skipInvalid) || rows.length === 0) return report({ ungueltig, issues });

  const prisma = db.prisma;
  const traeger = distinctTraeger(rows.map((row) => row.traeger));
  const externeIds = rows.map((row) => row.externeId);
  const settings = { datenquelle: options.datenquelle ?? "CSV-Import", veroeffentlichen: options.veroeffentlichen ?? true };
  /** Splits the rows into centre inputs to write and the number of unchanged ones. */
  const plan = (ids: Map<string, string>, existing: Map<string, ExistingCentre>) => {
    const inputs: CentreInput[] = [];
    let unveraendert = 0;
    for (const row of rows) {
      const before = existing.get(row.externeId);
      const traegerId = ids.get(traegerKey(row.traeger));
      const input = toCentreInput(row, traegerId ?? "", before, settings);
      if (before && traegerId && isUnchanged(input, before)) unveraendert++;
      else inputs.push(input);
    }
    const aktualisiert = inputs.filter((input) => existing.has(input.externeId!)).length;
    return { inputs, unveraendert, aktualisiert, neu: inputs.length - aktualisiert };
  };

  if (dryRun) {
    const [known, existing] = await Promise.all([existingTraeger(prisma, traeger), loadExistingCentres(prisma, externeIds)]);
    const { neu, aktualisiert, unveraendert } = plan(known, existing);
    return report({ ungueltig, issues, neu, aktualisiert, unveraendert, traegerNeu: traeger.length - known.size });
  }

  return prisma.$transaction(async (tx) => {
    const { ids, created } = await resolveTraeger(tx, traeger);
    const { inputs, neu, aktualisiert, unveraendert } = plan(ids, await loadExistingCentres(tx, externeIds));
    if (inputs.length > 0) await writeCentres(tx, inputs);
    return report({ ungueltig, issues, neu, aktualisiert, unveraendert, traegerNeu: created, geschrieben: inputs.length > 0 || created > 0 });
  }, BULK_TRANSACTION);
}
