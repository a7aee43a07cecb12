/**
 * The columns of the centre import file (issue 4, point 7) and the check of its header line.
 * Column names are matched without regard to case and surrounding spaces; their order is free.
 * Optional columns may be left out entirely; an unknown column is an error, because it is
 * almost always a typo ("telfon") whose data would otherwise be dropped without a word.
 */
import type { ImportIssue } from "./issues";

export const IMPORT_COLUMNS = [
  "externe_id",
  "name",
  "traeger",
  "verband",
  "themen",
  "strasse",
  "plz",
  "ort",
  "lat",
  "lon",
  "telefon",
  "email",
  "website",
  "kanaele",
  "sprachen",
  "barrierefrei",
  "barrierefreiheit_hinweis",
  "oeffnungszeiten",
  "beschreibung",
  "zielgruppen",
  "kosten",
  "anonym",
  "zuletzt_geprueft",
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Without these a row cannot become a centre; the others may be missing from the file. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["externe_id", "name", "traeger", "verband", "themen", "strasse", "plz", "ort", "kanaele"];

/** Where each column sits in the file's rows. */
export type ColumnPositions = Partial<Record<ImportColumn, number>>;

export type HeaderResult = { ok: true; positions: ColumnPositions } | { ok: false; issues: ImportIssue[] };

const isColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name);

export function checkHeader(cells: readonly string[], zeile: number): HeaderResult {
  if (cells.length === 1) {
    const meldung = "Die Kopfzeile enthält kein Trennzeichen. Erwartet werden die Spaltennamen, getrennt durch „;“ oder „,“ (z. B. externe_id;name;traeger;…).";
    return { ok: false, issues: [{ zeile, spalte: null, meldung }] };
  }
  const positions: ColumnPositions = {};
  const issues: ImportIssue[] = [];
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === "") {
      issues.push({ zeile, spalte: null, meldung: `Spalte ${index + 1} der Kopfzeile hat keinen Namen.` });
    } else if (!isColumn(name)) {
      issues.push({ zeile, spalte: cell.trim(), meldung: "unbekannte Spalte – erlaubt sind: " + IMPORT_COLUMNS.join(", ") });
    } else if (positions[name] !== undefined) {
      issues.push({ zeile, spalte: name, meldung: "Spalte kommt in der Kopfzeile doppelt vor" });
    } else {
      positions[name] = index;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => positions[column] === undefined);
  if (missing.length > 0) {
    issues.push({ zeile, spalte: null, meldung: `Pflichtspalte(n) fehlen: ${missing.join(", ")}.` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, positions };
}

/** The cells of one data row by column name; a column missing from the file reads as empty. */
export function cellsByColumn(cells: readonly string[], positions: ColumnPositions): Record<ImportColumn, string> {
  const record = {} as Record<ImportColumn, string>;
  for (const column of IMPORT_COLUMNS) {
    const position = positions[column];
    record[column] = position === undefined ? "" : (cells[position] ?? "").trim();
  }
  return record;
}
