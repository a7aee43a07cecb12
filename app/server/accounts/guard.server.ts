/**
 * The guard of the help seeker's account pages (/konto…): a logged-in help seeker, else the
 * login (with the way back). Staff have no help seeker account; they are sent to /verwaltung.
 */
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { Actor } from "../../domain/accounts/permissions";
import { currentLogin, LOGIN_PATH, needsSecondFactor } from "../auth/guard.server";

export async function requireHelpSeeker(request: Request, context: AppLoadContext): Promise<Actor> {
  const login = await currentLogin(request, context);
  if (!login || needsSecondFactor(login)) {
    const url = new URL(request.url);
    throw redirect(`${LOGIN_PATH}?${new URLSearchParams({ weiter: `${url.pathname}${url.search}` })}`);
  }
  if (login.actor.istPersonal) throw redirect("/verwaltung");
  return login.actor;
}

/** The logged-in help seeker or null (staff and visitors without login). */
export async function optionalHelpSeeker(request: Request, context: AppLoadContext): Promise<Actor | null> {
  const login = await currentLogin(request, context);
  return login && !login.actor.istPersonal ? login.actor : null;
}
