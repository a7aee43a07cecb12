/**
 * `npm run import:beratungsstellen -- <datei.csv> [--dry-run] [--skip-invalid]` (entry: cli.ts).
 * Uses the app's configuration (DATABASE_URL, else the embedded database in DATA_DIR) through
 * the env module. The embedded database can be open in one process only: while the app runs on
 * it, opening fails with the lock error, which says which process holds it. With PostgreSQL the
 * import runs beside the app, and the app's search indexer picks the centres up from the outbox.
 *
 * Exit codes: 0 done (also with --skip-invalid and skipped rows), 1 nothing imported because of
 * invalid data or a failure, 2 wrong call.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeUtf8 } from "../../domain/counselling/import/csv";
import { formatIssue, formatSummary } from "../../domain/counselling/import/issues";
import { localDateInBerlin } from "../../domain/shared/dates";
import { migrateDatabase, openDatabase, type Database } from "../db.server";
import { formatEnvErrors, parseEnv } from "../env.server";
import { importCentres, type ImportOptions, type ImportReport } from "./import-centres.server";

export const USAGE = "Aufruf: npm run import:beratungsstellen -- <datei.csv> [--dry-run] [--skip-invalid]";

export type CliOutput = { out(line: string): void; err(line: string): void };
export type CliContext = {
  argv: string[];
  env: Record<string, string | undefined>;
  rootDir: string;
  /** Where relative file names are resolved: the caller's directory, not the package root npm runs in. */
  cwd: string;
  output: CliOutput;
  now?: () => Date;
};

type Args = { file: string; dryRun: boolean; skipInvalid: boolean };

export function parseCliArgs(argv: string[]): { ok: true; args: Args } | { ok: false; message: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { "dry-run": { type: "boolean", default: false }, "skip-invalid": { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) return { ok: false, message: positionals.length === 0 ? "Es fehlt die CSV-Datei." : "Bitte genau eine CSV-Datei angeben." };
    return { ok: true, args: { file: positionals[0]!, dryRun: values["dry-run"], skipInvalid: values["skip-invalid"] } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/** The lines after the summary: what happened, and what to do when nothing did. */
export function describeOutcome(report: ImportReport, skipInvalid: boolean, elapsedMs: number): { lines: string[]; exitCode: 0 | 1 } {
  if (report.dateiUngueltig) return { lines: ["Die Datei wurde nicht importiert."], exitCode: 1 };
  if (report.ungueltig > 0 && !skipInvalid) {
    const rows = report.ungueltig === 1 ? "eine ungültige Zeile" : `${report.ungueltig.toLocaleString("de-DE")} ungültige Zeilen`;
    return {
      lines: [`Nichts gespeichert: Die Datei enthält ${rows}. Korrigieren Sie sie oder übernehmen Sie nur die gültigen Zeilen mit --skip-invalid.`],
      exitCode: 1,
    };
  }
  const traeger = report.traegerNeu === 1 ? "1 Träger" : `${report.traegerNeu.toLocaleString("de-DE")} Träger`;
  if (report.dryRun) return { lines: [`Probelauf (--dry-run): nichts gespeichert. Es würden ${traeger} neu angelegt.`], exitCode: 0 };
  return { lines: [`Gespeichert in ${seconds(elapsedMs)}; ${traeger} neu angelegt. Die Beratungsstellen erscheinen in einer laufenden App binnen Sekunden in der Suche, sonst nach ihrem nächsten Start.`], exitCode: 0 };
}

export async function runImportCli(context: CliContext): Promise<number> {
  const { output } = context;
  const args = parseCliArgs(context.argv);
  if (!args.ok) {
    output.err(`${args.message}\n${USAGE}`);
    return 2;
  }
  const env = parseEnv(context.env, context.rootDir);
  if (!env.ok) {
    output.err(formatEnvErrors(env.errors));
    return 1;
  }
  const config = env.config;
  const filePath = path.resolve(context.cwd, args.args.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    output.err(`Datei ${filePath} nicht lesbar: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "nicht vorhanden" : String(error)}`);
    return 1;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    output.err("Die Datei ist nicht UTF-8-kodiert. Speichern Sie sie als „CSV UTF-8“ (in Excel: Speichern unter → CSV UTF-8).");
    return 1;
  }

  const target = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `eingebettete Datenbank in ${config.DATA_DIR}`;
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    await migrateDatabase(db, context.rootDir);
    const now = context.now ?? (() => new Date());
    const startedAt = Date.now();
    const options: ImportOptions = {
      dryRun: args.args.dryRun,
      skipInvalid: args.args.skipInvalid,
      heute: localDateInBerlin(now()),
      datenquelle: `CSV-Import ${path.basename(filePath)} (${localDateInBerlin(now())})`,
    };
    const report = await importCentres(db, text, options);
    const outcome = describeOutcome(report, args.args.skipInvalid, Date.now() - startedAt);
    output.out(`${target}: ${formatSummary(report)}`);
    for (const issue of report.issues) output.out(formatIssue(issue));
    for (const line of outcome.lines) output.out(line);
    return outcome.exitCode;
  } catch (error) {
    output.err(`${target}: Import fehlgeschlagen – ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db?.close();
  }
}
