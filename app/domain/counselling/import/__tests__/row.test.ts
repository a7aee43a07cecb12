import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, type ImportColumn } from "../columns";
import { createRowParser } from "../row";

/** A complete valid row; each case changes some cells. */
const BASE: Record<ImportColumn, string> = {
  externe_id: "demo-1",
  name: "Demo-Schuldnerberatung Leipzig",
  traeger: "Demo-Caritasverband Leipzig",
  verband: "Caritas",
  themen: "schulden | existenzsicherung",
  strasse: "Musterstraße 1",
  plz: "04109",
  ort: "Leipzig",
  lat: "51.3397",
  lon: "12.3731",
  telefon: "0341 000000",
  email: "beratung@example.org",
  website: "www.example.org/beratung",
  kanaele: "vor_ort|telefon",
  sprachen: "de|EN",
  barrierefrei: "ja",
  barrierefreiheit_hinweis: "",
  oeffnungszeiten: "Mo-Do 09:00-16:00 | Fr 09:00-12:00",
  beschreibung: "",
  zielgruppen: "Erwachsene | Familien",
  kosten: "",
  anonym: "nein",
  zuletzt_geprueft: "15.10.2026",
};

const parse = createRowParser({ heute: "2026-11-22" });
const run = (changes: Partial<Record<ImportColumn, string>>) => parse(7, { ...BASE, ...changes });

describe("import row", () => {
  it("turns a valid row into a typed centre row", () => {
    expect(run({})).toEqual({
      ok: true,
      row: {
        zeile: 7,
        externeId: "demo-1",
        name: "Demo-Schuldnerberatung Leipzig",
        traeger: { name: "Demo-Caritasverband Leipzig", verband: "caritas" },
        themen: ["schulden", "existenzsicherung"],
        adresse: { strasse: "Musterstraße 1", plz: "04109", ort: "Leipzig" },
        geo: { lat: 51.3397, lng: 12.3731 },
        kontakt: { telefon: "0341 000000", email: "beratung@example.org", website: "https://www.example.org/beratung" },
        kanaele: ["vor_ort", "telefon"],
        sprachen: ["de", "en"],
        barrierefreiheit: { stufenlos: true, wc: false, aufzug: false, hinweis: null },
        oeffnungszeiten: [
          { wochentag: 1, von: 540, bis: 960 },
          { wochentag: 2, von: 540, bis: 960 },
          { wochentag: 3, von: 540, bis: 960 },
          { wochentag: 4, von: 540, bis: 960 },
          { wochentag: 5, von: 540, bis: 720 },
        ],
        beschreibung: "",
        zielgruppen: ["Erwachsene", "Familien"],
        kosten: "kostenlos",
        anonym: false,
        zuletztGeprueft: "2026-10-15",
      },
    });
  });

  it.each<[string, Partial<Record<ImportColumn, string>>, Record<string, unknown>]>([
    ["federation spellings", { verband: "Der Paritätische" }, { traeger: { name: BASE.traeger, verband: "paritaetischer" } }],
    ["federation long name", { verband: "Deutsches Rotes Kreuz" }, { traeger: { name: BASE.traeger, verband: "drk" } }],
    ["topic labels and case", { themen: "Sucht|PSYCHISCHE-GESUNDHEIT|Sucht" }, { themen: ["sucht", "psychische-gesundheit"] }],
    ["channel spellings", { kanaele: "E-Mail | vor Ort | Video" }, { kanaele: ["email", "vor_ort", "video"] }],
    ["no languages means German", { sprachen: "" }, { sprachen: ["de"] }],
    ["no coordinates", { lat: "", lon: "" }, { geo: null }],
    ["decimal commas", { lat: "51,3397", lon: "12,3731" }, { geo: { lat: 51.3397, lng: 12.3731 } }],
    ["accessibility features", { barrierefrei: "wc | Aufzug", barrierefreiheit_hinweis: "Rampe" }, { barrierefreiheit: { stufenlos: false, wc: true, aufzug: true, hinweis: "Rampe" } }],
    ["empty yes/no", { barrierefrei: "", anonym: "" }, { anonym: false, barrierefreiheit: { stufenlos: false, wc: false, aufzug: false, hinweis: null } }],
    ["ISO date", { zuletzt_geprueft: "2026-11-22" }, { zuletztGeprueft: "2026-11-22" }],
    ["no hours", { oeffnungszeiten: "" }, { oeffnungszeiten: [] }],
    ["empty optional contact", { telefon: "", email: "", website: "" }, { kontakt: { telefon: null, email: null, website: null } }],
    ["cost text", { kosten: "Eigenanteil 10 €" }, { kosten: "Eigenanteil 10 €" }],
  ])("accepts %s", (_name, changes, expected) => {
    const result = run(changes);
    expect(result.ok && result.row).toMatchObject(expected);
  });

  it.each<[Partial<Record<ImportColumn, string>>, string, string]>([
    [{ plz: "506677" }, "plz", "fünfstellige Postleitzahl erwartet"],
    [{ plz: "4109" }, "plz", "fünfstellige Postleitzahl erwartet – führende Null verloren? („04109“ statt „4109“)"],
    [{ name: "" }, "name", "Angabe fehlt"],
    [{ externe_id: "x".repeat(101) }, "externe_id", "höchstens 100 Zeichen erlaubt (hier 101)"],
    [{ verband: "Volkssolidarität" }, "verband", "unbekannter Verband „Volkssolidarität“ – erlaubt: caritas, diakonie, awo, paritaetischer, drk, zwst, kommunal, sonstige"],
    [{ themen: "" }, "themen", "mindestens ein Thema erwartet: existenzsicherung, schulden, sucht, wohnungsnot, familie, schwangerschaft, migration, psychische-gesundheit, pflege, behinderung, jugend"],
    [{ themen: "sucht|Glücksspiel" }, "themen", "unbekanntes Thema „Glücksspiel“ – erlaubt: existenzsicherung, schulden, sucht, wohnungsnot, familie, schwangerschaft, migration, psychische-gesundheit, pflege, behinderung, jugend"],
    [{ kanaele: "Brief" }, "kanaele", "unbekannter Kontaktweg „Brief“ – erlaubt: vor_ort, telefon, chat, video, email"],
    [{ sprachen: "de|deutsch" }, "sprachen", "„deutsch“ ist kein Sprachcode nach ISO 639-1 (zwei Buchstaben, z. B. de, en, tr, ar)"],
    [{ sprachen: "xx" }, "sprachen", "„xx“ ist kein Sprachcode nach ISO 639-1 (zwei Buchstaben, z. B. de, en, tr, ar)"],
    [{ lat: "" }, "lat", "lat und lon nur zusammen angeben oder beide leer lassen"],
    [{ lon: "" }, "lon", "lat und lon nur zusammen angeben oder beide leer lassen"],
    [{ lat: "12.3731", lon: "51.3397" }, "lat", "Koordinaten liegen nicht in Deutschland – lat und lon vertauscht?"],
    [{ lat: "91" }, "lat", "Dezimalgrad zwischen -90 und 90 erwartet, z. B. 51.3397"],
    [{ lon: "12°22'" }, "lon", "Dezimalgrad zwischen -180 und 180 erwartet, z. B. 51.3397"],
    [{ telefon: "Zentrale" }, "telefon", "Telefonnummer aus Ziffern erwartet, z. B. 0341 000000 oder +49 341 000000"],
    [{ email: "beratung(at)example.org" }, "email", "E-Mail-Adresse erwartet, z. B. beratung@example.org"],
    [{ website: "ftp://example.org" }, "website", "Internetadresse erwartet, z. B. https://www.example.org"],
    [{ website: "Startseite" }, "website", "Internetadresse erwartet, z. B. https://www.example.org"],
    [{ anonym: "vielleicht" }, "anonym", "ja oder nein erwartet"],
    [{ barrierefrei: "teilweise" }, "barrierefrei", "ja, nein oder eine Liste aus stufenlos, wc, aufzug erwartet (statt „teilweise“)"],
    [{ oeffnungszeiten: "Mo-Do 9-16 Uhr geschlossen" }, "oeffnungszeiten", "unerwarteter Text bei „geschlossen“ (Zeichen 16) – Beispiel: Mo-Do 09:00-16:00 | Fr 09:00-12:00"],
    [{ oeffnungszeiten: "Mo 25:00-26:00" }, "oeffnungszeiten", "ungültige Uhrzeit bei „25:00-26:00“ (Zeichen 4) – Beispiel: Mo-Do 09:00-16:00 | Fr 09:00-12:00"],
    [{ oeffnungszeiten: "09:00-16:00" }, "oeffnungszeiten", "Wochentag erwartet (Mo, Di, Mi, Do, Fr, Sa, So) bei „09:00-16:00“ (Zeichen 1) – Beispiel: Mo-Do 09:00-16:00 | Fr 09:00-12:00"],
    [{ zuletzt_geprueft: "31.02.2026" }, "zuletzt_geprueft", "Datum erwartet, z. B. 2026-11-01 oder 01.11.2026"],
    [{ zuletzt_geprueft: "2026-11-23" }, "zuletzt_geprueft", "Datum liegt in der Zukunft"],
    [{ zielgruppen: Array.from({ length: 21 }, (_, index) => `Gruppe ${index}`).join("|") }, "zielgruppen", "höchstens 20 Zielgruppen"],
  ])("rejects %j in %s", (changes, spalte, meldung) => {
    expect(run(changes)).toEqual({ ok: false, issues: [{ zeile: 7, spalte, meldung }] });
  });

  it("reports every bad column of a row at once", () => {
    const result = run({ plz: "abc", email: "kaputt", themen: "" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.spalte).sort()).toEqual(["email", "plz", "themen"]);
  });

  it("knows every import column", () => {
    expect(Object.keys(BASE).sort()).toEqual([...IMPORT_COLUMNS].sort());
  });
});
