/**
 * Hilfen zur Gesundheit: the facts show health insurance only through contributions paid from an
 * income or through Arbeitslosengeld; everything else stays open.
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import { parseFacts } from "../../facts";
import { rule } from "../hilfen-zur-gesundheit";

const SLUG = "hilfen-zur-gesundheit";
const lohn = (kv: boolean) => [{ art: "erwerbstaetigkeit" as const, brutto_monat: 2500, netto_monat: 1800, steuern: true, kranken_pflegeversicherung: kv, rentenversicherung: true }];

const CASES: BenefitCase[] = [
  { name: "employee paying contributions → eher nicht", facts: { personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(true) }] }, expect: { [SLUG]: { einschaetzung: "unwahrscheinlich", gruende: [`${SLUG}.versichert`] } } },
  { name: "Arbeitslosengeld → insured by the Agentur für Arbeit", facts: { personen: [{ rolle: "antragsteller", alter: 40, einkommen: [{ art: "arbeitslosengeld", brutto_monat: 1200 }] }] }, expect: { [SLUG]: { einschaetzung: "unwahrscheinlich" } } },
  {
    name: "couple, only one pays contributions; children do not count → unklar",
    facts: { personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(true) }, { rolle: "partner", alter: 38 }, { rolle: "kind", alter: 5 }] },
    expect: { [SLUG]: { einschaetzung: "unklar", gruende: [`${SLUG}.versicherung_offen`] } },
  },
  {
    name: "child of 20 in studies (Kindergeld) → co-insured, not asked",
    facts: { personen: [{ rolle: "antragsteller", alter: 50, einkommen: lohn(true) }, { rolle: "kind", alter: 20, taetigkeit: "studium" }] },
    expect: { [SLUG]: { einschaetzung: "unwahrscheinlich" } },
  },
  {
    name: "child of 26 without income → own cover needed, unklar",
    facts: { personen: [{ rolle: "antragsteller", alter: 50, einkommen: lohn(true) }, { rolle: "kind", alter: 26, taetigkeit: "sonstige" }] },
    expect: { [SLUG]: { einschaetzung: "unklar" } },
  },
  { name: "earnings without health contributions → unklar", facts: { personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(false) }] }, expect: { [SLUG]: { einschaetzung: "unklar" } } },
  { name: "without a home and without income → unklar with a pointer to counselling", facts: { wohnen: { art: "ohne_wohnung" }, personen: [{ rolle: "antragsteller", alter: 40 }] }, expect: { [SLUG]: { einschaetzung: "unklar", gruende: [`${SLUG}.ohne_wohnung`] } } },
];

describe(SLUG, () => runCases(CASES));

describe(`${SLUG}: wording`, () => {
  it("names only the adults whose insurance is open", () => {
    const parsed = parseFacts({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(true) }, { rolle: "partner", alter: 38 }, { rolle: "kind", alter: 5 }] }, "2026-11-22");
    if (!parsed.ok) throw new Error("invalid facts");
    const text = rule.evaluate({ household: parsed.household, earlier: {} }).gruende[0]!.text;
    expect(text).toContain("Ob Ihre Partnerin oder Ihr Partner versichert ist");
  });
});
