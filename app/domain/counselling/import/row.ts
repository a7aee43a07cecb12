/**
 * One data row of the import file → a typed, database-independent `CentreImportRow`, or the
 * list of what is wrong with it, one issue per column. The zod object runs every column's parser
 * (fields.ts), so a row with three mistakes reports all three at once.
 */
import { z } from "zod";
import type { LocalDate } from "../../shared/dates";
import type { WeeklyRule } from "../opening-hours";
import type { TopicSlug } from "../topics";
import type { ImportColumn } from "./columns";
import * as field from "./fields";
import type { ImportIssue } from "./issues";
import type { Kontaktkanal, Verband } from "./vocabulary";

export type CentreImportRow = {
  /** Line in the file where the row starts. */
  zeile: number;
  externeId: string;
  name: string;
  traeger: { name: string; verband: Verband };
  themen: TopicSlug[];
  adresse: { strasse: string; plz: string; ort: string };
  /** Null when the file gives none: the importer looks the place up by PLZ and Ort. */
  geo: { lat: number; lng: number } | null;
  kontakt: { telefon: string | null; email: string | null; website: string | null };
  kanaele: Kontaktkanal[];
  /** ISO 639-1 codes. */
  sprachen: string[];
  barrierefreiheit: field.Barrierefreiheit & { hinweis: string | null };
  oeffnungszeiten: WeeklyRule[];
  beschreibung: string;
  zielgruppen: string[];
  kosten: string;
  anonym: boolean;
  zuletztGeprueft: LocalDate | null;
};

export type RowOptions = {
  /** Today's date (Europe/Berlin): `zuletzt_geprueft` may not lie after it. */
  heute?: LocalDate;
};

/** A zod string schema that runs a cell parser and turns its message into an issue of that column. */
function cell<T>(parse: (value: string) => field.Parsed<T>) {
  return z.string().transform((value, ctx) => {
    const result = parse(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.meldung });
    return z.NEVER;
  });
}

/** Longest texts per field, shared with the management area's centre form (../centre-form.ts). */
export const TEXT_LIMITS = {
  externeId: 100,
  name: 200,
  traeger: 200,
  strasse: 200,
  ort: 100,
  barrierefreiheitHinweis: 500,
  beschreibung: 5000,
  kosten: 200,
} as const;

/** Germany with a margin; coordinates outside are nearly always swapped or mistyped. */
const GERMANY = { minLat: 47, maxLat: 55.2, minLng: 5.5, maxLng: 15.5 };

function rowSchema(options: RowOptions) {
  const optionalText = (max: number) => cell(field.text({ required: false, max }));
  return z
    .object({
      externe_id: cell(field.text({ required: true, max: TEXT_LIMITS.externeId })),
      name: cell(field.text({ required: true, max: TEXT_LIMITS.name })),
      traeger: cell(field.text({ required: true, max: TEXT_LIMITS.traeger })),
      verband: cell(field.verband),
      themen: cell(field.themen),
      strasse: cell(field.text({ required: true, max: TEXT_LIMITS.strasse })),
      plz: cell(field.plz),
      ort: cell(field.text({ required: true, max: TEXT_LIMITS.ort })),
      lat: cell(field.coordinate(90)),
      lon: cell(field.coordinate(180)),
      telefon: cell(field.telefon),
      email: cell(field.email),
      website: cell(field.website),
      kanaele: cell(field.kanaele),
      sprachen: cell(field.sprachen),
      barrierefrei: cell(field.barrierefrei),
      barrierefreiheit_hinweis: optionalText(TEXT_LIMITS.barrierefreiheitHinweis),
      oeffnungszeiten: cell(field.oeffnungszeiten),
      beschreibung: optionalText(TEXT_LIMITS.beschreibung),
      zielgruppen: cell(field.zielgruppen),
      kosten: optionalText(TEXT_LIMITS.kosten),
      anonym: cell(field.jaNein),
      zuletzt_geprueft: cell(field.datum(options.heute)),
    } satisfies Record<ImportColumn, z.ZodType>)
    .superRefine((row, ctx) => {
      if ((row.lat === null) !== (row.lon === null)) {
        ctx.addIssue({ code: "custom", path: [row.lat === null ? "lat" : "lon"], message: "lat und lon nur zusammen angeben oder beide leer lassen" });
      } else if (row.lat !== null && row.lon !== null) {
        const inGermany = row.lat >= GERMANY.minLat && row.lat <= GERMANY.maxLat && row.lon >= GERMANY.minLng && row.lon <= GERMANY.maxLng;
        if (!inGermany) ctx.addIssue({ code: "custom", path: ["lat"], message: "Koordinaten liegen nicht in Deutschland – lat und lon vertauscht?" });
      }
    });
}

export type RowResult = { ok: true; row: CentreImportRow } | { ok: false; issues: ImportIssue[] };

/** Builds the row parser once per import (options fixed), then applies it to each row's cells. */
export function createRowParser(options: RowOptions = {}): (zeile: number, cells: Record<ImportColumn, string>) => RowResult {
  const schema = rowSchema(options);
  return (zeile, cells) => {
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue) => ({ zeile, spalte: issue.path.length > 0 ? String(issue.path[0]) : null, meldung: issue.message })),
      };
    }
    const row = parsed.data;
    return {
      ok: true,
      row: {
        zeile,
        externeId: row.externe_id,
        name: row.name,
        traeger: { name: row.traeger, verband: row.verband },
        themen: row.themen,
        adresse: { strasse: row.strasse, plz: row.plz, ort: row.ort },
        geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lng: row.lon } : null,
        kontakt: { telefon: row.telefon, email: row.email, website: row.website },
        kanaele: row.kanaele,
        sprachen: row.sprachen,
        barrierefreiheit: { ...row.barrierefrei, hinweis: row.barrierefreiheit_hinweis || null },
        oeffnungszeiten: row.oeffnungszeiten,
        beschreibung: row.beschreibung,
        zielgruppen: row.zielgruppen,
        kosten: row.kosten || "kostenlos",
        anonym: row.anonym,
        zuletztGeprueft: row.zuletzt_geprueft,
      },
    };
  };
}
