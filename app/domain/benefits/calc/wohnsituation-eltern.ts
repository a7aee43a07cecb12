/**
 * Whether someone lives with their parents, as far as the household facts tell. BAföG and
 * Berufsausbildungsbeihilfe depend on it, but the facts do not ask for it directly:
 * - a person listed as "kind" lives in the household of the applicant or partner as a parent;
 * - the applicant and the partner live without their parents when nobody else ("sonstige") is
 *   listed, because parents in the same household would be listed there;
 * - otherwise the facts cannot tell.
 */
import type { Household, Person } from "../facts";

export function wohntBeiEltern(person: Person, household: Household): boolean | undefined {
  if (person.rolle === "kind") return true;
  if (person.rolle === "sonstige") return undefined;
  return household.personen.some((p) => p.rolle === "sonstige") ? undefined : false;
}
