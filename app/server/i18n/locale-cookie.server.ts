/**
 * The explicit language choice, kept in the cookie `sprache` for a year. Not a secret and not
 * personal data: a plain, unsigned cookie whose value is checked against the list of locales.
 */
import { createCookie } from "@remix-run/node";
import { parseLocale, type Locale } from "../../i18n/locales";

const cookie = createCookie("sprache", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

export async function localeFromRequest(request: Request): Promise<Locale> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  return parseLocale(typeof value === "string" ? value : null);
}

export function localeCookieHeader(locale: Locale): Promise<string> {
  return cookie.serialize(locale);
}
