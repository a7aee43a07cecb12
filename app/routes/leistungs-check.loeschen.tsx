/**
 * "Alle Angaben löschen": removes the check cookie at once and confirms it with a flash message
 * on the start page. Only POST changes anything; a GET just leads to the start page.
 */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { openCheckSession } from "../server/check-session.server";

export const loader = () => redirect("/leistungs-check");

export async function action({ request, context }: ActionFunctionArgs) {
  const { checkSessions, sessions } = context.services;
  const check = await openCheckSession(request, checkSessions, new Date());
  const appSession = await sessions.getSession(request.headers.get("Cookie"));
  appSession.flash("flash", { kind: "success", text: "Ihre Angaben wurden gelöscht. Auf diesem Gerät ist nichts mehr davon gespeichert." });
  const headers = new Headers();
  headers.append("Set-Cookie", await check.destroy());
  headers.append("Set-Cookie", await sessions.commitSession(appSession));
  return redirect("/leistungs-check", { status: 303, headers });
}
