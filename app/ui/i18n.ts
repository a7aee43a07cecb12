/** The locale of the current request (from the root loader) and its texts, for components. */
import { useMatches, useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { messagesFor, type Messages } from "../i18n/messages";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useMessages(): Messages {
  return messagesFor(useLocale());
}

/**
 * A route whose content is translated says so with `export const handle = TRANSLATED`; the
 * root then neither marks its main content lang="de" nor shows the German-only notice. Routes
 * without it keep German content inside a translated frame.
 */
export const TRANSLATED = { uebersetzt: true } as const;

type Match = { id: string; handle?: unknown; data?: unknown };

export function isTranslatedPage(matches: readonly Match[]): boolean {
  const leaf = matches[matches.length - 1];
  return Boolean(leaf && typeof leaf.handle === "object" && leaf.handle !== null && (leaf.handle as { uebersetzt?: unknown }).uebersetzt === true);
}

export function useTranslatedPage(): boolean {
  return isTranslatedPage(useMatches());
}

/** The locale in a route's `meta` (which cannot use hooks): from the root match's data. */
export function localeOfMatches(matches: readonly Match[]): Locale {
  const locale = (matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined)?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The locale for a page's content: the interface language on a translated page, German on a
 * page whose content is still German (so shared components such as the pagination or an
 * alert's hidden "Warnung:" match the German text around them).
 */
export function useContentLocale(): Locale {
  const locale = useLocale();
  return useTranslatedPage() ? locale : DEFAULT_LOCALE;
}

export function useContentMessages(): Messages {
  return messagesFor(useContentLocale());
}
