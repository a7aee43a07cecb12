import { describe, expect, it } from "vitest";
import { LS_BENEFITS } from "../../benefits/catalog/leichte-sprache";
import { BENEFIT_SLUGS } from "../../benefits/slugs";
import { LS_CHECK, LS_START } from "../leichte-sprache";

// Checkable parts of the Netzwerk Leichte Sprache rules; the rest needs a human reader.
const MAX_WORDS = 12;
const allSentences = [
  ...LS_START.flatMap((s) => s.sentences.map((text) => [s.id, text] as const)),
  ...LS_CHECK.flatMap((s) => s.sentences.map((text) => [s.id, text] as const)),
  ...Object.entries(LS_BENEFITS).flatMap(([slug, b]) => b.saetze.map((text) => [slug, text] as const)),
];

describe("Leichte Sprache texts", () => {
  it("summarise every benefit", () => {
    expect(Object.keys(LS_BENEFITS).sort()).toEqual([...BENEFIT_SLUGS].sort());
  });

  it.each(allSentences)("%s: „%s“ is one short sentence", (_where, sentence) => {
    expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(MAX_WORDS);
    // One statement per sentence: a single final mark, no semicolons, no inner sentence.
    expect(sentence).toMatch(/[.?!:]$/);
    expect(sentence).not.toMatch(/;|[.?!]\s+\S/);
  });

  it("has no brackets and no abbreviations like z. B. or ca.", () => {
    for (const [where, sentence] of allSentences) expect(sentence, where).not.toMatch(/[()]|z\. ?B\.|ca\.|usw\./);
  });
});
