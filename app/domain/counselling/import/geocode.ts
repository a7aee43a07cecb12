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

type Places = Pick<PlaceLookup, "byPostcode" | "resolve">;

export type AddressLocation = { ok: true; geo: { lat: number; lng: number } } | { ok: false; meldung: string };

/**
 * The coordinates of an address from its PLZ, else its place name; when both are unknown, the
 * message names the nearest known postcodes. Shared by the import and the management area's
 * centre form, so both place a centre the same way.
 */
export function locateAddress(adresse: { plz: string; ort: string }, places: Places): AddressLocation {
  const { plz, ort } = adresse;
  const byPlz = places.byPostcode(plz);
  const byName = byPlz ? undefined : places.resolve(ort);
  const place = byPlz ?? (byName?.kind === "found" ? byName.place : undefined);
  if (place) return { ok: true, geo: { lat: place.lat, lng: place.lng } };
  const near = places.resolve(plz);
  const hint = near.kind === "unknown" && near.suggestions.length > 0 ? ` (bekannt sind z. B. ${near.suggestions.map((entry) => entry.label).join(", ")})` : "";
  return { ok: false, meldung: `Postleitzahl ${plz} und Ort „${ort}“ sind unbekannt${hint}` };
}

export function locateRows(rows: readonly CentreImportRow[], places: Places): Located {
  const located: CentreImportRow[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    if (row.geo) {
      located.push(row);
      continue;
    }
    const location = locateAddress(row.adresse, places);
    if (location.ok) located.push({ ...row, geo: location.geo });
    else issues.push({ zeile: row.zeile, spalte: "plz", meldung: `${location.meldung} – bitte prüfen oder lat und lon angeben` });
  }
  return { rows: located, issues };
}
