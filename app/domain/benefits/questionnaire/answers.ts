/**
 * Typed reads of stored answers and the people of the household as the questionnaire sees them.
 * Question ids of a person share a prefix: "" for the person asking, "p_" for the partner,
 * "k1_", "k2_", … for the children.
 */
import type { Answers } from "./types";

export function numberAnswer(answers: Answers, id: string): number | undefined {
  const value = answers[id];
  return typeof value === "number" ? value : undefined;
}

export function textAnswer(answers: Answers, id: string): string | undefined {
  const value = answers[id];
  return typeof value === "string" ? value : undefined;
}

export function listAnswer(answers: Answers, id: string): readonly string[] {
  const value = answers[id];
  return Array.isArray(value) ? value : [];
}

export const PARTNER = "p_";
export const childPrefix = (ordinal: number) => `k${ordinal}_`;

export function hasPartner(answers: Answers): boolean {
  return textAnswer(answers, "partner") === "ja";
}

export function childCount(answers: Answers): number {
  return numberAnswer(answers, "kinder") ?? 0;
}

/** 1-based ordinals of the children, for ids and labels ("das 2. Kind"). */
export function childOrdinals(answers: Answers): number[] {
  return Array.from({ length: childCount(answers) }, (_, i) => i + 1);
}

export type HouseholdMember = {
  prefix: string;
  rolle: "antragsteller" | "partner" | "kind";
  /** "Sie", "Ihre Partnerin oder Ihr Partner", "das 1. Kind (4 Jahre)" – for labels. */
  bezeichnung: string;
};

/** The person asking, the partner and the children, in that order. */
export function householdMembers(answers: Answers): HouseholdMember[] {
  const members: HouseholdMember[] = [{ prefix: "", rolle: "antragsteller", bezeichnung: "Sie" }];
  if (hasPartner(answers)) members.push({ prefix: PARTNER, rolle: "partner", bezeichnung: "Ihre Partnerin oder Ihr Partner" });
  for (const ordinal of childOrdinals(answers)) {
    members.push({ prefix: childPrefix(ordinal), rolle: "kind", bezeichnung: childName(answers, ordinal) });
  }
  return members;
}

/** "Ihr Kind" for one child, "Ihr 2. Kind" for several; with the age once it is known. */
export function childName(answers: Answers, ordinal: number): string {
  const base = childCount(answers) === 1 ? "Ihr Kind" : `Ihr ${ordinal}. Kind`;
  const alter = numberAnswer(answers, `${childPrefix(ordinal)}alter`);
  return alter === undefined ? base : `${base} (${alter} ${alter === 1 ? "Jahr" : "Jahre"})`;
}
