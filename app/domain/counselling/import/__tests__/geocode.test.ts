import { describe, expect, it } from "vitest";
import type { PlaceLookup, PlaceMatch } from "../../places/lookup";
import { locateRows } from "../geocode";
import type { CentreImportRow } from "../row";

const LEIPZIG: PlaceMatch = { name: "Leipzig", plz: "04103", lat: 51.34, lng: 12.37, exact: true };
const NEUSTADT: PlaceMatch = { name: "Neustadt", plz: "99999", lat: 50.1, lng: 10.1, exact: false };

/** A two-entry stand-in for the offline place data. */
const places: Pick<PlaceLookup, "byPostcode" | "resolve"> = {
  byPostcode: (plz) => (plz === "04103" ? LEIPZIG : undefined),
  resolve: (input) =>
    input === "Neustadt"
      ? { kind: "found", via: "name", place: NEUSTADT, alternatives: [] }
      : { kind: "unknown", code: "places.plz_unknown", input, suggestions: [{ label: "04103 Leipzig", value: "04103 Leipzig", plz: "04103" }] },
};

const row = (zeile: number, plz: string, ort: string, geo: CentreImportRow["geo"] = null) =>
  ({ zeile, externeId: `r${zeile}`, adresse: { strasse: "Weg 1", plz, ort }, geo }) as CentreImportRow;

describe("coordinates for rows without lat/lon", () => {
  it("keeps given coordinates, takes the postcode's, else the place name's", () => {
    const result = locateRows([row(2, "12345", "X", { lat: 52, lng: 13 }), row(3, "04103", "Leipzig"), row(4, "12345", "Neustadt")], places);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((located) => located.geo)).toEqual([{ lat: 52, lng: 13 }, { lat: 51.34, lng: 12.37 }, { lat: 50.1, lng: 10.1 }]);
  });

  it("reports a row whose postcode and place are both unknown, with known postcodes nearby", () => {
    const result = locateRows([row(5, "04100", "Leipzsch")], places);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      { zeile: 5, spalte: "plz", meldung: "Postleitzahl 04100 und Ort „Leipzsch“ sind unbekannt (bekannt sind z. B. 04103 Leipzig) – bitte prüfen oder lat und lon angeben" },
    ]);
  });
});
