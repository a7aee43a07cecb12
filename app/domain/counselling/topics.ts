/**
 * The counselling topics (Themen) centres are filed under; slugs are stable (URLs, API, import).
 * Each topic names the benefits (app/domain/benefits/slugs.ts) people with that concern most often
 * need, so a centre page can point to the benefit check and a benefit page to counselling.
 */
import type { BenefitSlug } from "../benefits/slugs";

export type Topic = { slug: string; label: string; verwandteLeistungen: readonly BenefitSlug[] };

export const TOPICS = [
  {
    slug: "existenzsicherung",
    label: "Geldsorgen und Existenzsicherung",
    verwandteLeistungen: [
      "grundsicherungsgeld",
      "hilfe-zum-lebensunterhalt",
      "grundsicherung-im-alter",
      "wohngeld",
      "kinderzuschlag",
      "bildung-und-teilhabe",
    ],
  },
  {
    slug: "schulden",
    label: "Schulden",
    verwandteLeistungen: ["grundsicherungsgeld", "hilfe-zum-lebensunterhalt", "wohngeld", "kinderzuschlag"],
  },
  {
    slug: "sucht",
    label: "Sucht",
    verwandteLeistungen: ["hilfen-zur-gesundheit", "hilfe-in-besonderen-sozialen-schwierigkeiten", "grundsicherungsgeld"],
  },
  {
    slug: "wohnungsnot",
    label: "Wohnungsnot und drohender Wohnungsverlust",
    verwandteLeistungen: ["hilfe-in-besonderen-sozialen-schwierigkeiten", "wohngeld", "grundsicherungsgeld"],
  },
  {
    slug: "familie",
    label: "Familie und Erziehung",
    verwandteLeistungen: ["kindergeld", "kinderzuschlag", "bildung-und-teilhabe", "wohngeld"],
  },
  {
    slug: "schwangerschaft",
    label: "Schwangerschaft",
    verwandteLeistungen: ["kindergeld", "kinderzuschlag", "grundsicherungsgeld"],
  },
  {
    slug: "migration",
    label: "Migration und Flucht",
    verwandteLeistungen: ["grundsicherungsgeld", "kindergeld", "wohngeld"],
  },
  {
    slug: "psychische-gesundheit",
    label: "Psychische Gesundheit",
    verwandteLeistungen: ["eingliederungshilfe", "hilfen-zur-gesundheit"],
  },
  {
    slug: "pflege",
    label: "Pflege",
    verwandteLeistungen: ["hilfe-zur-pflege", "grundsicherung-im-alter"],
  },
  {
    slug: "behinderung",
    label: "Behinderung",
    verwandteLeistungen: ["eingliederungshilfe", "grundsicherung-im-alter", "hilfe-zur-pflege"],
  },
  {
    slug: "jugend",
    label: "Jugend",
    verwandteLeistungen: ["berufsausbildungsbeihilfe", "bafoeg", "bildung-und-teilhabe", "kindergeld"],
  },
] as const satisfies readonly Topic[];

export type TopicSlug = (typeof TOPICS)[number]["slug"];

export const TOPIC_SLUGS: readonly TopicSlug[] = TOPICS.map((topic) => topic.slug);

export function isTopicSlug(value: string): value is TopicSlug {
  return TOPICS.some((topic) => topic.slug === value);
}

export function topicLabel(slug: string): string | undefined {
  return TOPICS.find((topic) => topic.slug === slug)?.label;
}

/** Benefits related to a topic; empty for an unknown slug. */
export function relatedBenefits(slug: string): readonly BenefitSlug[] {
  return TOPICS.find((topic) => topic.slug === slug)?.verwandteLeistungen ?? [];
}

/** Topics whose related benefits include the given benefit (for "Beratung zu diesem Thema"). */
export function topicsForBenefit(benefit: BenefitSlug): TopicSlug[] {
  return TOPICS.filter((topic) => (topic.verwandteLeistungen as readonly BenefitSlug[]).includes(benefit)).map((topic) => topic.slug);
}
