/** The guard of the counsellor pages: a staff login with a counselling membership (berater or stellenleitung) at some centre. */
import type { AppLoadContext } from "@remix-run/node";
import { counsellingCentreIds } from "../../domain/chat/inbox";
import { requireStaff, type Actor } from "../auth/guard.server";

export async function requireCounsellor(request: Request, context: AppLoadContext): Promise<Actor> {
  const actor = await requireStaff(request, context);
  if (counsellingCentreIds(actor).length === 0) {
    throw new Response("Gespräche sehen nur Beraterinnen, Berater und Stellenleitungen ihrer Beratungsstelle.", { status: 403, statusText: "Forbidden" });
  }
  return actor;
}
