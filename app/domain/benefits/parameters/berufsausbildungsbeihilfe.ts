/**
 * Berufsausbildungsbeihilfe (§§ 56 ff. SGB III). The living-cost need itself is the BAföG rate
 * for Fachschulen plus the Wohnpauschale (§ 61 Abs. 1 SGB III refers to § 13 Abs. 1 Nr. 1 and
 * Abs. 2 Nr. 2 BAföG), so the amounts live in `bafoeg.ts`.
 */
import type { Versioned } from "./versioned";

/** From this age the training place need not be out of reach from the parents' home (§ 60 Abs. 2 Nr. 1). */
export const BAB_VOLLJAEHRIGKEIT: Versioned<number> = [
  { validFrom: "2012-04-01", value: 18, source: "§ 60 Abs. 2 Nr. 1 SGB III i. d. F. des Gesetzes vom 20.12.2011 (BGBl. 2011 I S. 2854)" },
];
