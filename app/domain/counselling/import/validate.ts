/**
 * The pure half of the centre import: CSV text → valid rows plus every issue, with line numbers.
 * Nothing here touches a database; the server part (app/server/import) geocodes the rows, finds
 * the Träger and writes them. Checks that need the whole file (an `externe_id` used twice) are
 * made here too, so a file is judged completely before anything is written.
 */
import { checkHeader, cellsByColumn } from "./columns";
import { parseCsv, type CsvSeparator } from "./csv";
import { sortIssues, type ImportIssue } from "./issues";
import { createRowParser, type CentreImportRow, type RowOptions } from "./row";

/** Enough for every centre of a federal state in one file; bounds the work of an upload. */
export const MAX_IMPORT_ROWS = 50_000;

export type CsvValidation = {
  /** Null when the file could not be read at all (then `issues` says why). */
  separator: CsvSeparator | null;
  /** Data rows in the file (without header and blank lines). */
  zeilen: number;
  rows: CentreImportRow[];
  /** Problems of the file itself (unreadable, bad header): no row was checked. */
  fileInvalid: boolean;
  issues: ImportIssue[];
};

export type ValidateOptions = RowOptions & { maxRows?: number };

export function validateCentreCsv(text: string, options: ValidateOptions = {}): CsvValidation {
  const parsed = parseCsv(text, options.maxRows ?? MAX_IMPORT_ROWS);
  if (!parsed.ok) return { separator: null, zeilen: 0, rows: [], fileInvalid: true, issues: [{ ...parsed.problem, spalte: null }] };

  const header = checkHeader(parsed.header.cells, parsed.header.zeile);
  if (!header.ok) return { separator: parsed.separator, zeilen: parsed.records.length, rows: [], fileInvalid: true, issues: header.issues };
  if (parsed.records.length === 0) {
    const issue = { zeile: parsed.header.zeile, spalte: null, meldung: "Die Datei enthält nur die Kopfzeile, keine Beratungsstellen." };
    return { separator: parsed.separator, zeilen: 0, rows: [], fileInvalid: true, issues: [issue] };
  }

  const parseRow = createRowParser(options);
  const width = parsed.header.cells.length;
  const rows: CentreImportRow[] = [];
  const issues: ImportIssue[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of parsed.records) {
    if (record.cells.length !== width) {
      const meldung = `${record.cells.length} Felder statt ${width} wie in der Kopfzeile – steht das Trennzeichen „${parsed.separator}“ in einem Feld ohne Anführungszeichen?`;
      issues.push({ zeile: record.zeile, spalte: null, meldung });
      continue;
    }
    const cells = cellsByColumn(record.cells, header.positions);
    // Judged on the raw cell, so a second use is caught even when the first row is invalid.
    const earlier = cells.externe_id === "" ? undefined : firstLineOf.get(cells.externe_id);
    if (earlier !== undefined) {
      issues.push({ zeile: record.zeile, spalte: "externe_id", meldung: `„${cells.externe_id}“ steht schon in Zeile ${earlier}` });
    } else if (cells.externe_id !== "") firstLineOf.set(cells.externe_id, record.zeile);
    const result = parseRow(record.zeile, cells);
    if (!result.ok) issues.push(...result.issues);
    else if (earlier === undefined) rows.push(result.row);
  }
  return { separator: parsed.separator, zeilen: parsed.records.length, rows, fileInvalid: false, issues: sortIssues(issues) };
}
