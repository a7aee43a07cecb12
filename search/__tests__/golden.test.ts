import { describe, expect, it } from "vitest";
import { EmbeddedSearch } from "../adapters/embedded";
import { goldenCorpus } from "./golden/corpus";
import { goldenCases } from "./golden/queries";
import { runGoldenSet } from "./golden/run-golden";

describe("golden set shape", () => {
  it("has at least 60 queries whose expected centres exist, and unique corpus ids", () => {
    const ids = new Set(goldenCorpus.map((document) => document.id));
    expect(ids.size).toBe(goldenCorpus.length);
    expect(goldenCases.length).toBeGreaterThanOrEqual(60);
    for (const testCase of goldenCases) expect(ids, testCase.expected).toContain(testCase.expected);
  });
});

runGoldenSet("embedded", async () => new EmbeddedSearch());
