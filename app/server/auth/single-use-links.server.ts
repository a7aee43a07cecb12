/**
 * Single-use links (table Einmallink, issue 5): password reset (valid 1 hour) and staff
 * invitation (valid 7 days). The mail carries 32 random bytes (base64url) in the URL
 * /passwort-neu/<token>; the table stores only their SHA-256. A link is used up by one
 * UPDATE … WHERE verwendet_am IS NULL AND ablauf > now, so it works exactly once.
 */
import { randomBytes } from "node:crypto";
import type { EinmallinkZweck, Prisma, PrismaClient } from "../generated/prisma/client";
import { sha256Hex } from "./sessions.server";

export const LINK_VALIDITY_MS: Record<EinmallinkZweck, number> = {
  passwort_zuruecksetzen: 60 * 60 * 1000,
  einladung: 7 * 24 * 60 * 60 * 1000,
};

export const SET_PASSWORD_PATH = "/passwort-neu";

type Writer = PrismaClient | Prisma.TransactionClient;

/** A token has exactly 43 base64url characters; anything else is not looked up at all. */
export function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Makes a link for `zweck` and returns its token. Earlier unused links of the same purpose for
 * the account stop working (marked used: only the newest mail counts).
 */
export async function createSingleUseLink(db: Writer, input: { benutzerId: string; zweck: EinmallinkZweck; now: Date }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.einmallink.updateMany({ where: { benutzerId: input.benutzerId, zweck: input.zweck, verwendetAm: null }, data: { verwendetAm: input.now } });
  await db.einmallink.create({
    data: {
      id: sha256Hex(token),
      benutzerId: input.benutzerId,
      zweck: input.zweck,
      createdAt: input.now,
      ablauf: new Date(input.now.getTime() + LINK_VALIDITY_MS[input.zweck]),
    },
  });
  return token;
}

export function linkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${SET_PASSWORD_PATH}/${token}`;
}

export type ValidLink = { benutzerId: string; zweck: EinmallinkZweck; ablauf: Date };

/** The link if it exists, is unused and not expired; else null (whichever of the three). */
export async function findValidLink(db: Writer, token: string, now: Date): Promise<ValidLink | null> {
  if (!isTokenShaped(token)) return null;
  const link = await db.einmallink.findUnique({ where: { id: sha256Hex(token) }, select: { benutzerId: true, zweck: true, ablauf: true, verwendetAm: true } });
  if (!link || link.verwendetAm !== null || link.ablauf <= now) return null;
  return { benutzerId: link.benutzerId, zweck: link.zweck, ablauf: link.ablauf };
}

/** Marks the link used; true only for the one request that did so. */
export async function consumeLink(db: Writer, token: string, now: Date): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const used = await db.einmallink.updateMany({ where: { id: sha256Hex(token), verwendetAm: null, ablauf: { gt: now } }, data: { verwendetAm: now } });
  return used.count === 1;
}
