import { describe, it } from "vitest";
import { MeilisearchSearch } from "../adapters/meilisearch";
import { runSearchContract } from "./contract";

const host = process.env.MEILI_HOST;

if (host) {
  runSearchContract("meilisearch", async () =>
    new MeilisearchSearch({ host, apiKey: process.env.MEILI_API_KEY, indexName: `contract_${Date.now()}` }),
  );
} else {
  describe("search contract: meilisearch", () => {
    it.skip("runs only when MEILI_HOST is set (see search/README.md)", () => {});
  });
}
