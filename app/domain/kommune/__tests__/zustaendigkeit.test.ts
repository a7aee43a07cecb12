import { describe, expect, it } from "vitest";
import { normalisePlz, zustaendigeStellen, zustaendigeStellenJeLeistung, type KommuneZustaendigkeiten, type ZustaendigeStelle } from "../zustaendigkeit";

const stelle = (leistung: ZustaendigeStelle["leistung"], name: string): ZustaendigeStelle => ({
  leistung,
  name,
  adresse: { strasse: "Demoweg 1", plz: "99991", ort: "Demostadt" },
  oeffnungszeiten: "Mo–Fr 8–12 Uhr",
  telefon: null,
  email: null,
  onlineAntrag: null,
});

const KOMMUNEN: KommuneZustaendigkeiten[] = [
  { name: "Demostadt", plz: ["99991", "99992"], zustaendigkeiten: [stelle("wohngeld", "Wohngeldstelle Demostadt"), stelle("grundsicherungsgeld", "Jobcenter Demostadt")] },
  { name: "Beispieldorf", plz: ["99992", "99993"], zustaendigkeiten: [stelle("wohngeld", "Wohngeldstelle Beispieldorf")] },
  { name: "Ohnestelle", plz: ["99994"], zustaendigkeiten: [] },
];

describe("zustaendigeStellen", () => {
  it.each([
    ["99991", "wohngeld", ["Demostadt: Wohngeldstelle Demostadt"]],
    ["99993", "wohngeld", ["Beispieldorf: Wohngeldstelle Beispieldorf"]],
    // A PLZ crossing a municipal border: both offices, by Kommune name.
    ["99992", "wohngeld", ["Beispieldorf: Wohngeldstelle Beispieldorf", "Demostadt: Wohngeldstelle Demostadt"]],
    // The alias resolves to the benefit it names.
    ["99991", "buergergeld", ["Demostadt: Jobcenter Demostadt"]],
    ["99991", "grundsicherungsgeld", ["Demostadt: Jobcenter Demostadt"]],
    [" 99991 ", "wohngeld", ["Demostadt: Wohngeldstelle Demostadt"]],
    ["99993", "grundsicherungsgeld", []],
    ["99994", "wohngeld", []],
    ["12345", "wohngeld", []],
    ["9999", "wohngeld", []],
    ["999911", "wohngeld", []],
    ["", "wohngeld", []],
    [null, "wohngeld", []],
    ["99991", "unbekannt", []],
  ])("PLZ %j, Leistung %s → %j", (plz, leistung, expected) => {
    expect(zustaendigeStellen(KOMMUNEN, plz, leistung).map((t) => `${t.kommune}: ${t.name}`)).toEqual(expected);
  });

  it("keeps every field of the office", () => {
    const [treffer] = zustaendigeStellen(KOMMUNEN, "99991", "wohngeld");
    expect(treffer).toEqual({ ...stelle("wohngeld", "Wohngeldstelle Demostadt"), kommune: "Demostadt" });
  });

  it("lists the offices per benefit, leaving out benefits without one", () => {
    const je = zustaendigeStellenJeLeistung(KOMMUNEN, "99991", ["wohngeld", "kindergeld", "grundsicherungsgeld"]);
    expect(Object.keys(je)).toEqual(["wohngeld", "grundsicherungsgeld"]);
    expect(zustaendigeStellenJeLeistung(KOMMUNEN, "00000", ["wohngeld"])).toEqual({});
  });

  it.each([
    ["99991", "99991"],
    [" 01067\n", "01067"],
    ["1067", null],
    ["abcde", null],
    [undefined, null],
  ])("normalisePlz(%j) = %j", (value, expected) => {
    expect(normalisePlz(value)).toBe(expected);
  });
});
