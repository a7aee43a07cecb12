/** The locale of the current request (from the root loader) and its frame texts, for components. */
import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { messagesFor, type Messages } from "../i18n/messages";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useMessages(): Messages {
  return messagesFor(useLocale());
}
