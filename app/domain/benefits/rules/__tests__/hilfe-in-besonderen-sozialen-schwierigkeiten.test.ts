/** § 67 SGB XII: the housing situation is the only fact that shows a special difficulty. */
import { describe } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";

const person = [{ rolle: "antragsteller" as const, alter: 40 }];
const SLUG = "hilfe-in-besonderen-sozialen-schwierigkeiten";

const CASES: BenefitCase[] = [
  { name: "without a home → wahrscheinlich", facts: { wohnen: { art: "ohne_wohnung" }, personen: person }, expect: { [SLUG]: { einschaetzung: "wahrscheinlich", betragMonat: null, gruende: [`${SLUG}.ohne_wohnung`] } } },
  { name: "renting → eher nicht, situations named", facts: { wohnen: { art: "miete", wohnkosten_monat: 500 }, personen: person }, expect: { [SLUG]: { einschaetzung: "unwahrscheinlich", gruende: [`${SLUG}.wohnung_vorhanden`] } } },
  { name: "owner → eher nicht", facts: { wohnen: { art: "eigentum" }, personen: person }, expect: { [SLUG]: { einschaetzung: "unwahrscheinlich" } } },
  { name: "housing situation missing → unklar", facts: { personen: person }, expect: { [SLUG]: { einschaetzung: "unklar", fehlend: ["wohnen.art"] } } },
];

describe(SLUG, () => runCases(CASES));
