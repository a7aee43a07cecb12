/**
 * Arbeitslosengeld (SGB III). The check has no facts about past insured employment or earnings,
 * so these figures explain the verdict rather than compute an amount.
 */
import type { Versioned } from "./versioned";

export type Anwartschaft = {
  /** Months in insured employment needed within the Rahmenfrist (§ 142 Abs. 1 SGB III). */
  versicherungsMonate: number;
  /** Length of the Rahmenfrist in months (§ 143 Abs. 1 SGB III). */
  rahmenfristMonate: number;
  /** Below this many hours a week a job still counts as unemployment (§ 138 Abs. 3 SGB III). */
  kurzzeitigkeitsgrenzeStunden: number;
};

export const ALG_ANWARTSCHAFT: Versioned<Anwartschaft> = [
  {
    validFrom: "2020-01-01",
    value: { versicherungsMonate: 12, rahmenfristMonate: 30, kurzzeitigkeitsgrenzeStunden: 15 },
    source: "§§ 138, 142, 143 SGB III i. d. F. des Qualifizierungschancengesetzes (BGBl. 2018 I S. 2651)",
  },
];

/** Share of the flat-rate net pay (Leistungsentgelt), § 149 SGB III. */
export const ALG_LEISTUNGSSATZ: Versioned<{ allgemein: number; mitKind: number }> = [
  { validFrom: "2005-01-01", value: { allgemein: 0.6, mitKind: 0.67 }, source: "§ 149 SGB III (BGBl. 2003 I S. 2848)" },
];
