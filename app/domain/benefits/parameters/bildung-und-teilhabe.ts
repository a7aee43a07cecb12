/**
 * Bildung und Teilhabe (§§ 28, 29 SGB II; §§ 34, 34a SGB XII; § 6b BKGG). Most parts cover the
 * actual costs (trips, lunch, tutoring, school transport); these are the fixed amounts and the
 * age limits. Amounts in cents.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

/** Persönlicher Schulbedarf per pupil: paid for the school half-year starting 1 August and 1 February. */
export type Schulbedarf = { erstesHalbjahr: Cents; zweitesHalbjahr: Cents };

export const BUT_SCHULBEDARF: Versioned<Schulbedarf> = [
  {
    validFrom: "2025-01-01",
    value: { erstesHalbjahr: 13000, zweitesHalbjahr: 6500 },
    source: "§ 28 Abs. 3 SGB II, § 34 Abs. 3, 3a SGB XII mit Anlage; § 3 RBSFV 2025 vom 18.10.2024 (BGBl. 2024 I Nr. 312)",
  },
  {
    validFrom: "2026-01-01",
    value: { erstesHalbjahr: 13000, zweitesHalbjahr: 6500 },
    source: "§ 28 Abs. 3 SGB II, § 34 Abs. 3, 3a SGB XII mit Anlage; § 3 RBSFV 2026 vom 17.10.2025 (BGBl. 2025 I Nr. 243)",
  },
];

/** Monthly budget for clubs, music lessons and holiday camps (Teilhabe am sozialen und kulturellen Leben). */
export const BUT_TEILHABE_MONAT: Versioned<Cents> = [
  { validFrom: "2019-08-01", value: 1500, source: "§ 28 Abs. 7 SGB II, § 34 Abs. 7 SGB XII i. d. F. des Starke-Familien-Gesetzes (BGBl. 2019 I S. 530)" },
];

export type ButAltersgrenzen = {
  /** School-related parts: pupils below this age (§ 28 Abs. 1 S. 2 SGB II). */
  schuelerUnter: number;
  /** Social and cultural participation: below this age (§ 28 Abs. 7 SGB II). */
  teilhabeUnter: number;
};

export const BUT_ALTERSGRENZEN: Versioned<ButAltersgrenzen> = [
  { validFrom: "2011-01-01", value: { schuelerUnter: 25, teilhabeUnter: 18 }, source: "§ 28 Abs. 1 S. 2 und Abs. 7 SGB II, § 34 Abs. 1 S. 2 und Abs. 7 SGB XII, eingeführt durch das RBEG 2011 (BGBl. 2011 I S. 453)" },
];
