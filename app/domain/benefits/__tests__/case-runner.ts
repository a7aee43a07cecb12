/**
 * One generic runner for the verdict tables: each case is facts (as the API takes them) plus
 * what is expected for some benefits. Used by every rules/__tests__/<slug>.test.ts.
 */
import { expect, it } from "vitest";
import { evaluateAll } from "../engine";
import { parseFacts, type FactsInput } from "../facts";
import type { BenefitSlug } from "../slugs";
import type { Einschaetzung } from "../types";

export type Expectation = {
  einschaetzung?: Einschaetzung | Einschaetzung[];
  /** Euros per month; null = no amount. */
  betragMonat?: number | null;
  /** Reason codes that must be among the reasons. */
  gruende?: string[];
  /** Fact paths that must be among the missing facts. */
  fehlend?: string[];
};

export type BenefitCase = {
  name: string;
  facts: FactsInput;
  expect: Partial<Record<BenefitSlug, Expectation>>;
};

export function runCases(cases: BenefitCase[], today = "2026-11-22") {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const parsed = parseFacts(testCase.facts, today);
    if (!parsed.ok) throw new Error(`invalid facts: ${JSON.stringify(parsed.issues)}`);
    const results = evaluateAll(parsed.household);
    for (const [slug, expected] of Object.entries(testCase.expect) as Array<[BenefitSlug, Expectation]>) {
      const result = results.find((r) => r.leistung === slug)!;
      const where = `${testCase.name} → ${slug}`;
      if (expected.einschaetzung !== undefined) {
        const allowed = ([] as Einschaetzung[]).concat(expected.einschaetzung);
        expect(allowed, `${where}: einschaetzung ${result.einschaetzung}, gruende ${JSON.stringify(result.gruende.map((g) => g.code))}`).toContain(result.einschaetzung);
      }
      if (expected.betragMonat !== undefined) {
        expect(result.betragMonat === null ? null : result.betragMonat / 100, `${where}: betragMonat`).toBe(expected.betragMonat);
      }
      for (const code of expected.gruende ?? []) expect(result.gruende.map((g) => g.code), `${where}: gruende`).toContain(code);
      for (const fakt of expected.fehlend ?? []) expect(result.fehlendeAngaben.map((f) => f.fakt), `${where}: fehlend`).toContain(fakt);
    }
  });
}
