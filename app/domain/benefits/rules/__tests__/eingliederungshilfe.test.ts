/**
 * Eingliederungshilfe: GdB steps (20 determined, 50 Schwerbehinderung) and the contribution from
 * income (§§ 135–137 SGB IX). Bezugsgröße 44,940 € (2025) and 47,460 € (2026).
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import { parseFacts, type FactsInput } from "../../facts";
import { schaetzeBeitrag, vermoegensfreibetrag } from "../eingliederungshilfe/beitrag";

const SLUG = "eingliederungshilfe";
const lohn = (brutto: number, rv = true) => [{ art: "erwerbstaetigkeit" as const, brutto_monat: brutto, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: rv }];

const CASES: BenefitCase[] = [
  { name: "GdB 10, others 0 → no disability determined", facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 10 }] }, expect: { [SLUG]: { einschaetzung: "unwahrscheinlich", gruende: [`${SLUG}.keine_behinderung`] } } },
  { name: "GdB 20 → moeglich", facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 20 }] }, expect: { [SLUG]: { einschaetzung: "moeglich", betragMonat: null, gruende: [`${SLUG}.behinderung`, `${SLUG}.wesentliche_behinderung`, `${SLUG}.kein_beitrag`] } } },
  { name: "GdB 50 → moeglich", facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 50 }] }, expect: { [SLUG]: { einschaetzung: "moeglich" } } },
  { name: "GdB not stated → unklar", facts: { personen: [{ rolle: "antragsteller", alter: 40 }] }, expect: { [SLUG]: { einschaetzung: "unklar", fehlend: ["personen.0.grad_der_behinderung"] } } },
  {
    name: "employee earning 50,000 € a year → contribution of about 190 € (2026)",
    facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 60, einkommen: lohn(50000 / 12) }] },
    expect: { [SLUG]: { einschaetzung: "moeglich", gruende: [`${SLUG}.beitrag`] } },
  },
  {
    name: "receives Grundsicherung → no contribution",
    facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 80, bezieht_grundsicherung: true }] },
    expect: { [SLUG]: { gruende: [`${SLUG}.kein_beitrag_grundsicherung`] } },
  },
  {
    name: "child with GdB 60 → parents' income counts",
    facts: { personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 0 }, { rolle: "kind", alter: 9, grad_der_behinderung: 60 }] },
    expect: { [SLUG]: { einschaetzung: "moeglich", gruende: [`${SLUG}.beitrag_eltern`] } },
  },
  {
    name: "partner with disability, applicant earns above the limit → contribution left to the office",
    facts: { personen: [{ rolle: "antragsteller", alter: 45, grad_der_behinderung: 0, einkommen: lohn(4000) }, { rolle: "partner", alter: 44, grad_der_behinderung: 70 }] },
    expect: { [SLUG]: { einschaetzung: "moeglich", gruende: [`${SLUG}.beitrag_offen`] } },
  },
  { name: "assets 71,190 € (2026) → within § 139", facts: { vermoegen: 71190, personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 50 }] }, expect: { [SLUG]: { einschaetzung: "moeglich" } } },
  {
    name: "assets 71,190.01 € (2026) → above § 139, explained",
    facts: { vermoegen: 71190.01, personen: [{ rolle: "antragsteller", alter: 40, grad_der_behinderung: 50 }] },
    expect: { [SLUG]: { einschaetzung: "moeglich", gruende: [`${SLUG}.vermoegen`] } },
  },
];

describe(SLUG, () => runCases(CASES));

function personen(facts: FactsInput) {
  const parsed = parseFacts(facts, "2026-11-22");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.household.personen;
}

describe(`${SLUG}: contribution from income`, () => {
  it("single employee, 50,000 € a year: 2 % of 9,659 € → 190 € (2026), limit 85 % of 47,460 €", () => {
    const [p] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(50000 / 12) }] });
    expect(schaetzeBeitrag(p!, undefined, 0, "2026-11-22")).toEqual({ jahreseinkommen: 5000004, grenze: 4034100, beitragMonat: 19000 });
  });
  it("2025: limit 85 % of 44,940 € = 38,199 € → 2 % of 11,801 € → 230 €", () => {
    const [p] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(50000 / 12) }] });
    expect(schaetzeBeitrag(p!, undefined, 0, "2025-06-01")?.beitragMonat).toBe(23000);
  });
  it("mainly pension: limit 60 %", () => {
    const [p] = personen({ personen: [{ rolle: "antragsteller", alter: 70, einkommen: [{ art: "rente", brutto_monat: 2000 }] }] });
    expect(schaetzeBeitrag(p!, undefined, 0, "2026-11-22")).toEqual({ jahreseinkommen: 2400000, grenze: 2847600, beitragMonat: 0 });
  });
  it("employment without pension insurance: limit 75 %", () => {
    const [p] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(3000, false) }] });
    expect(schaetzeBeitrag(p!, undefined, 0, "2026-11-22")?.grenze).toBe(3559500);
  });
  it("partner and two dependent children raise the limit by 15 % and 2 × 10 %", () => {
    const [a, b] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(4000) }, { rolle: "partner", alter: 40 }, { rolle: "kind", alter: 3 }, { rolle: "kind", alter: 6 }] });
    expect(schaetzeBeitrag(a!, b, 2, "2026-11-22")?.grenze).toBe(4034100 + 711900 + 2 * 474600);
  });
  it("partner with an income above the basic limit → no estimate (§ 136 Abs. 4)", () => {
    const [a, b] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: lohn(2000) }, { rolle: "partner", alter: 40, einkommen: lohn(4000) }] });
    expect(schaetzeBeitrag(a!, b, 0, "2026-11-22")).toBeUndefined();
  });
  it("Arbeitslosengeld is no Einkünfte and not counted", () => {
    const [p] = personen({ personen: [{ rolle: "antragsteller", alter: 40, einkommen: [{ art: "arbeitslosengeld", brutto_monat: 5000 }] }] });
    expect(schaetzeBeitrag(p!, undefined, 0, "2026-11-22")?.jahreseinkommen).toBe(0);
  });
  it("protected assets: 150 % of the Bezugsgröße", () => {
    expect(vermoegensfreibetrag("2025-06-01")).toBe(6741000);
    expect(vermoegensfreibetrag("2026-11-22")).toBe(7119000);
  });
});
