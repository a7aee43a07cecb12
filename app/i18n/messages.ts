/**
 * The one way to get a translated string of the page frame: `messagesFor(locale)`. Full
 * catalogues (en, tr, ar, uk, ru) must have every German key (checked by the type and by
 * __tests__/messages.test.ts); Leichte Sprache overrides only what differs and falls back to
 * German deliberately, because it is German. A page with many texts keeps them in its own files
 * (catalogues/finder/<locale>.ts), spread into the locale's catalogue, so this stays the one way
 * and the same checks cover them.
 */
import { ar } from "./catalogues/ar";
import { de, type Messages } from "./catalogues/de";
import { en } from "./catalogues/en";
import { ls } from "./catalogues/ls";
import { ru } from "./catalogues/ru";
import { tr } from "./catalogues/tr";
import { uk } from "./catalogues/uk";
import type { Locale } from "./locales";

export type { MessageKey, Messages } from "./catalogues/de";

export const CATALOGUES: Record<Locale, Partial<Messages>> = { de, ls, en, tr, ar, uk, ru };

/** Locales whose catalogue is an overlay on German rather than a full translation. */
export const OVERLAY_LOCALES: readonly Locale[] = ["ls"];

export function messagesFor(locale: Locale): Messages {
  return { ...de, ...CATALOGUES[locale] };
}
