/**
 * BAföG: Bedarfssätze (§§ 13, 13a BAföG), the age limit (§ 10 Abs. 3) and the asset allowances
 * (§§ 29, 30, 50 Abs. 3). Amounts in cents per month. The Berufsausbildungsbeihilfe takes its
 * living-cost need from § 13 BAföG too (§ 61 Abs. 1 SGB III), so both rules read this table.
 *
 * The 29. BAföGÄndG set the current amounts from August 2024; they are unchanged in 2025 and
 * 2026. The 30. BAföGÄndG (Wohnpauschale 440 € from April 2027) was only a draft when this was
 * written and is therefore not entered.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

export type BafoegBedarf = {
  /** § 13 Abs. 1 Nr. 2: Höhere Fachschulen, Akademien und Hochschulen. */
  grundbedarfHochschule: Cents;
  /** § 13 Abs. 1 Nr. 1: Fachschulklassen nach abgeschlossener Berufsausbildung, Abendgymnasien, Kollegs. */
  grundbedarfFachschule: Cents;
  /** § 13 Abs. 2 Nr. 1: Unterkunft bei den Eltern. */
  wohnenBeiEltern: Cents;
  /** § 13 Abs. 2 Nr. 2: Unterkunft nicht bei den Eltern. */
  wohnenAuswaerts: Cents;
  /** § 13a Abs. 1: members of the students' health insurance (§ 5 Abs. 1 Nr. 9 SGB V, as a rule until 30). */
  krankenversicherung: Cents;
  pflegeversicherung: Cents;
  /** § 13a Abs. 2: voluntary members, e.g. students from 30. */
  krankenversicherungFreiwillig: Cents;
  pflegeversicherungFreiwillig: Cents;
  /** Age from which the students' health insurance as a rule ends (§ 5 Abs. 1 Nr. 9 SGB V), so § 13a Abs. 2 applies. */
  alterFreiwilligeVersicherung: number;
};

export const BAFOEG_BEDARF: Versioned<BafoegBedarf> = [
  {
    validFrom: "2024-08-01",
    value: {
      grundbedarfHochschule: 47500,
      grundbedarfFachschule: 44200,
      wohnenBeiEltern: 5900,
      wohnenAuswaerts: 38000,
      krankenversicherung: 10200,
      pflegeversicherung: 3500,
      krankenversicherungFreiwillig: 18500,
      pflegeversicherungFreiwillig: 4800,
      alterFreiwilligeVersicherung: 30,
    },
    source: "§§ 13, 13a BAföG i. d. F. des 29. BAföGÄndG vom 19.07.2024 (BGBl. 2024 I Nr. 249); § 5 Abs. 1 Nr. 9 SGB V",
  },
];

/** No BAföG if the Ausbildungsabschnitt began at or after this age, unless an exception applies. */
export const BAFOEG_ALTERSGRENZE: Versioned<number> = [
  { validFrom: "2022-08-01", value: 45, source: "§ 10 Abs. 3 BAföG i. d. F. des 27. BAföGÄndG vom 15.07.2022 (BGBl. 2022 I S. 1150)" },
];

export type BafoegVermoegen = {
  freibetragUnter30: Cents;
  freibetragAb30: Cents;
  /** Age from which the higher allowance applies (completed years at application). */
  alterHoehererFreibetrag: number;
  /** Months of the Bewilligungszeitraum the countable assets are spread over. */
  bewilligungsmonate: number;
};

export const BAFOEG_VERMOEGEN: Versioned<BafoegVermoegen> = [
  {
    validFrom: "2022-08-01",
    value: { freibetragUnter30: 1500000, freibetragAb30: 4500000, alterHoehererFreibetrag: 30, bewilligungsmonate: 12 },
    source: "§ 29 Abs. 1 BAföG i. d. F. des 27. BAföGÄndG (BGBl. 2022 I S. 1150); § 30 und § 50 Abs. 3 BAföG",
  },
];
