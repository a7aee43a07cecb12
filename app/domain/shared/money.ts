/**
 * Money is integer cents everywhere in the domain. Conversions from euros happen once, at the
 * edge (facts parsing); rounding rules of a particular law live with that law's rule.
 */
export type Cents = number;

export function euroToCents(euro: number): Cents {
  return Math.round(euro * 100);
}

export function centsToEuro(cents: Cents): number {
  return cents / 100;
}

/** Whole euros, rounded half up (commercial rounding), as most benefit notices show them. */
export function roundToEuro(cents: Cents): Cents {
  return Math.round(cents / 100) * 100;
}

export function sum(values: Cents[]): Cents {
  return values.reduce((total, value) => total + value, 0);
}

export function clampAtZero(cents: Cents): Cents {
  return cents > 0 ? cents : 0;
}
