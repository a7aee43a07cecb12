/**
 * Formatting per interface language. Money arrives in integer cents (app/domain/shared/money.ts)
 * and is shown in euros: whole amounts without decimals ("563 €"), others with two
 * ("1.200,50 €"). Without a locale, German (as every existing caller expects). Dates are shown
 * in German time (Europe/Berlin): the appointments and offices are in Germany.
 */
import type { Cents } from "../domain/shared/money";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * The Intl tag per locale: British English (day before month), Arabic with Western digits (as
 * on German forms and letters the reader will compare with), Leichte Sprache formats as German.
 */
export const INTL_TAG: Record<Locale, string> = {
  de: "de-DE",
  ls: "de-DE",
  en: "en-GB",
  tr: "tr-TR",
  ar: "ar-u-nu-latn",
  uk: "uk-UA",
  ru: "ru-RU",
};

const TIME_ZONE = "Europe/Berlin";

function cached<T>(make: (tag: string) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (!value) cache.set(locale, (value = make(INTL_TAG[locale])));
    return value;
  };
}

const whole = cached((tag) => new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 }));
const exact = cached((tag) => new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const count = cached((tag) => new Intl.NumberFormat(tag));
const longDate = cached((tag) => new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }));
const weekday = cached((tag) => new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" }));

export function formatEuro(cents: Cents, locale: Locale = DEFAULT_LOCALE): string {
  return (cents % 100 === 0 ? whole(locale) : exact(locale)).format(cents / 100);
}

export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return count(locale).format(value);
}

/** "Dienstag, 8. Dezember 2026" / "Tuesday, 8 December 2026", the day in German time. */
export function formatLongDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return longDate(locale).format(date);
}

/** The weekday's name, 1 = Monday … 7 = Sunday (ISO 8601, as the opening hours count). */
export function weekdayName(isoDay: number, locale: Locale = DEFAULT_LOCALE): string {
  if (!Number.isInteger(isoDay) || isoDay < 1 || isoDay > 7) throw new RangeError(`Kein Wochentag: ${isoDay}`);
  // 5 January 2026 was a Monday.
  return weekday(locale).format(new Date(Date.UTC(2026, 0, 4 + isoDay)));
}

const oneDecimal = cached((tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const clock = cached((tag) => new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }));

/** A distance in km with one decimal: "1,9" (German), "1.9" (English); the unit is the catalogue's. */
export function formatDistance(km: number, locale: Locale = DEFAULT_LOCALE): string {
  return oneDecimal(locale).format(km);
}

/** The time of day in German time, 24-hour clock in every language: "09:00". */
export function formatClock(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return clock(locale).format(date);
}
