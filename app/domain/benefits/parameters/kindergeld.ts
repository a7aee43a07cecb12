/**
 * Kindergeld (§§ 62–78 EStG; § 6 BKGG for the few cases outside income tax law). One amount per
 * child since 2023, cents per month.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

export const KINDERGELD_PRO_KIND: Versioned<Cents> = [
  { validFrom: "2025-01-01", value: 25500, source: "§ 66 Abs. 1 EStG i. d. F. von Art. 5 Steuerfortentwicklungsgesetz (BGBl. 2024 I Nr. 449)" },
  { validFrom: "2026-01-01", value: 25900, source: "§ 66 Abs. 1 EStG i. d. F. von Art. 6 Steuerfortentwicklungsgesetz (BGBl. 2024 I Nr. 449)" },
];

export type KindergeldAltersgrenzen = {
  /** Below this age there is no further condition. */
  ohneBedingung: number;
  /** Below this age a child without a job counts if registered as job-seeking (§ 32 Abs. 4 Nr. 1 EStG). */
  arbeitsuchend: number;
  /** Below this age a child in school, training, studies or voluntary service counts (§ 32 Abs. 4 Nr. 2 EStG). */
  ausbildung: number;
};

export const KINDERGELD_ALTERSGRENZEN: Versioned<KindergeldAltersgrenzen> = [
  {
    validFrom: "2007-01-01",
    value: { ohneBedingung: 18, arbeitsuchend: 21, ausbildung: 25 },
    source: "§ 32 Abs. 3 und 4 EStG i. d. F. des Steueränderungsgesetzes 2007 (BGBl. 2006 I S. 1652)",
  },
];
