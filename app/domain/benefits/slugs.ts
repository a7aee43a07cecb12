/** The 13 benefits, in the order pages and results list them. */
export const BENEFIT_SLUGS = [
  "arbeitslosengeld",
  "grundsicherungsgeld",
  "bafoeg",
  "berufsausbildungsbeihilfe",
  "bildung-und-teilhabe",
  "grundsicherung-im-alter",
  "hilfe-zum-lebensunterhalt",
  "hilfe-zur-pflege",
  "hilfe-in-besonderen-sozialen-schwierigkeiten",
  "hilfen-zur-gesundheit",
  "kindergeld",
  "kinderzuschlag",
  "wohngeld",
  "eingliederungshilfe",
] as const;

export type BenefitSlug = (typeof BENEFIT_SLUGS)[number];

/** Old or colloquial names that lead to the same benefit (URLs, API, search). */
export const BENEFIT_ALIASES: Record<string, BenefitSlug> = {
  buergergeld: "grundsicherungsgeld",
};

export function resolveBenefitSlug(slug: string): BenefitSlug | undefined {
  if ((BENEFIT_SLUGS as readonly string[]).includes(slug)) return slug as BenefitSlug;
  return BENEFIT_ALIASES[slug];
}
