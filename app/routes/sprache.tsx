/**
 * GET /sprache?wahl=<locale>&zurueck=<path>: stores the language choice and goes back to the
 * same page with the same query, so switching keeps the user where they were. A plain link,
 * works without JavaScript. Unknown languages fall back to German; foreign return targets to "/".
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { parseLocale, safeReturnPath } from "../i18n/locales";
import { localeCookieHeader } from "../server/i18n/locale-cookie.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const locale = parseLocale(url.searchParams.get("wahl"));
  return redirect(safeReturnPath(url.searchParams.get("zurueck")), {
    status: 303,
    headers: { "Set-Cookie": await localeCookieHeader(locale), "Cache-Control": "no-store" },
  });
}
