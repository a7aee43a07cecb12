/**
 * The behaviour every search adapter must show. Run by embedded.test.ts always and by
 * meilisearch.test.ts when MEILI_HOST points at a Meilisearch server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CentreDocument, CentreQuery, SearchPort } from "../port";
import { centre, northOf, ORTE } from "./fixtures";

const caritas = { id: "tr-caritas", name: "Demo-Caritasverband Leipzig", verband: "caritas" };
const diakonie = { id: "tr-diakonie", name: "Demo-Diakonie Köln", verband: "diakonie" };

export const contractDocuments: CentreDocument[] = [
  centre("c01", "Demo-Suchtberatungsstelle Nord", { ort: "muenchen", themen: ["sucht"], strasse: "Leopoldstraße 10" }),
  centre("c02", "Demo-Schuldnerberatung Mitte", { ort: "koeln", themen: ["schulden"], traeger: diakonie, sprachen: ["de", "tr"], barrierefrei: true }),
  centre("c03", "Demo-Allgemeine Sozialberatung", { ort: "duesseldorf", themen: ["existenzsicherung"], kanaele: ["vor_ort", "telefon"] }),
  centre("c04", "Demo-Fachstelle für Glücksspiel", { ort: "leipzig", themen: ["sucht"], traeger: caritas, anonym: true, sprachen: ["de", "ar"] }),
  centre("c05", "Demo-Jugendmigrationsdienst", { ort: "halle", themen: ["migration", "jugend"], kanaele: ["vor_ort", "video"], sprachen: ["de", "ar", "uk"] }),
  centre("c06", "Demo-Wohnungsnotfallhilfe", { ort: "leipzig", themen: ["wohnungsnot"], traeger: caritas, hours: "Mo-Do 08:00-12:00 | Fr 13:00-15:00" }),
  centre("c07", "Demo-Beratung bei Wohnungsverlust", {
    ort: "dresden",
    themen: ["existenzsicherung"],
    beschreibung: "Auch Hilfe bei drohender Wohnungsnot und Räumung.",
  }),
  centre("c08", "Demo-Onlineberatung Schulden", {
    themen: ["schulden"],
    geo: null,
    bundesweit: true,
    kanaele: ["chat", "email"],
    anonym: true,
    hours: "Mo-So 00:00-24:00",
  }),
  centre("c09", "Demo-Suchthotline", { ort: "berlin", themen: ["sucht"], bundesweit: true, kanaele: ["telefon"], anonym: true }),
  centre("c10", "Demo-Schuldner- und Insolvenzberatung", {
    ort: "leipzig",
    themen: ["schulden"],
    traeger: caritas,
    geo: northOf("leipzig", 8),
    barrierefrei: true,
    ausnahmen: [{ datum: "2026-12-24", zeiten: [] }],
  }),
  centre("c11", "Demo-Familienberatung Hamburg", { ort: "hamburg", themen: ["familie"], strasse: "Mönckebergstraße 5" }),
  centre("c12", "Demo-Suchtberatung Leipzig-Süd", { ort: "leipzig", themen: ["sucht"], geo: northOf("leipzig", -3), hours: "Di 10:00-18:00" }),
];

type Searchable = SearchPort & { dropIndex?(): Promise<void> };

export function runSearchContract(name: string, create: () => Promise<Searchable>) {
  describe(`search contract: ${name}`, () => {
    let search: Searchable;

    beforeAll(async () => {
      search = await create();
      await search.replaceCentres(contractDocuments);
    });
    afterAll(async () => {
      await search.dropIndex?.();
    });

    const ids = async (query: CentreQuery) => (await search.searchCentres({ limit: 50, ...query })).hits.map((hit) => hit.id);
    const sortedIds = async (query: CentreQuery) => (await ids(query)).sort();

    it("returns every document for an empty query, in name order", async () => {
      const result = await search.searchCentres({ limit: 50 });
      expect(result.total).toBe(contractDocuments.length);
      const names = result.hits.map((hit) => hit.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
    });

    it("finds by name, by prefix and with a typo", async () => {
      expect((await ids({ text: "Suchthotline" }))[0]).toBe("c09");
      expect((await ids({ text: "Jugendmigr" }))[0]).toBe("c05");
      expect((await ids({ text: "Familienbertaung" }))[0]).toBe("c11");
    });

    it("folds umlauts and ß both ways", async () => {
      expect(await sortedIds({ text: "Muenchen" })).toEqual(["c01"]);
      expect(await sortedIds({ text: "München" })).toEqual(["c01"]);
      expect(await sortedIds({ text: "Duesseldorf" })).toEqual(["c03"]);
      expect(await sortedIds({ text: "Leopoldstrasse" })).toEqual(["c01"]);
      expect(await sortedIds({ text: "Moenckebergstraße" })).toEqual(["c11"]);
    });

    it("finds parts of German compounds", async () => {
      expect(await ids({ text: "Schulden Beratung" })).toEqual(expect.arrayContaining(["c02", "c10"]));
      expect(await ids({ text: "Sucht" })).toEqual(expect.arrayContaining(["c01", "c04", "c09", "c12"]));
      expect(await ids({ text: "Insolvenz" })).toContain("c10");
      expect(await ids({ text: "Migration" })).toContain("c05");
    });

    it("expands German synonyms", async () => {
      for (const word of ["Drogen", "Alkohol", "Abhängigkeit"]) expect(await sortedIds({ text: word })).toEqual(["c01", "c04", "c09", "c12"]);
      for (const word of ["Insolvenz", "Pfändung"]) expect(await ids({ text: word })).toEqual(expect.arrayContaining(["c02", "c08", "c10"]));
      for (const word of ["Hartz IV", "Bürgergeld", "Geld"]) expect(await ids({ text: word })).toEqual(expect.arrayContaining(["c03", "c07"]));
    });

    it("ranks name matches above description matches", async () => {
      const hits = await ids({ text: "Wohnungsnot" });
      expect(hits.indexOf("c06")).toBeLessThan(hits.indexOf("c07"));
      expect(hits).toContain("c07");
    });

    it("filters by topic, PLZ prefix, language, channel, flags and Träger", async () => {
      expect(await sortedIds({ thema: "schulden" })).toEqual(["c02", "c08", "c10"]);
      expect(await sortedIds({ plzPrefix: "04" })).toEqual(["c04", "c06", "c10", "c12"]);
      expect(await sortedIds({ plzPrefix: "0", thema: "sucht" })).toEqual(["c04", "c12"]);
      expect(await sortedIds({ sprache: "ar" })).toEqual(["c04", "c05"]);
      expect(await sortedIds({ kanal: "telefon" })).toEqual(["c03", "c09"]);
      expect(await sortedIds({ barrierefrei: true })).toEqual(["c02", "c10"]);
      expect(await sortedIds({ anonym: true, thema: "sucht" })).toEqual(["c04", "c09"]);
      expect(await sortedIds({ traeger: "tr-caritas" })).toEqual(["c04", "c06", "c10"]);
      expect(await sortedIds({ verband: "diakonie" })).toEqual(["c02"]);
      expect(await sortedIds({ verband: "caritas", thema: "schulden" })).toEqual(["c10"]);
      expect(await ids({ verband: "zwst" })).toEqual([]);
      expect(await sortedIds({ nurBundesweit: true })).toEqual(["c08", "c09"]);
      expect(await ids({ thema: "gibt-es-nicht" })).toEqual([]);
      expect(await ids({ plzPrefix: "999" })).toEqual([]);
    });

    it("filters by opening hours, honouring exceptions", async () => {
      // Tuesday 2026-11-24, 17:00: only c12 (Di 10-18) and the 24/7 online offer.
      expect(await sortedIds({ offenAm: { wochentag: 2, minute: 17 * 60, datum: "2026-11-24" } })).toEqual(["c08", "c12"]);
      // Friday 2026-11-27, 14:00: c06 opens Fr 13-15, the Mo-Fr 9-16 centres are open too.
      const friday = await sortedIds({ offenAm: { wochentag: 5, minute: 14 * 60, datum: "2026-11-27" }, plzPrefix: "04" });
      expect(friday).toEqual(["c04", "c06", "c10"]);
      // Thursday 2026-12-24 is closed for c10 by exception.
      const christmasEve = await sortedIds({ offenAm: { wochentag: 4, minute: 10 * 60, datum: "2026-12-24" }, plzPrefix: "04" });
      expect(christmasEve).toEqual(["c04", "c06"]);
    });

    it("counts facets over all hits, not just the page", async () => {
      const result = await search.searchCentres({ thema: "sucht", limit: 1, facets: ["themen", "kanaele", "sprachen", "verband", "barrierefrei", "anonym"] });
      expect(result.hits).toHaveLength(1);
      expect(result.total).toBe(4);
      expect(result.facets.themen).toEqual({ sucht: 4 });
      expect(result.facets.kanaele).toEqual({ vor_ort: 3, telefon: 1 });
      expect(result.facets.sprachen).toEqual({ de: 4, ar: 1 });
      expect(result.facets.verband).toEqual({ caritas: 1, sonstige: 3 });
      expect(result.facets.anonym).toEqual({ true: 2, false: 2 });
      expect(result.facets.barrierefrei).toEqual({ false: 4 });
    });

    it("searches a radius, sorted by distance, with nationwide offers after the local ones", async () => {
      const leipzig = { lat: ORTE.leipzig.lat, lng: ORTE.leipzig.lng };
      const result = await search.searchCentres({ umkreis: { ...leipzig, km: 10 }, limit: 50 });
      expect(result.hits.map((hit) => hit.id)).toEqual(["c04", "c06", "c12", "c10", "c09", "c08"]);
      expect(result.hits.map((hit) => hit.distanzKm)).toEqual([0, 0, 3, 8, expect.any(Number), undefined]);
      expect(result.hits[4]!.distanzKm).toBeGreaterThan(140);
      expect(result.total).toBe(6);
      // Halle is about 31 km away.
      expect(await ids({ umkreis: { ...leipzig, km: 35 }, thema: "migration" })).toEqual(["c05"]);
      expect(await ids({ umkreis: { ...leipzig, km: 25 }, thema: "migration" })).toEqual([]);
      // Sorting by relevance or name on request.
      expect((await ids({ umkreis: { ...leipzig, km: 10 }, text: "Schuldner Insolvenz", sort: "relevanz" }))[0]).toBe("c10");
      expect(await ids({ umkreis: { ...leipzig, km: 10 }, thema: "sucht", sort: "name" })).toEqual(["c04", "c12", "c09"]);
    });

    it("paginates without overlap", async () => {
      const first = await search.searchCentres({ limit: 5, offset: 0 });
      const second = await search.searchCentres({ limit: 5, offset: 5 });
      const third = await search.searchCentres({ limit: 5, offset: 10 });
      expect([first.total, second.total, third.total]).toEqual([12, 12, 12]);
      expect(third.hits).toHaveLength(2);
      expect(new Set([...first.hits, ...second.hits, ...third.hits].map((hit) => hit.id)).size).toBe(12);
    });

    it("upserts and removes documents", async () => {
      await search.upsertCentres([centre("c13", "Demo-Schwangerschaftsberatung Kiel", { ort: "kiel", themen: ["schwangerschaft"] })]);
      expect(await ids({ text: "Schwangerschaftsberatung" })).toEqual(["c13"]);
      await search.upsertCentres([centre("c13", "Demo-Pflegeberatung Kiel", { ort: "kiel", themen: ["pflege"] })]);
      expect(await ids({ text: "Schwangerschaftsberatung" })).toEqual([]);
      expect(await ids({ text: "Pflegeberatung" })).toEqual(["c13"]);
      expect((await search.health()).documents).toBe(13);
      await search.removeCentres(["c13"]);
      expect(await ids({ text: "Pflegeberatung" })).toEqual([]);
      expect((await search.health()).documents).toBe(12);
    });

    it("replaces the whole index", async () => {
      await search.replaceCentres(contractDocuments.slice(0, 1));
      expect((await search.health()).documents).toBe(1);
      await search.replaceCentres(contractDocuments);
      expect(await search.health()).toMatchObject({ ok: true, documents: 12 });
    });
  });
}
