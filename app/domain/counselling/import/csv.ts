/**
 * CSV reading for the centre import (RFC 4180 plus what spreadsheet programs really write):
 * UTF-8 with or without byte order mark, `;` (German Excel) or `,` as separator, detected from
 * the header line, fields in double quotes with `""` for a quote, line breaks inside quoted
 * fields, CRLF or LF. Every record keeps the number of the physical line it starts on, so error
 * messages point at the line a person sees in an editor. Blank lines are skipped.
 */

export type CsvSeparator = ";" | ",";
export type CsvRecord = { zeile: number; cells: string[] };
export type CsvProblem = { zeile: number; meldung: string };
export type CsvParseResult =
  | { ok: true; separator: CsvSeparator; header: CsvRecord; records: CsvRecord[] }
  | { ok: false; problem: CsvProblem };

const BOM = "\uFEFF";
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes file bytes as UTF-8; undefined when they are not (e.g. a file saved as "CSV (Trennzeichen-getrennt)" in Windows-1252). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The separator of the header line: the more frequent of `;` and `,` outside quotes (`;` on a tie). */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * Splits CSV text into records. Fails only where the rest of the file cannot be read reliably:
 * a quote that is never closed, or text right after a closing quote (`"Musterstr." 5`).
 * `maxRecords` (data rows, without the header) bounds the work for uploads.
 */
export function parseCsv(input: string, maxRecords = Number.POSITIVE_INFINITY): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let line = 1;
  let index = 0;

  while (index < text.length) {
    const start = line;
    const cells: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[index] === '"') {
        // Quoted field: runs to the next quote that is not doubled.
        index++;
        for (;;) {
          if (index >= text.length) return { ok: false, problem: { zeile: start, meldung: "Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen." } };
          const char = text[index]!;
          if (char === '"') {
            if (text[index + 1] === '"') {
              field += '"';
              index += 2;
              continue;
            }
            index++;
            break;
          }
          if (char === "\n") line++;
          // CRLF inside a quoted field becomes LF, like the line ends outside.
          if (char !== "\r" || text[index + 1] !== "\n") field += char;
          index++;
        }
        const next = text[index];
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
          return { ok: false, problem: { zeile: line, meldung: `Nach einem Feld in Anführungszeichen folgt Text statt des Trennzeichens „${separator}“.` } };
        }
      } else {
        // Unquoted field: a stray quote inside it is taken literally, as spreadsheet programs do.
        while (index < text.length && text[index] !== separator && text[index] !== "\n" && text[index] !== "\r") field += text[index++];
      }
      const char = text[index];
      if (char === separator) {
        cells.push(field);
        field = "";
        index++;
        continue;
      }
      cells.push(field);
      endOfRecord = true;
      if (char === "\r") index++;
      if (text[index] === "\n") index++;
      if (char !== undefined) line++;
    }
    // Blank lines and rows of empty cells (";;;;", left behind by spreadsheet programs) carry nothing.
    if (cells.every((cell) => cell.trim() === "")) continue;
    records.push({ zeile: start, cells });
    if (records.length - 1 > maxRecords) {
      return { ok: false, problem: { zeile: start, meldung: `Die Datei hat mehr als ${maxRecords.toLocaleString("de-DE")} Datenzeilen. Bitte teilen Sie sie auf.` } };
    }
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, problem: { zeile: 1, meldung: "Die Datei ist leer. Erwartet wird eine Kopfzeile mit den Spaltennamen und darunter eine Zeile je Beratungsstelle." } };
  return { ok: true, separator, header, records: rows };
}
