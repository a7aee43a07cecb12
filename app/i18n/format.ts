/**
 * Formatting for German readers. Money arrives in integer cents (app/domain/shared/money.ts) and
 * is shown in euros: whole amounts without decimals ("563 €"), others with two ("1.200,50 €").
 */
import type { Cents } from "../domain/shared/money";

const WHOLE = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const EXACT = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatEuro(cents: Cents): string {
  return (cents % 100 === 0 ? WHOLE : EXACT).format(cents / 100);
}
