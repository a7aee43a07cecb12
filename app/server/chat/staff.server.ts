/** The guard of the counsellor pages (and, below, of staff sockets): a staff login with a counselling membership (berater or stellenleitung) at some centre. */
import type { AppLoadContext } from "@remix-run/node";
import { counsellingCentreIds } from "../../domain/chat/inbox";
import { requireStaff, type Actor } from "../auth/guard.server";
import { findSession, sessionCookie } from "../auth/sessions.server";
import type { PrismaClient } from "../generated/prisma/client";
import type { StaffIdentity } from "./socket.server";

export async function requireCounsellor(request: Request, context: AppLoadContext): Promise<Actor> {
  const actor = await requireStaff(request, context);
  if (counsellingCentreIds(actor).length === 0) {
    throw new Response("Gespräche sehen nur Beraterinnen, Berater und Stellenleitungen ihrer Beratungsstelle.", { status: 403, statusText: "Forbidden" });
  }
  return actor;
}

/**
 * The /chat socket handshake's staff check: the same session cookie and rules as the pages (a
 * live session with the second factor, an active staff account) and the centres it counsels for.
 */
export function socketStaffAuthenticator(prisma: PrismaClient, secureCookie: boolean) {
  const cookie = sessionCookie(secureCookie);
  return async (cookieHeader: string | undefined): Promise<StaffIdentity | null> => {
    const token: unknown = await cookie.parse(cookieHeader ?? null);
    if (typeof token !== "string" || token.length === 0) return null;
    const session = await findSession(prisma, token, new Date());
    if (!session?.zweiterFaktor) return null;
    const benutzer = await prisma.benutzer.findUnique({
      where: { id: session.benutzerId },
      select: { id: true, anzeigename: true, istPersonal: true, aktiv: true, mitgliedschaften: { select: { rolle: true, traegerId: true, beratungsstelleId: true, kommuneId: true } } },
    });
    if (!benutzer?.aktiv || !benutzer.istPersonal) return null;
    const actor: Actor = { benutzerId: benutzer.id, anzeigename: benutzer.anzeigename, istPersonal: true, memberships: benutzer.mitgliedschaften };
    const beratungsstelleIds = counsellingCentreIds(actor);
    return beratungsstelleIds.length > 0 ? { benutzerId: benutzer.id, beratungsstelleIds } : null;
  };
}
