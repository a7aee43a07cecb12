import { describe, it } from "vitest";
import { MeilisearchSearch } from "../adapters/meilisearch";
import { runSearchContract } from "./contract";
import { runGoldenSet } from "./golden/run-golden";

const host = process.env.MEILI_HOST;
const create = (suite: string) => async () =>
  new MeilisearchSearch({ host: host!, apiKey: process.env.MEILI_API_KEY, indexName: `${suite}_${Date.now()}_${process.pid}` });

if (host) {
  runSearchContract("meilisearch", create("contract"));
  runGoldenSet("meilisearch", create("golden"));
} else {
  describe("search contract and golden set: meilisearch", () => {
    it.skip("run only when MEILI_HOST is set (see search/README.md)", () => {});
  });
}
