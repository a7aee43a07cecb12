/**
 * The counselling topics (Themen) centres are filed under; slugs are stable (URLs, API, import).
 * The Beratungsstellenfinder links each topic to its related benefits.
 */
export const TOPICS = [
  { slug: "existenzsicherung", label: "Geldsorgen und Existenzsicherung" },
  { slug: "schulden", label: "Schulden" },
  { slug: "sucht", label: "Sucht" },
  { slug: "wohnungsnot", label: "Wohnungsnot und drohender Wohnungsverlust" },
  { slug: "familie", label: "Familie und Erziehung" },
  { slug: "schwangerschaft", label: "Schwangerschaft" },
  { slug: "migration", label: "Migration und Flucht" },
  { slug: "psychische-gesundheit", label: "Psychische Gesundheit" },
  { slug: "pflege", label: "Pflege" },
  { slug: "behinderung", label: "Behinderung" },
  { slug: "jugend", label: "Jugend" },
] as const;

export type TopicSlug = (typeof TOPICS)[number]["slug"];

export function isTopicSlug(value: string): value is TopicSlug {
  return TOPICS.some((topic) => topic.slug === value);
}

export function topicLabel(slug: string): string | undefined {
  return TOPICS.find((topic) => topic.slug === slug)?.label;
}
