/**
 * What the import tells people: one issue per problem, each with the line of the file and the
 * column it concerns, and the German summary line. The same texts appear on the command line
 * and, later, in the upload form of the management area.
 */

/** `zeile`: physical line in the file (the header is line 1); `spalte`: column name, null for the whole row or file. */
export type ImportIssue = { zeile: number; spalte: string | null; meldung: string };

/** "Zeile 17: plz – fünfstellige Postleitzahl erwartet" */
export function formatIssue(issue: ImportIssue): string {
  return `Zeile ${issue.zeile}: ${issue.spalte ? `${issue.spalte} – ` : ""}${issue.meldung}`;
}

/** Issues in file order, the row's own problems before those of its columns. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.zeile - b.zeile || (a.spalte === null ? -1 : 0) - (b.spalte === null ? -1 : 0));
}

/** The number of distinct data rows with at least one issue. */
export function countInvalidRows(issues: readonly ImportIssue[]): number {
  return new Set(issues.map((issue) => issue.zeile)).size;
}

export type ImportCounts = {
  gelesen: number;
  neu: number;
  aktualisiert: number;
  /** Rows whose centre already holds exactly these values: not written, not re-indexed. */
  unveraendert?: number;
  ungueltig: number;
};

const number = new Intl.NumberFormat("de-DE");

/** "2.000 Zeilen gelesen, 1.998 neu, 2 aktualisiert, 0 ungültig"; unchanged rows are named only when there are any. */
export function formatSummary(counts: ImportCounts): string {
  const zeilen = counts.gelesen === 1 ? "Zeile" : "Zeilen";
  const unveraendert = counts.unveraendert ? `, ${number.format(counts.unveraendert)} unverändert` : "";
  return `${number.format(counts.gelesen)} ${zeilen} gelesen, ${number.format(counts.neu)} neu, ${number.format(counts.aktualisiert)} aktualisiert${unveraendert}, ${number.format(counts.ungueltig)} ungültig`;
}
