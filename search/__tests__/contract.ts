/**
 * The behaviour every search adapter must show. Run by embedded.test.ts always and by
 * meilisearch.test.ts when MEILI_HOST points at a Meilisearch server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CentreDocument, SearchPort } from "../port";

const centre = (id: string, name: string, ort: string, plz: string, themen: string[]): CentreDocument => ({
  id,
  name,
  traeger: "Demo-Träger",
  verband: "sonstige",
  strasse: "Musterstraße 1",
  plz,
  ort,
  themen,
  isDemo: true,
});

export const contractDocuments: CentreDocument[] = [
  centre("c1", "Suchtberatung Nord", "München", "80331", ["sucht"]),
  centre("c2", "Schuldnerberatung Mitte", "Köln", "50667", ["schulden"]),
  centre("c3", "Allgemeine Sozialberatung", "Düsseldorf", "40210", ["existenzsicherung", "schulden"]),
];

export function runSearchContract(name: string, create: () => Promise<SearchPort & { dropIndex?(): Promise<void> }>) {
  describe(`search contract: ${name}`, () => {
    let search: SearchPort & { dropIndex?(): Promise<void> };

    beforeAll(async () => {
      search = await create();
      await search.replaceCentres(contractDocuments);
    });
    afterAll(async () => {
      await search.dropIndex?.();
    });

    const ids = async (query: Parameters<SearchPort["searchCentres"]>[0]) =>
      (await search.searchCentres(query)).hits.map((hit) => hit.id).sort();

    it("returns every document for an empty query", async () => {
      const result = await search.searchCentres({});
      expect(result.total).toBe(3);
    });
    it("finds by name", async () => {
      expect(await ids({ text: "Suchtberatung" })).toEqual(["c1"]);
    });
    it("matches prefixes", async () => {
      expect(await ids({ text: "Schuldner" })).toEqual(["c2"]);
    });
    it("folds umlauts both ways", async () => {
      expect(await ids({ text: "Muenchen" })).toEqual(["c1"]);
      expect(await ids({ text: "Düsseldorf" })).toEqual(["c3"]);
    });
    it("filters by topic", async () => {
      expect(await ids({ thema: "schulden" })).toEqual(["c2", "c3"]);
    });
    it("filters by PLZ prefix, combined with the topic", async () => {
      expect(await ids({ plzPrefix: "80" })).toEqual(["c1"]);
      expect(await ids({ plzPrefix: "4" })).toEqual(["c3"]);
      expect(await ids({ plzPrefix: "5", thema: "schulden" })).toEqual(["c2"]);
      expect(await ids({ plzPrefix: "99" })).toEqual([]);
    });
    it("paginates", async () => {
      const first = await search.searchCentres({ limit: 2, offset: 0 });
      const second = await search.searchCentres({ limit: 2, offset: 2 });
      expect(first.hits).toHaveLength(2);
      expect(second.hits).toHaveLength(1);
      expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(3);
    });
    it("replaces the whole index", async () => {
      await search.replaceCentres(contractDocuments.slice(0, 1));
      expect((await search.health()).documents).toBe(1);
      await search.replaceCentres(contractDocuments);
      expect((await search.health()).documents).toBe(3);
    });
    it("reports health", async () => {
      expect(await search.health()).toMatchObject({ ok: true, documents: 3 });
    });
  });
}
