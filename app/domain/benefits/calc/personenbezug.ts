/**
 * Who a sentence is about, in the formal "Sie" form: the applicant is addressed directly, the
 * others by role or by their position in the list ("Person 3"), as the check shows them.
 */
import type { Person } from "../facts";

/** "Bei Ihnen" / "Bei Ihrer Partnerin oder Ihrem Partner" / "Bei Person 3" — opens a sentence. */
export function beiPerson(person: Person): string {
  if (person.rolle === "antragsteller") return "Bei Ihnen";
  if (person.rolle === "partner") return "Bei Ihrer Partnerin oder Ihrem Partner";
  return `Bei Person ${person.index + 1}`;
}

/** "für Sie" / "für Ihre Partnerin oder Ihren Partner" / "für Person 3" — e.g. after the name of a missing fact. */
export function fuerPerson(person: Person): string {
  if (person.rolle === "antragsteller") return "für Sie";
  if (person.rolle === "partner") return "für Ihre Partnerin oder Ihren Partner";
  return `für Person ${person.index + 1}`;
}

/** "Sie" / "Ihre Partnerin oder Ihr Partner" / "Person 3" — as a subject or in a list. */
export function personName(person: Person): string {
  if (person.rolle === "antragsteller") return "Sie";
  if (person.rolle === "partner") return "Ihre Partnerin oder Ihr Partner";
  return `Person ${person.index + 1}`;
}

/** The person with a verb in the matching form: mitVerb(p, "wohnen", "wohnt") → "Sie wohnen" / "Person 3 wohnt". */
export function mitVerb(person: Person, formSie: string, formSonst: string): string {
  return `${personName(person)} ${person.rolle === "antragsteller" ? formSie : formSonst}`;
}

/** "Sie" / "Sie und Person 3" / "Sie, Person 2 und Person 3". */
export function aufzaehlung(personen: readonly Person[]): string {
  const namen = personen.map(personName);
  return namen.length <= 1 ? (namen[0] ?? "") : `${namen.slice(0, -1).join(", ")} und ${namen.at(-1)}`;
}
