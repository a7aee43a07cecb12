/**
 * Anlage 3 Nr. 2 WoGG: the formula's decimals are computed "als Festkommazahlen mit zehn
 * Nachkommastellen". A `Fixed` is euros × 10^10 as a bigint; products and quotients are cut after
 * the tenth decimal (the published worked example of the Länder for § 19 Abs. 3 does the same),
 * so results never depend on binary floating point.
 */
import type { Cents } from "../../../shared/money";

export type Fixed = bigint;

const SCALE = 10_000_000_000n;
const PER_CENT = 100_000_000n;

export function fromCents(cents: Cents): Fixed {
  return BigInt(cents) * PER_CENT;
}

/** A coefficient of Anlage 2 such as 0.0004797; it has at most seven decimals, so rounding to ten is exact. */
export function fromDecimal(value: number): Fixed {
  return BigInt(Math.round(value * 1e10));
}

export function times(x: Fixed, y: Fixed): Fixed {
  return (x * y) / SCALE;
}

/** x × numerator / denominator: a percentage, a twelfth, the share of members counted. */
export function share(x: Fixed, numerator: number, denominator: number): Fixed {
  return (x * BigInt(numerator)) / BigInt(denominator);
}

export function lesser(x: Fixed, y: Fixed): Fixed {
  return x < y ? x : y;
}

export function greater(x: Fixed, y: Fixed): Fixed {
  return x > y ? x : y;
}

/** Anlage 3 Nr. 3: below 0.50 € down, from 0.50 € up to whole euros; in cents, never negative. */
export function toWholeEuros(x: Fixed): Cents {
  if (x <= 0n) return 0;
  return Number((x + SCALE / 2n) / SCALE) * 100;
}

/** Rounded to cents, for showing M and Y in explanations (never for further computing). */
export function toCents(x: Fixed): Cents {
  return Number((x + PER_CENT / 2n) / PER_CENT);
}

/** Whole euros rounded down, in cents: for caps that must not be exceeded. */
export function toWholeEurosDown(x: Fixed): Cents {
  if (x <= 0n) return 0;
  return Number(x / SCALE) * 100;
}
