/**
 * The next steps every result gets from the catalog: the official online application (where a
 * nationwide one exists), the responsible office type and counselling on the matching topic.
 * Rules add only their own, situation-specific steps; the engine appends these after them.
 */
import { topicLabel } from "../../counselling/topics";
import type { BenefitSlug } from "../slugs";
import type { BenefitResult, Einschaetzung, NaechsterSchritt } from "../types";
import { CATALOG } from "./index";

export function standardNextSteps(slug: BenefitSlug, einschaetzung: Einschaetzung): NaechsterSchritt[] {
  const { antrag, beratungsthema } = CATALOG[slug];
  const thema = topicLabel(beratungsthema)!;
  // When the benefit is unlikely, pointing to the application would mislead; counselling still
  // helps, because our estimate can miss facts an adviser sees.
  if (einschaetzung === "unwahrscheinlich") {
    return [
      {
        art: "beratung",
        thema: beratungsthema,
        text: `Sie sind unsicher? Eine Beratungsstelle zum Thema ${thema} sieht sich Ihre Lage gern mit Ihnen an.`,
      },
    ];
  }
  const steps: NaechsterSchritt[] = [];
  if (antrag.onlineAntrag) {
    steps.push({ art: "online_antrag", text: `Online-Antrag: ${antrag.onlineAntrag.titel}`, url: antrag.onlineAntrag.url });
  }
  steps.push({ art: "stelle", stellenart: antrag.stellenart, text: `Zuständig ist: ${antrag.stellenart}.` });
  steps.push({
    art: "beratung",
    thema: beratungsthema,
    text: `Eine Beratungsstelle zum Thema ${thema} hilft Ihnen beim Antrag, meist kostenlos.`,
  });
  return steps;
}

/** The standard steps depend only on benefit and verdict: built once each, frozen, with their keys. */
const STANDARD = new Map<string, { steps: readonly NaechsterSchritt[]; keys: readonly string[] }>();

function standardFor(slug: BenefitSlug, einschaetzung: Einschaetzung) {
  const id = `${slug}:${einschaetzung}`;
  let standard = STANDARD.get(id);
  if (!standard) {
    const steps = standardNextSteps(slug, einschaetzung).map((step) => Object.freeze(step));
    standard = { steps: Object.freeze(steps), keys: steps.map(stepKey) };
    STANDARD.set(id, standard);
  }
  return standard;
}

/** The result with the standard steps after the rule's own; a step the rule already gives is not repeated. */
export function withStandardNextSteps(result: BenefitResult): BenefitResult {
  const { steps, keys } = standardFor(result.leistung, result.einschaetzung);
  const own = result.naechsteSchritte;
  const ownKeys = own.length === 0 ? null : new Set(own.map(stepKey));
  const added = ownKeys ? steps.filter((_, i) => !ownKeys.has(keys[i]!)) : steps;
  return { ...result, naechsteSchritte: [...own, ...added] };
}

function stepKey(step: NaechsterSchritt): string {
  switch (step.art) {
    case "online_antrag":
      return `online_antrag:${step.url}`;
    case "stelle":
      return `stelle:${step.stellenart}`;
    case "beratung":
      return `beratung:${step.thema}`;
    case "hinweis":
      return `hinweis:${step.text}`;
  }
}
