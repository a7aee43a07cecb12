/**
 * Coordinates for import rows that give none (`lat`/`lon` empty): the centre of the row's
 * postcode area, else of the named place. Good enough for radius search (a postcode area spans a
 * few kilometres); files that need the exact door give lat/lon. A row whose PLZ and Ort are both
 * unknown cannot be placed on the map and is reported, with the nearest known postcodes.
 */
import type { PlaceLookup } from "../places/lookup";
import type { ImportIssue } from "./issues";
import type { CentreImportRow } from "./row";

export type Located = { rows: CentreImportRow[]; issues: ImportIssue[] };

export const needsCoordinates = (row: CentreImportRow): boolean => row.geo === null;

export function locateRows(rows: readonly CentreImportRow[], places: Pick<PlaceLookup, "byPostcode" | "resolve">): Located {
  const located: CentreImportRow[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    if (row.geo) {
      located.push(row);
      continue;
    }
    const { plz, ort } = row.adresse;
    const byPlz = places.byPostcode(plz);
    const byName = byPlz ? undefined : places.resolve(ort);
    const place = byPlz ?? (byName?.kind === "found" ? byName.place : undefined);
    if (place) {
      located.push({ ...row, geo: { lat: place.lat, lng: place.lng } });
      continue;
    }
    const near = places.resolve(plz);
    const hint = near.kind === "unknown" && near.suggestions.length > 0 ? ` (bekannt sind z. B. ${near.suggestions.map((entry) => entry.label).join(", ")})` : "";
    issues.push({
      zeile: row.zeile,
      spalte: "plz",
      meldung: `Postleitzahl ${plz} und Ort „${ort}“ sind unbekannt${hint} – bitte prüfen oder lat und lon angeben`,
    });
  }
  return { rows: located, issues };
}
