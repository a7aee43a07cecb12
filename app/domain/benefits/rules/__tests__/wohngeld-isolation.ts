/**
 * Registry stand-in for the Wohngeld tables: Wohngeld reads no other rule's result, so its case
 * tables run through the real engine and case runner with every other rule answering a neutral
 * "unklar". This keeps the tables independent of the other thirteen rules.
 * Use: vi.mock("../index", () => import("./wohngeld-isolation")).
 */
import { BENEFIT_SLUGS, type BenefitSlug } from "../../slugs";
import type { BenefitRule } from "../../types";
import { rule as wohngeld } from "../wohngeld";

const neutral = (slug: BenefitSlug): BenefitRule => ({
  slug,
  evaluate: () => ({ leistung: slug, einschaetzung: "unklar", betragMonat: null, gruende: [], fehlendeAngaben: [], naechsteSchritte: [] }),
});

export const RULES = Object.fromEntries(BENEFIT_SLUGS.map((slug) => [slug, slug === "wohngeld" ? wohngeld : neutral(slug)])) as Record<BenefitSlug, BenefitRule>;
