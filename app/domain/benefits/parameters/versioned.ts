/**
 * Statutory figures are data: each parameter is a list of values keyed by the date from which
 * they are valid, each with its legal source. `valueAt` picks the one in force on the Stichtag.
 */
import type { LocalDate } from "../../shared/dates";

export type Versioned<T> = ReadonlyArray<{
  validFrom: LocalDate;
  value: T;
  /** Legal source, e.g. "§ 66 Abs. 1 EStG i. d. F. des Steuerfortentwicklungsgesetzes (BGBl. 2024 I Nr. 449)". */
  source: string;
}>;

export type InForce<T> = { value: T; validFrom: LocalDate; source: string };

export class NoParameterError extends Error {}

export function valueAt<T>(table: Versioned<T>, stichtag: LocalDate): InForce<T> {
  let found: InForce<T> | undefined;
  for (const entry of table) {
    if (entry.validFrom <= stichtag && (!found || entry.validFrom > found.validFrom)) found = entry;
  }
  if (!found) throw new NoParameterError(`Kein Wert gültig am ${stichtag}`);
  return found;
}
