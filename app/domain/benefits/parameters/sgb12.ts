/**
 * Sozialhilfe (SGB XII): Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel) and Hilfe
 * zum Lebensunterhalt (3. Kapitel). Regelbedarfe are in `regelbedarf.ts`, the Mehrbedarf shares
 * (identical in § 21 SGB II and § 30 SGB XII) in `sgb2.ts`. Amounts in cents per month.
 */
import type { Cents } from "../../shared/money";
import type { Versioned } from "./versioned";

/**
 * Regelaltersgrenze by year of birth: 65 years plus these months. The same table is in § 7a
 * SGB II and § 235 SGB VI; SGB III (Arbeitslosengeld) ends at the same age.
 */
export type Altersgrenze = {
  grundalterJahre: number;
  /** Sorted by year; a birth year up to `bisGeburtsjahr` adds `zusatzMonate`; later years add the last row. */
  zusatzMonate: ReadonlyArray<{ bisGeburtsjahr: number; zusatzMonate: number }>;
};

export const REGELALTERSGRENZE: Versioned<Altersgrenze> = [
  {
    validFrom: "2008-01-01",
    value: {
      grundalterJahre: 65,
      zusatzMonate: [
        { bisGeburtsjahr: 1946, zusatzMonate: 0 },
        ...[1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958].map((jahr, i) => ({ bisGeburtsjahr: jahr, zusatzMonate: i + 1 })),
        { bisGeburtsjahr: 1959, zusatzMonate: 14 },
        { bisGeburtsjahr: 1960, zusatzMonate: 16 },
        { bisGeburtsjahr: 1961, zusatzMonate: 18 },
        { bisGeburtsjahr: 1962, zusatzMonate: 20 },
        { bisGeburtsjahr: 1963, zusatzMonate: 22 },
        { bisGeburtsjahr: 1964, zusatzMonate: 24 },
      ],
    },
    source: "§ 41 Abs. 2 SGB XII i. d. F. des RV-Altersgrenzenanpassungsgesetzes (BGBl. 2007 I S. 554)",
  },
];

/** Kleinere Barbeträge that stay protected (§ 90 Abs. 2 Nr. 9 SGB XII). */
export const SGB12_SCHONVERMOEGEN: Versioned<{ jeErwachsenen: Cents; jeUnterhaltenePerson: Cents }> = [
  {
    validFrom: "2023-01-01",
    value: { jeErwachsenen: 1000000, jeUnterhaltenePerson: 50000 },
    source: "§ 1 der Verordnung zur Durchführung des § 90 Abs. 2 Nr. 9 SGB XII i. d. F. des Bürgergeld-Gesetzes (BGBl. 2022 I S. 2328)",
  },
];

export type Sgb12Freibetraege = {
  /** Share of earnings left free (§ 82 Abs. 3 S. 1 SGB XII). */
  erwerbstaetigkeitSatz: number;
  /** Grundrente: the first part free in full, above it this share (§ 82a Abs. 1 SGB XII). */
  grundrenteSockel: Cents;
  grundrenteSatz: number;
  /** Years of Grundrentenzeiten needed for the Grundrente allowance (§ 82a Abs. 1 SGB XII). */
  grundrenteMindestJahre: number;
  /** Both allowances are capped at this share of Regelbedarfsstufe 1. */
  hoechstensAnteilRegelbedarf1: number;
};

export const SGB12_FREIBETRAEGE: Versioned<Sgb12Freibetraege> = [
  {
    validFrom: "2021-01-01",
    value: { erwerbstaetigkeitSatz: 0.3, grundrenteSockel: 10000, grundrenteSatz: 0.3, grundrenteMindestJahre: 33, hoechstensAnteilRegelbedarf1: 0.5 },
    source: "§ 82 Abs. 3 und § 82a SGB XII i. d. F. des Grundrentengesetzes (BGBl. 2020 I S. 1879)",
  },
];
