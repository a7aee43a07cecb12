import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import { formatIssue } from "../../../domain/counselling/import/issues";
import { createSearch } from "../../../../search";
import type { PrismaClient } from "../../generated/prisma/client";
import { processSearchOutbox } from "../../search-sync.server";
import { importCentres, type ImportOptions } from "../import-centres.server";
import { generateCentreCsv } from "./generate-csv";

const fixture = (name: string) => readFile(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");
const OPTIONS: ImportOptions = { heute: "2026-11-22", datenquelle: "CSV-Import Test" };

/** Everything an import could change, to prove that a refused import changed nothing. */
async function snapshot(prisma: PrismaClient) {
  const [centres, traeger, outbox, hours] = await Promise.all([
    prisma.beratungsstelle.findMany({ orderBy: { id: "asc" } }),
    prisma.traeger.findMany({ orderBy: { id: "asc" } }),
    prisma.searchOutbox.count(),
    prisma.oeffnungszeit.count(),
  ]);
  return { centres, traeger, outbox, hours };
}

describe.each(testDatabaseKinds)("CSV import of centres (%s)", (kind) => {
  const database = useTestDatabase(kind);
  const prisma = () => database().prisma;

  it("rejects a file with one bad row with line and reason, and changes nothing", async () => {
    const before = await snapshot(prisma());
    const report = await importCentres(database(), await fixture("eine-ungueltige-zeile.csv"), OPTIONS);
    expect(report).toMatchObject({ gelesen: 4, neu: 0, aktualisiert: 0, ungueltig: 1, geschrieben: false, dateiUngueltig: false });
    expect(report.issues.map(formatIssue)).toEqual(["Zeile 5: plz – fünfstellige Postleitzahl erwartet"]);
    expect(await snapshot(prisma())).toEqual(before);
  });

  it("with skipInvalid imports the valid rows, publishes them and queues them for the search index", async () => {
    const report = await importCentres(database(), await fixture("eine-ungueltige-zeile.csv"), { ...OPTIONS, skipInvalid: true });
    expect(report).toMatchObject({ gelesen: 4, neu: 3, aktualisiert: 0, ungueltig: 1, traegerNeu: 3, geschrieben: true });
    const centres = await prisma().beratungsstelle.findMany({ select: { id: true, externeId: true, veroeffentlicht: true } });
    expect(centres.map((centre) => centre.externeId).sort()).toEqual(["demo-online-004", "demo-sb-001", "demo-sucht-002"]);
    expect(centres.every((centre) => centre.veroeffentlicht)).toBe(true);
    const pending = await prisma().searchOutbox.findMany({ where: { processedAt: null }, select: { centreId: true, operation: true } });
    expect(pending.map((entry) => entry.centreId).sort()).toEqual(centres.map((centre) => centre.id).sort());
    expect(new Set(pending.map((entry) => entry.operation))).toEqual(new Set(["upsert"]));

    // What a running app's indexer does with these entries (jobs/search-indexer.server.ts polls every 300 ms).
    const search = createSearch({});
    const batch = await processSearchOutbox(prisma(), search);
    expect(batch.upserted).toBe(3);
    const found = await search.searchCentres({ text: "Schuldnerberatung Leipzig" });
    expect(found.hits[0]).toMatchObject({ name: "Demo-Schuldnerberatung Leipzig-Mitte", traeger: { name: "Demo-Caritasverband Leipzig", verband: "caritas" } });
  });

  it("counts on a dry run without writing", async () => {
    const before = await snapshot(prisma());
    const report = await importCentres(database(), await fixture("gueltig-semikolon.csv"), { ...OPTIONS, dryRun: true });
    // Three of the five rows came in unchanged with the previous file.
    expect(report).toMatchObject({ gelesen: 5, neu: 2, aktualisiert: 0, unveraendert: 3, ungueltig: 0, traegerNeu: 1, dryRun: true, geschrieben: false, issues: [] });
    expect(await snapshot(prisma())).toEqual(before);
  });

  it("upserts by externe_id and stores every column", async () => {
    const report = await importCentres(database(), await fixture("gueltig-semikolon.csv"), OPTIONS);
    expect(report).toMatchObject({ gelesen: 5, neu: 2, aktualisiert: 0, unveraendert: 3, ungueltig: 0, traegerNeu: 1, geschrieben: true });
    const centre = await prisma().beratungsstelle.findUniqueOrThrow({
      where: { externeId: "demo-sb-001" },
      include: { traeger: true, oeffnungszeiten: { orderBy: [{ wochentag: "asc" }, { von: "asc" }] } },
    });
    expect(centre).toMatchObject({
      name: "Demo-Schuldnerberatung Leipzig-Mitte",
      traeger: { name: "Demo-Caritasverband Leipzig", verband: "caritas" },
      themen: ["schulden", "existenzsicherung"],
      strasse: "Musterstraße 1",
      plz: "04109",
      ort: "Leipzig",
      lat: 51.3397,
      lng: 12.3731,
      telefon: "0341 000000",
      email: "schuldnerberatung@example.org",
      website: "https://www.example.org/schuldnerberatung",
      kanaele: ["vor_ort", "telefon", "email"],
      sprachen: ["de", "en", "ar"],
      stufenlos: true,
      barrierefreiesWc: true,
      aufzug: false,
      barrierefreiheitHinweis: "Eingang über den Hof; Klingel links",
      beschreibung: "Beratung bei Schulden, Pfändung und Insolvenz.\nTermine nach Vereinbarung.",
      zielgruppen: ["Erwachsene", "Familien"],
      kosten: "kostenlos",
      anonym: true,
      zuletztGeprueft: new Date("2026-10-15T00:00:00.000Z"),
      datenquelle: "CSV-Import Test",
      isDemo: false,
    });
    expect(centre.oeffnungszeiten.map(({ wochentag, von, bis }) => [wochentag, von, bis])).toEqual([
      [1, 540, 960],
      [2, 540, 960],
      [3, 540, 960],
      [4, 540, 960],
      [5, 540, 720],
    ]);
    // Two rows name the same Träger, once as "Caritas", once as "caritas".
    expect(await prisma().traeger.count({ where: { name: "Demo-Caritasverband Leipzig" } })).toBe(1);
  });

  it("looks up coordinates from PLZ for rows without lat/lon", async () => {
    const dresden = await prisma().beratungsstelle.findUniqueOrThrow({ where: { externeId: "demo-sucht-002" } });
    expect(dresden.lat).toBeCloseTo(51.05, 1);
    expect(dresden.lng).toBeCloseTo(13.74, 1);
  });

  it("updates only changed centres, queues only those, and keeps what the file has no column for", async () => {
    const id = (await prisma().beratungsstelle.findUniqueOrThrow({ where: { externeId: "demo-sozial-003" } })).id;
    await prisma().beratungsstelle.update({
      where: { id },
      data: { name: "Demo-Alter Name", notfallzeiten: "Di 8–9 Uhr", veroeffentlicht: false, slug: "demo-sozialberatung-koeln", bundesweit: true },
    });
    await prisma().oeffnungszeitAusnahme.create({ data: { beratungsstelleId: id, datum: new Date("2026-12-24T00:00:00Z"), hinweis: "Heiligabend" } });
    await prisma().searchOutbox.updateMany({ data: { processedAt: new Date() } });

    const report = await importCentres(database(), await fixture("gueltig-komma.csv"), OPTIONS);
    expect(report).toMatchObject({ neu: 0, aktualisiert: 1, unveraendert: 4, traegerNeu: 0, geschrieben: true });
    const after = await prisma().beratungsstelle.findUniqueOrThrow({ where: { id }, include: { ausnahmen: true } });
    expect(after).toMatchObject({
      name: "Demo-Allgemeine Sozialberatung Köln",
      notfallzeiten: "Di 8–9 Uhr",
      veroeffentlicht: false,
      slug: "demo-sozialberatung-koeln",
      bundesweit: true,
    });
    expect(after.ausnahmen).toMatchObject([{ hinweis: "Heiligabend", von: null, bis: null }]);
    const pending = await prisma().searchOutbox.findMany({ where: { processedAt: null }, select: { centreId: true } });
    expect(pending).toEqual([{ centreId: id }]);
  });

  it("reports rows it cannot place on the map", async () => {
    const csv = "externe_id;name;traeger;verband;themen;strasse;plz;ort;kanaele\nx-1;Demo-Nirgendwo;Demo-Träger;sonstige;sucht;Weg 1;00000;Nirgendwohausen;telefon\n";
    const report = await importCentres(database(), csv, OPTIONS);
    expect(report).toMatchObject({ ungueltig: 1, geschrieben: false });
    expect(formatIssue(report.issues[0]!)).toMatch(/^Zeile 2: plz – Postleitzahl 00000 und Ort „Nirgendwohausen“ sind unbekannt.* – bitte prüfen oder lat und lon angeben$/);
  });

  it("refuses a file with missing columns before touching the database", async () => {
    const report = await importCentres(database(), "name,ort\nDemo,Leipzig\n", OPTIONS);
    expect(report).toMatchObject({ dateiUngueltig: true, geschrieben: false, gelesen: 1 });
    expect(report.issues.map(formatIssue)).toEqual(["Zeile 1: Pflichtspalte(n) fehlen: externe_id, traeger, verband, themen, strasse, plz, kanaele."]);
  });

  // The acceptance figure (2,000 rows under 30 s) is measured by tests/bench/import.ts without other
  // test files competing; here the times are only printed, and the outcome of each run is checked.
  it("imports 2,000 rows, again unchanged, and again with every row changed", { timeout: 240_000 }, async () => {
    const ids = `bulk-${kind}`;
    const runs: Array<[string, string, Record<string, number>]> = [
      ["neu", generateCentreCsv({ rows: 2000, separator: ",", idPrefix: ids }), { neu: 2000 }],
      ["unverändert", generateCentreCsv({ rows: 2000, separator: ",", idPrefix: ids }), { unveraendert: 2000 }],
      ["geändert", generateCentreCsv({ rows: 2000, separator: ";", idPrefix: ids, seed: 5 }), { aktualisiert: 2000 }],
    ];
    for (const [label, csv, counts] of runs) {
      const started = performance.now();
      const report = await importCentres(database(), csv, OPTIONS);
      const ms = performance.now() - started;
      console.log(`[import ${kind}] 2.000 Zeilen ${label}: ${(ms / 1000).toFixed(1)} s`);
      expect(report).toMatchObject({ gelesen: 2000, neu: 0, aktualisiert: 0, unveraendert: 0, ungueltig: 0, ...counts });
    }
    expect(await prisma().beratungsstelle.count({ where: { externeId: { startsWith: ids }, lat: { not: null } } })).toBe(2000);
  });
});
