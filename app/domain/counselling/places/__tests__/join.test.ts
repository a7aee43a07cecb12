import { describe, expect, it } from "vitest";
import { buildPlaceData, type GazetteerPlace } from "../join";

// A miniature of the real data: namesakes far apart, an exonym, a qualifier, a PLZ whose place
// the gazetteer lacks, a name spread over two regions.
const GAZETTEER: GazetteerPlace[] = [
  { name: "Halle", lat: 52.06, lng: 8.36 }, // Halle (Westf.), first in file order
  { name: "Halle (Saale)", lat: 51.48, lng: 11.98 },
  { name: "Munich", lat: 48.137, lng: 11.575 },
  { name: "Freiburg", lat: 47.996, lng: 7.852 },
  { name: "Neuhaus", lat: 50.0, lng: 10.0 },
  { name: "Neuhaus", lat: 53.0, lng: 13.0 },
  { name: "Hennigsdorf", lat: 52.64, lng: 13.2 },
  { name: "Altona", lat: 53.55, lng: 9.93 },
];
const POSTCODES: Record<string, string[]> = {
  "06108": ["Halle (Saale)"],
  "06110": ["Halle"],
  "06112": ["Halle (Saale)"],
  "33790": ["Halle (Westf.)"],
  "80331": ["München"],
  "79098": ["Freiburg im Breisgau"],
  "96000": ["Neuhaus"],
  "17000": ["Neuhaus"],
  "16761": ["Hennigsdorf"],
  "16767": ["Leegebruch"],
};

describe("buildPlaceData", () => {
  const data = buildPlaceData(POSTCODES, GAZETTEER);
  const plz = (code: string) => data.postcodes.find((entry) => entry.plz === code);

  it("gives an ambiguous name the namesake nearest the postcode area", () => {
    expect(plz("06110")).toMatchObject({ ort: "Halle", lat: 51.48, lng: 11.98, exact: true });
    expect(plz("33790")).toMatchObject({ ort: "Halle (Westf.)", lat: 52.06, exact: true });
  });

  it("matches exonyms and names without their qualifier", () => {
    expect(plz("80331")).toMatchObject({ ort: "München", lat: 48.137, exact: true });
    expect(plz("79098")).toMatchObject({ ort: "Freiburg im Breisgau", lat: 47.996, exact: true });
  });

  it("places a postcode the gazetteer lacks at the centre of its area and says so", () => {
    expect(plz("16767")).toMatchObject({ ort: "Leegebruch", lat: 52.64, lng: 13.2, exact: false });
  });

  it("keeps one name in two regions as two places", () => {
    const neuhaus = data.places.filter((place) => place.name === "Neuhaus");
    expect(neuhaus.map((place) => [place.postcodes, place.lat])).toEqual([
      [["17000"], 53],
      [["96000"], 50],
    ]);
  });

  it("records the gazetteer's own name as an alias and keeps unused gazetteer places", () => {
    expect(data.places.find((place) => place.name === "München")?.aliases).toEqual(["munich"]);
    expect(data.places.find((place) => place.name === "Altona")).toMatchObject({ postcodes: [], exact: true });
    expect(data.places.some((place) => place.name === "Munich")).toBe(false);
  });

  it("is deterministic", () => {
    expect(buildPlaceData(POSTCODES, GAZETTEER)).toEqual(data);
  });
});
