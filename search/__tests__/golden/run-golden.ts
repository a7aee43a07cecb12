/**
 * The one runner of the golden set: indexes the corpus into an adapter and checks every case.
 * Used by golden.test.ts (embedded, always) and meilisearch.test.ts (with MEILI_HOST).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchPort } from "../../port";
import { goldenCorpus } from "./corpus";
import { goldenCases } from "./queries";

export function runGoldenSet(name: string, create: () => Promise<SearchPort & { dropIndex?(): Promise<void> }>) {
  describe(`golden set: ${name}`, () => {
    let search: SearchPort & { dropIndex?(): Promise<void> };
    beforeAll(async () => {
      search = await create();
      await search.replaceCentres(goldenCorpus);
      return () => search.dropIndex?.();
    });

    it.each(goldenCases.map((testCase) => [testCase.group, JSON.stringify(testCase.query), testCase] as const))("%s: %s", async (_group, _label, testCase) => {
      const { hits } = await search.searchCentres({ ...testCase.query, limit: testCase.within });
      const found = hits.map((hit) => `${hit.id} ${hit.name}`);
      expect(found, `expected ${testCase.expected} within the first ${testCase.within}`).toContainEqual(expect.stringMatching(new RegExp(`^${testCase.expected} `)));
    });
  });
}
