/**
 * The contract between the facts, the 14 rule modules, the engine and everything that shows
 * results (pages, API). Codes are stable (they double as i18n keys); texts are plain German.
 */
import type { Cents } from "../shared/money";
import type { Household } from "./facts";
import type { BenefitSlug } from "./slugs";

/** How likely the benefit is, after the facts given. Never "no entitlement": we estimate, offices decide. */
export type Einschaetzung = "wahrscheinlich" | "moeglich" | "unwahrscheinlich" | "unklar";

export type Grund = {
  /** Stable code "<slug>.<reason>", e.g. "wohngeld.einkommen_zu_hoch". */
  code: string;
  /** Plain German for the person asking, formal "Sie", without blame. */
  text: string;
};

/** A fact the verdict or amount still depends on; `fakt` is the path in the facts, e.g. "wohnen.wohnkosten_monat". */
export type FehlendeAngabe = { fakt: string; text: string };

export type NaechsterSchritt =
  | { art: "online_antrag"; text: string; url: string }
  | { art: "stelle"; text: string; stellenart: string }
  | { art: "beratung"; text: string; thema: string }
  | { art: "hinweis"; text: string };

export type BenefitResult = {
  leistung: BenefitSlug;
  einschaetzung: Einschaetzung;
  /** Estimated monthly amount for the household; null when it cannot be computed from the facts. */
  betragMonat: Cents | null;
  /** How the amount was estimated, in one or two sentences (shown next to it). */
  betragHinweis?: string;
  gruende: Grund[];
  fehlendeAngaben: FehlendeAngabe[];
  naechsteSchritte: NaechsterSchritt[];
};

export type RuleContext = {
  household: Household;
  /** Results of the rules evaluated earlier (see engine.ts EVALUATION_ORDER), for priority rules. */
  earlier: Partial<Record<BenefitSlug, BenefitResult>>;
};

export type BenefitRule = {
  slug: BenefitSlug;
  evaluate(context: RuleContext): BenefitResult;
};
