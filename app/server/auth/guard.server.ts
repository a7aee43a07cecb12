/**
 * The guard every protected loader and action calls first (issue 5):
 *
 *   const actor = await requireStaff(request, context);            // staff, second factor done
 *   assertCan(actor, "beratungsstelle.bearbeiten", { traegerId, beratungsstelleId });
 *
 * - `optionalUser`: the fully logged-in account or null (a staff login still waiting for its
 *   second factor counts as not logged in).
 * - `requireUser`: else redirect to /anmelden?weiter=<this page>; staff without the second
 *   factor go to /anmelden/zweiter-faktor.
 * - `requireStaff`: as requireUser, and a help seeker's account gets 403.
 *
 * The session lives in the database (sessions.server.ts); the cookie only holds its token.
 */
import { redirect, type AppLoadContext } from "@remix-run/node";
import { isStaff, type Actor, type ActorMembership } from "../../domain/accounts/permissions";
import { isSameSitePath } from "../../i18n/locales";
import { findSession, sessionCookie, type SessionRecord } from "./sessions.server";

export type { Actor, ActorMembership };

export const LOGIN_PATH = "/anmelden";
export const SECOND_FACTOR_PATH = "/anmelden/zweiter-faktor";

export function authCookie(context: AppLoadContext) {
  const { config } = context.services;
  return sessionCookie(config.productionMode || config.PUBLIC_URL.startsWith("https:"));
}

/** The session token from the request's cookie, if any. */
export async function sessionToken(request: Request, context: AppLoadContext): Promise<string | null> {
  const value: unknown = await authCookie(context).parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export type Login = { token: string; session: SessionRecord; actor: Actor; totpAktiviert: boolean };

/** The session of this request with its account, whether or not the second factor is done. */
export async function currentLogin(request: Request, context: AppLoadContext, now = new Date()): Promise<Login | null> {
  const token = await sessionToken(request, context);
  if (!token) return null;
  const { prisma } = context.services.db;
  const session = await findSession(prisma, token, now);
  if (!session) return null;
  const benutzer = await prisma.benutzer.findUnique({
    where: { id: session.benutzerId },
    select: {
      id: true,
      anzeigename: true,
      istPersonal: true,
      aktiv: true,
      totpAktiviert: true,
      mitgliedschaften: { select: { rolle: true, traegerId: true, beratungsstelleId: true, kommuneId: true } },
    },
  });
  if (!benutzer || !benutzer.aktiv) return null;
  const actor: Actor = {
    benutzerId: benutzer.id,
    anzeigename: benutzer.anzeigename,
    istPersonal: benutzer.istPersonal,
    memberships: benutzer.mitgliedschaften,
  };
  return { token, session, actor, totpAktiviert: benutzer.totpAktiviert };
}

/** Staff need the second factor in this session before they count as logged in. */
export function needsSecondFactor(login: Login): boolean {
  return login.actor.istPersonal && !login.session.zweiterFaktor;
}

/** Only same-site paths (isSameSitePath: no "//host", "/\host" or "/<tab>/host"), else `fallback` (no open redirect). */
export function safeNext(value: string | null | undefined, fallback: string): string {
  return isSameSitePath(value) ? value : fallback;
}

function hereOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

function toLogin(request: Request, path: string): never {
  throw redirect(`${path}?${new URLSearchParams({ weiter: hereOf(request) }).toString()}`);
}

export async function optionalUser(request: Request, context: AppLoadContext): Promise<Actor | null> {
  const login = await currentLogin(request, context);
  return login && !needsSecondFactor(login) ? login.actor : null;
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<Actor> {
  const login = await currentLogin(request, context);
  if (!login) toLogin(request, LOGIN_PATH);
  if (needsSecondFactor(login)) toLogin(request, SECOND_FACTOR_PATH);
  return login.actor;
}

export async function requireStaff(request: Request, context: AppLoadContext): Promise<Actor> {
  const actor = await requireUser(request, context);
  if (!isStaff(actor)) throw new Response("Dieser Bereich ist nur für Mitarbeitende von Beratungsstellen, Trägern und Kommunen.", { status: 403, statusText: "Forbidden" });
  return actor;
}
