/**
 * Runs every benefit rule over one household. Rules run in EVALUATION_ORDER so that priority
 * rules (Vorrang) can read the results they depend on: Grundsicherungsgeld looks at
 * Arbeitslosengeld, Wohngeld and Kinderzuschlag; Hilfe zum Lebensunterhalt at both
 * Grundsicherungen; Bildung und Teilhabe at every benefit that opens it. Results come back in
 * the display order of BENEFIT_SLUGS. After each rule's own next steps the engine appends the
 * standard ones from the catalog (online application, responsible office, counselling).
 */
import { withStandardNextSteps } from "./catalog/next-steps";
import type { Household } from "./facts";
import { RULES } from "./rules";
import { BENEFIT_SLUGS, type BenefitSlug } from "./slugs";
import type { BenefitResult, RuleContext } from "./types";

export const EVALUATION_ORDER: readonly BenefitSlug[] = [
  "arbeitslosengeld",
  "kindergeld",
  "bafoeg",
  "berufsausbildungsbeihilfe",
  "eingliederungshilfe",
  "hilfe-zur-pflege",
  "hilfen-zur-gesundheit",
  "hilfe-in-besonderen-sozialen-schwierigkeiten",
  "kinderzuschlag",
  "wohngeld",
  "grundsicherung-im-alter",
  "grundsicherungsgeld",
  "hilfe-zum-lebensunterhalt",
  "bildung-und-teilhabe",
];

export function evaluateAll(household: Household): BenefitResult[] {
  const earlier: RuleContext["earlier"] = {};
  for (const slug of EVALUATION_ORDER) {
    earlier[slug] = withStandardNextSteps(RULES[slug].evaluate({ household, earlier }));
  }
  return BENEFIT_SLUGS.map((slug) => earlier[slug]!);
}
