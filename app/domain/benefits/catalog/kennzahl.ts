/**
 * Builds catalog key figures from the parameter tables, so every figure a page shows carries the
 * validity date and legal source of the table entries it came from.
 */
import type { LocalDate } from "../../shared/dates";
import type { Cents } from "../../shared/money";
import { valueAt, type InForce, type Versioned } from "../parameters/versioned";
import type { Kennzahl } from "./types";

/** An amount in cents taken from the entry in force on the Stichtag. */
export function betragKennzahl<T>(label: string, table: Versioned<T>, stichtag: LocalDate, pick: (value: T) => Cents): Kennzahl {
  const { value, validFrom, source } = valueAt(table, stichtag);
  return { label, betrag: pick(value), gueltigAb: validFrom, quelle: source };
}

/** A figure that is not a single amount (a rate, a range), written from the entry in force. */
export function textKennzahl<T>(label: string, table: Versioned<T>, stichtag: LocalDate, describe: (value: T) => string): Kennzahl {
  const { value, validFrom, source } = valueAt(table, stichtag);
  return { label, text: describe(value), gueltigAb: validFrom, quelle: source };
}

/** An amount computed from several entries in force: valid from the latest of them, citing all of them. */
export function abgeleiteteKennzahl(label: string, teile: ReadonlyArray<InForce<unknown>>, betrag: Cents): Kennzahl {
  const gueltigAb = teile.map((teil) => teil.validFrom).reduce((latest, date) => (date > latest ? date : latest));
  const quelle = [...new Set(teile.map((teil) => teil.source))].join("; ");
  return { label, betrag, gueltigAb, quelle };
}

/** "60 %", "67 %", "2 %" from a rate such as 0.6. */
// Formatters are built once: toLocaleString with options builds one per call (~50 µs), which
// dominated the whole engine's run time.
const NUMBER = new Intl.NumberFormat("de-DE");
const WHOLE_EURO = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });
const EURO_CENTS = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function prozent(rate: number): string {
  return `${NUMBER.format(Math.round(rate * 1000) / 10)} %`;
}

/** "1.234 €" for whole euros, "95,71 €" otherwise, as notices write them; the space does not break. */
/** Intl formatting is slow and the same amounts (parameters, limits) recur: kept, bounded. */
const EURO_MEMO_LIMIT = 4096;
const euroMemo = new Map<Cents, string>();

export function euro(cents: Cents): string {
  let text = euroMemo.get(cents);
  if (text === undefined) {
    const formatter = cents % 100 === 0 ? WHOLE_EURO : EURO_CENTS;
    text = `${formatter.format(cents / 100)}\u00a0€`;
    if (euroMemo.size >= EURO_MEMO_LIMIT) euroMemo.clear();
    euroMemo.set(cents, text);
  }
  return text;
}
