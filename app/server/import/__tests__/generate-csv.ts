/**
 * Builds large import files for tests and tests/bench/import.ts instead of committing them:
 * deterministic for a seed, fictional centres ("Demo-…", example.org, 0000 phone numbers) at real
 * postcodes, half of them without coordinates so the importer's place lookup is exercised.
 */
import { createRandom } from "../../../../tests/factories/prng";
import { IMPORT_COLUMNS, type ImportColumn } from "../../../domain/counselling/import/columns";

const CITIES: ReadonlyArray<readonly [plz: string, ort: string, lat: number, lng: number]> = [
  ["10115", "Berlin", 52.532, 13.385],
  ["20095", "Hamburg", 53.551, 10.0],
  ["80331", "München", 48.137, 11.575],
  ["50667", "Köln", 50.938, 6.957],
  ["60311", "Frankfurt am Main", 50.112, 8.683],
  ["70173", "Stuttgart", 48.778, 9.18],
  ["40213", "Düsseldorf", 51.225, 6.776],
  ["04109", "Leipzig", 51.34, 12.371],
  ["44135", "Dortmund", 51.514, 7.466],
  ["45127", "Essen", 51.456, 7.011],
  ["28195", "Bremen", 53.076, 8.807],
  ["01067", "Dresden", 51.053, 13.738],
  ["30159", "Hannover", 52.374, 9.738],
  ["90402", "Nürnberg", 49.452, 11.077],
  ["33602", "Bielefeld", 52.021, 8.535],
  ["53111", "Bonn", 50.737, 7.098],
];
const VERBAENDE = ["Caritas", "Diakonie", "AWO", "Der Paritätische", "DRK", "ZWST", "kommunal", "sonstige"];
const THEMEN = ["sucht", "schulden", "existenzsicherung", "migration", "familie", "wohnungsnot", "psychische-gesundheit", "jugend"];
const KANAELE = ["vor_ort", "telefon", "chat", "video", "email"];
const SPRACHEN = ["en", "tr", "ar", "ru", "uk", "pl", "fa"];
const STUNDEN = ["Mo-Do 09:00-16:00 | Fr 09:00-12:00", "Mo, Mi 10:00-12:00, 13:00-17:00 | Do 14:00-19:00", "Di-Fr 08:30-12:30", ""];

export type GenerateOptions = { rows: number; separator?: ";" | ","; seed?: number; idPrefix?: string };

function quote(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function generateCentreCsv(options: GenerateOptions): string {
  const separator = options.separator ?? ";";
  const random = createRandom(options.seed ?? 4);
  const prefix = options.idPrefix ?? "gen";
  const lines = [IMPORT_COLUMNS.join(separator)];
  for (let index = 0; index < options.rows; index++) {
    const [plz, ort, lat, lng] = random.pick(CITIES);
    const verband = random.pick(VERBAENDE);
    const themen = [...new Set([random.pick(THEMEN), random.pick(THEMEN)])];
    const located = index % 2 === 0;
    const cells: Record<ImportColumn, string> = {
      externe_id: `${prefix}-${String(index + 1).padStart(5, "0")}`,
      name: `Demo-Beratungsstelle ${ort} ${index + 1}`,
      traeger: `Demo-${verband} ${ort}`,
      verband,
      themen: themen.join("|"),
      strasse: `Musterstraße ${(index % 200) + 1}`,
      plz,
      ort,
      lat: located ? (lat + random.int(-200, 200) / 10_000).toFixed(4) : "",
      lon: located ? (lng + random.int(-200, 200) / 10_000).toFixed(4) : "",
      telefon: random.chance(0.7) ? "0000 000000" : "",
      email: `beratung${index + 1}@example.org`,
      website: random.chance(0.5) ? `https://example.org/stelle/${index + 1}` : "",
      kanaele: [...new Set(["vor_ort", random.pick(KANAELE)])].join("|"),
      sprachen: ["de", ...(random.chance(0.5) ? [random.pick(SPRACHEN)] : [])].join("|"),
      barrierefrei: random.pick(["ja", "nein", "stufenlos|wc", ""]),
      barrierefreiheit_hinweis: random.chance(0.2) ? "Eingang über den Hof; Klingel links" : "",
      oeffnungszeiten: random.pick(STUNDEN),
      beschreibung: `Fiktive Beratungsstelle für Tests, "Demo" ${index + 1}.\nZweite Zeile der Beschreibung.`,
      zielgruppen: random.pick(["Erwachsene", "Jugendliche|Familien", ""]),
      kosten: random.pick(["kostenlos", ""]),
      anonym: random.pick(["ja", "nein"]),
      zuletzt_geprueft: `2026-${String(random.int(1, 10)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    };
    lines.push(IMPORT_COLUMNS.map((column) => quote(cells[column], separator)).join(separator));
  }
  return `${lines.join("\r\n")}\r\n`;
}
