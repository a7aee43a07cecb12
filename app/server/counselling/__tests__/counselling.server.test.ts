/**
 * The server side of the search and centre pages on a real database: the search with place
 * resolution and disjunctive facets, reading one centre (published only), and storing error
 * reports with their two limits.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, useTestDatabase } from "../../../../tests/support/database";
import type { PlaceLookup } from "../../../domain/counselling/places/lookup";
import { EMPTY_FORM, type CentreSearchForm } from "../../../domain/counselling/search-form";
import { placeLookup } from "../../places.server";
import { findPublishedCentre } from "../centre-read.server";
import { searchCentrePage } from "../centre-search.server";
import { createErrorReportStore } from "../error-reports.server";
import { seedSearchFixture, type SearchFixture } from "./centre-fixtures";

// Monday 2026-11-23, 10:00 in Berlin.
const moment = { wochentag: 1 as const, minute: 600, datum: "2026-11-23" };
const form = (changes: Partial<CentreSearchForm>): CentreSearchForm => ({ ...EMPTY_FORM, ...changes });

describe.each(testDatabaseKinds)("centre pages on the server (%s)", (kind) => {
  const database = useTestDatabase(kind);
  let fixture: SearchFixture;
  let places: PlaceLookup;

  beforeAll(async () => {
    [fixture, places] = await Promise.all([seedSearchFixture(database()), placeLookup()]);
  });
  const search = (changes: Partial<CentreSearchForm>) => searchCentrePage({ search: fixture.search, places }, form(changes), { moment });

  describe("search", () => {
    it("resolves a PLZ and searches around it", async () => {
      const outcome = await search({ ort: "04109", thema: "schulden" });
      expect(outcome).toMatchObject({ kind: "results", via: "plz", place: { name: "Leipzig", plz: "04109" }, total: 2 });
    });

    it("answers an unknown place with suggestions and runs no search", async () => {
      const outcome = await search({ ort: "Leipzg" });
      expect(outcome.kind).toBe("unknown-place");
      if (outcome.kind === "unknown-place") expect(outcome.place.suggestions.map((s) => s.label)).toContain("Leipzig");
    });

    it("ignores the place for nationwide offers, even an unknown one", async () => {
      for (const ort of ["04109", "Leipzg"]) {
        const outcome = await search({ ort, umkreis: "bundesweit" });
        expect(outcome).toMatchObject({ kind: "results", place: null, total: 1 });
      }
    });

    it("filters 'open now' by the moment it is given", async () => {
      const open = await search({ nur: ["offen"] });
      // Monday 10:00: every weekday centre is open; the online offer has no hours.
      expect(open).toMatchObject({ total: 5 });
      const sunday = await searchCentrePage({ search: fixture.search, places }, form({ nur: ["offen"] }), {
        moment: { wochentag: 7, minute: 600, datum: "2026-11-22" },
      });
      expect(sunday).toMatchObject({ total: 0 });
    });

    it("counts an active filter's facet as if it were not set", async () => {
      const outcome = await search({ sprache: "ar" });
      if (outcome.kind !== "results") throw new Error("Ergebnis erwartet");
      expect(outcome.total).toBe(1);
      expect(outcome.facets.sprachen).toEqual({ de: 6, ar: 1 });
      expect(outcome.facets.themen).toEqual({ schulden: 1 });
    });
  });

  describe("reading a centre", () => {
    it("finds a published centre by slug and by id, with hours and exceptions", async () => {
      const bySlug = await findPublishedCentre(database().prisma, { slug: fixture.slugs.leipzigSchulden });
      expect(bySlug).toMatchObject({
        name: "Demo-Schuldnerberatung Leipzig-Mitte",
        traeger: { name: "Demo-Caritasverband Leipzig", verband: "caritas", website: "https://caritas.example" },
        ausnahmen: [{ datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" }],
        zuletztGeprueft: "2026-10-15",
      });
      expect(bySlug!.oeffnungszeiten).toHaveLength(4);
      expect(await findPublishedCentre(database().prisma, { id: fixture.ids.leipzigSchulden.toUpperCase() })).toEqual(bySlug);
    });

    it("does not find unpublished, unknown or malformed ones", async () => {
      expect(await findPublishedCentre(database().prisma, { slug: fixture.slugs.entwurf })).toBeNull();
      expect(await findPublishedCentre(database().prisma, { id: fixture.ids.entwurf })).toBeNull();
      expect(await findPublishedCentre(database().prisma, { slug: "gibt-es-nicht" })).toBeNull();
      expect(await findPublishedCentre(database().prisma, { id: "kein-uuid'; --" })).toBeNull();
    });
  });

  describe("error reports", () => {
    const report = { nachricht: "Die Telefonnummer stimmt nicht.", kontakt: null };
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 12, minutes));

    it("stores a report with its optional contact", async () => {
      const store = createErrorReportStore();
      const verdict = await store.store(database().prisma, {
        centreId: fixture.ids.halle,
        report: { nachricht: "Umgezogen.", kontakt: "name@example.org" },
        clientAddress: "192.0.2.1",
        now: at(0),
        publicUrl: "https://sozial.example.org",
      });
      expect(verdict).toEqual({ stored: true });
      const rows = await database().prisma.fehlermeldung.findMany({ where: { beratungsstelleId: fixture.ids.halle } });
      expect(rows).toMatchObject([{ nachricht: "Umgezogen.", kontakt: "name@example.org", erledigtAm: null }]);
    });

    it("limits reports per address and hour, in any centre", async () => {
      const store = createErrorReportStore({ perAddressPerHour: 2, perCentrePerHour: 100 });
      const send = (centreId: string, minutes: number, clientAddress = "192.0.2.7") =>
        store.store(database().prisma, { centreId, report, clientAddress, now: at(minutes), publicUrl: "https://sozial.example.org" });
      expect(await send(fixture.ids.berlin, 0)).toEqual({ stored: true });
      expect(await send(fixture.ids.leipzigSucht, 1)).toEqual({ stored: true });
      expect(await send(fixture.ids.berlin, 20)).toEqual({ stored: false, reason: "address", retryAfterMinutes: 40 });
      expect(await send(fixture.ids.berlin, 20, "192.0.2.8")).toEqual({ stored: true });
      expect(await send(fixture.ids.berlin, 60)).toEqual({ stored: true });
    });

    it("limits reports per centre and hour across addresses, counted in the database", async () => {
      const store = createErrorReportStore({ perAddressPerHour: 100, perCentrePerHour: 3 });
      const send = (minutes: number, address: string) =>
        store.store(database().prisma, { centreId: fixture.ids.markkleeberg, report, clientAddress: address, now: at(minutes), publicUrl: "https://sozial.example.org" });
      for (const [minutes, address] of [[0, "a"], [10, "b"], [30, "c"]] as const) expect(await send(minutes, address)).toEqual({ stored: true });
      expect(await send(40, "d")).toEqual({ stored: false, reason: "centre", retryAfterMinutes: 20 });
      // A second process has its own memory, but the same database.
      const other = createErrorReportStore({ perAddressPerHour: 100, perCentrePerHour: 3 });
      expect(await other.store(database().prisma, { centreId: fixture.ids.markkleeberg, report, clientAddress: "e", now: at(45), publicUrl: "https://sozial.example.org" })).toMatchObject({ stored: false, reason: "centre" });
      expect(await send(61, "d")).toEqual({ stored: true });
    });

    it("is refused by the database beyond the form's limits", async () => {
      await expect(
        database().prisma.fehlermeldung.create({ data: { beratungsstelleId: fixture.ids.halle, nachricht: "x".repeat(2001) } }),
      ).rejects.toThrow();
    });
  });
});
