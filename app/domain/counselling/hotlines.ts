/**
 * Nationwide crisis lines shown when a search finds nothing nearby. Only long-established,
 * publicly listed numbers, checked on 2026-11-22 against their operators' and press pages:
 * - TelefonSeelsorge (evangelical and catholic church, free, day and night): 0800 111 0 111,
 *   0800 111 0 222 and 116 123;
 * - Sucht & Drogen Hotline (BZgA and regional drug emergency lines, day and night): 01806 313031,
 *   20 cents per call.
 * Review them like any other data: a wrong number here is worse than none.
 */
export type Hotline = {
  name: string;
  numbers: ReadonlyArray<{ display: string; dial: string }>;
  description: string;
  /** Topic slugs the line fits best; empty: any concern. */
  themen: readonly string[];
};

export const HOTLINES: readonly Hotline[] = [
  {
    name: "TelefonSeelsorge",
    numbers: [
      { display: "0800 111 0 111", dial: "+498001110111" },
      { display: "0800 111 0 222", dial: "+498001110222" },
      { display: "116 123", dial: "116123" },
    ],
    description: "Rund um die Uhr, kostenfrei und anonym – bei allen Sorgen und in Krisen. Auch per Chat und E-Mail.",
    themen: [],
  },
  {
    name: "Sucht & Drogen Hotline",
    numbers: [{ display: "01806 313031", dial: "+491806313031" }],
    description: "Rund um die Uhr, für Betroffene und Angehörige; 20 Cent pro Anruf.",
    themen: ["sucht"],
  },
];

/** The lines for a topic: the general ones and those for the topic, topic-specific first. */
export function hotlinesFor(thema: string | undefined): Hotline[] {
  const specific = HOTLINES.filter((line) => thema !== undefined && line.themen.includes(thema));
  const general = HOTLINES.filter((line) => line.themen.length === 0);
  const others = HOTLINES.filter((line) => !specific.includes(line) && !general.includes(line));
  return [...specific, ...general, ...(thema === undefined ? others : [])];
}
