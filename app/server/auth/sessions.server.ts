/**
 * Server-side login sessions (table Sitzung). The cookie holds 32 random bytes (base64url); the
 * table stores only their SHA-256, so a copy of the database cannot be used to log in. Idle
 * timeout 30 minutes, absolute 12 hours. A new session (new token) is made at login and again when
 * the second factor is given; the old one is deleted (session fixation).
 */
import { createHash, randomBytes } from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most once a minute, not on every request. */
const TOUCH_AFTER_MS = 60 * 1000;

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/**
 * `__Host-` prefix whenever the cookie is Secure (production or https): the browser then refuses
 * it unless it is Secure, has Path=/ and no Domain. Over plain http (development, e2e) browsers
 * reject `__Host-` cookies, so the name is without the prefix there.
 */
export function sessionCookie(secure: boolean): Cookie {
  return createCookie(secure ? "__Host-sp_sitzung" : "sp_sitzung", { httpOnly: true, sameSite: "lax", secure, path: "/" });
}

export type SessionRecord = { id: string; benutzerId: string; zweiterFaktor: boolean; letzteAktivitaet: Date; absolutAblauf: Date };

/** Creates a session and returns the token for the cookie. `absolutAblauf` carries over on rotation. */
export async function createSession(
  prisma: PrismaClient,
  input: { benutzerId: string; zweiterFaktor: boolean; now: Date; absolutAblauf?: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.sitzung.create({
    data: {
      id: sha256Hex(token),
      benutzerId: input.benutzerId,
      zweiterFaktor: input.zweiterFaktor,
      createdAt: input.now,
      letzteAktivitaet: input.now,
      absolutAblauf: input.absolutAblauf ?? new Date(input.now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return token;
}

export function isExpired(session: Pick<SessionRecord, "letzteAktivitaet" | "absolutAblauf">, now: Date): boolean {
  return now.getTime() - session.letzteAktivitaet.getTime() >= SESSION_IDLE_MS || now >= session.absolutAblauf;
}

/** The live session for `token`, touched; expired sessions are deleted and give null. */
export async function findSession(prisma: PrismaClient, token: string, now: Date): Promise<SessionRecord | null> {
  const id = sha256Hex(token);
  const session = await prisma.sitzung.findUnique({ where: { id } });
  if (!session) return null;
  if (isExpired(session, now)) {
    await prisma.sitzung.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.letzteAktivitaet.getTime() >= TOUCH_AFTER_MS) {
    await prisma.sitzung.updateMany({ where: { id }, data: { letzteAktivitaet: now } });
  }
  return session;
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.sitzung.deleteMany({ where: { id: sha256Hex(token) } });
}

/** Ends every session of an account (deactivation, password change). */
export async function deleteAllSessions(prisma: PrismaClient | Prisma.TransactionClient, benutzerId: string): Promise<number> {
  return (await prisma.sitzung.deleteMany({ where: { benutzerId } })).count;
}
