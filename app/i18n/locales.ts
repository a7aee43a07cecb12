/**
 * The languages of the interface. German is the source; "ls" is Leichte Sprache, an overlay on
 * German that replaces only the texts that differ (its `lang` is "de"). Arabic is right-to-left.
 * The choice is explicit only: a link sets the cookie `sprache` (never the browser's
 * Accept-Language, so a shared computer does not surprise the next person).
 */
export const LOCALES = ["de", "ls", "en", "tr", "ar", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

type LocaleInfo = {
  /** BCP 47 tag for `lang` and Intl. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The language's own name, shown in the switcher. */
  endonym: string;
};

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  de: { lang: "de", dir: "ltr", endonym: "Deutsch" },
  ls: { lang: "de", dir: "ltr", endonym: "Leichte Sprache" },
  en: { lang: "en", dir: "ltr", endonym: "English" },
  tr: { lang: "tr", dir: "ltr", endonym: "Türkçe" },
  ar: { lang: "ar", dir: "rtl", endonym: "العربية" },
  uk: { lang: "uk", dir: "ltr", endonym: "Українська" },
  ru: { lang: "ru", dir: "ltr", endonym: "Русский" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function parseLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Whether page content (written in German) needs `lang="de"` inside a page of this locale. */
export function contentIsForeign(locale: Locale): boolean {
  return LOCALE_INFO[locale].lang !== "de";
}

/**
 * Where to go back to after switching the language: only a path on this site (no scheme, no
 * host, no "//"), so the switch cannot be abused as an open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string {
  return isSameSitePath(value) ? value : "/";
}

/**
 * A path on this site: "/x", never "//host" or "/\host", and no control characters (browsers
 * drop tabs and line breaks from a URL, so "/\t/host" would become "//host"). The one rule for
 * every return address taken from a request (language switch, login's "weiter").
 */
export function isSameSitePath(value: string | null | undefined): value is string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return false;
  return ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

/** The switcher's link for one language, keeping the current page and its query (the state). */
export function switchHref(target: Locale, currentPath: string): string {
  return `/sprache?wahl=${target}&zurueck=${encodeURIComponent(safeReturnPath(currentPath))}`;
}
