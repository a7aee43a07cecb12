/**
 * Regelbedarfsstufen (Anlage zu § 28 SGB XII), shared by SGB II (§ 20 SGB II refers to them), the
 * 3. and 4. Kapitel SGB XII and every rule that compares income with the existence minimum
 * (Kinderzuschlag, Hilfe zur Pflege). Amounts per person and month in cents.
 *
 * Who gets which Stufe is decided in the rules:
 * 1 single adult / single parent, 2 each of two adult partners, 3 adults 18–24 in the parents'
 * household (SGB II) or other adults without own household (SGB XII), 4 age 14–17, 5 age 6–13,
 * 6 age 0–5.
 */
import type { Cents } from "../../shared/money";
import type { LocalDate } from "../../shared/dates";
import { valueAt, type Versioned } from "./versioned";

export type Regelbedarfsstufe = 1 | 2 | 3 | 4 | 5 | 6;

export type Regelbedarfe = Readonly<Record<Regelbedarfsstufe, Cents>>;

export const REGELBEDARFE: Versioned<Regelbedarfe> = [
  {
    // "Nullrunde": the update formula gave lower amounts, § 28a Abs. 5 SGB XII keeps those of 2024.
    validFrom: "2025-01-01",
    value: { 1: 56300, 2: 50600, 3: 45100, 4: 47100, 5: 39000, 6: 35700 },
    source: "Anlage zu § 28 SGB XII, § 1 Abs. 2 und § 2 RBSFV 2025 vom 18.10.2024 (BGBl. 2024 I Nr. 312)",
  },
  {
    // Again lower by formula, so the 2025 amounts continue (§ 28a Abs. 5 SGB XII).
    validFrom: "2026-01-01",
    value: { 1: 56300, 2: 50600, 3: 45100, 4: 47100, 5: 39000, 6: 35700 },
    source: "Anlage zu § 28 SGB XII, § 1 Abs. 2 und § 2 RBSFV 2026 vom 17.10.2025 (BGBl. 2025 I Nr. 243)",
  },
];

/** The amount of one Stufe in force on the Stichtag. */
export function regelbedarf(stufe: Regelbedarfsstufe, stichtag: LocalDate): Cents {
  return valueAt(REGELBEDARFE, stichtag).value[stufe];
}
