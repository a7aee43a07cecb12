import { describe, expect, it } from "vitest";
import { BENEFIT_SLUGS } from "../../benefits/slugs";
import { relatedBenefits, TOPICS, topicsForBenefit } from "../topics";

describe("topic taxonomy", () => {
  it("links every topic to at least one known benefit, each once", () => {
    for (const topic of TOPICS) {
      expect(topic.verwandteLeistungen.length).toBeGreaterThan(0);
      expect(new Set(topic.verwandteLeistungen).size).toBe(topic.verwandteLeistungen.length);
      for (const benefit of topic.verwandteLeistungen) expect(BENEFIT_SLUGS).toContain(benefit);
    }
  });

  it("answers in both directions", () => {
    expect(relatedBenefits("schulden")).toContain("grundsicherungsgeld");
    expect(relatedBenefits("gibt-es-nicht")).toEqual([]);
    expect(topicsForBenefit("wohngeld")).toEqual(expect.arrayContaining(["existenzsicherung", "schulden", "wohnungsnot"]));
    expect(topicsForBenefit("hilfe-zur-pflege")).toEqual(["pflege", "behinderung"]);
  });
});
