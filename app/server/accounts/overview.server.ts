/**
 * What the help seeker's account page (/konto) lists besides the saved results: the
 * appointments booked while logged in (Termin.benutzerId) with their private management link,
 * split into upcoming and past, and the conversations started while logged in
 * (Gespraech.ratsuchendId). Only the owner's rows are read.
 */
import { randomBytes } from "node:crypto";
import { TERMINART_LABEL } from "../../domain/booking/types";
import { managementToken } from "../booking/tokens.server";
import { formatSlotLong } from "../booking/format.server";
import { hashToken } from "../chat/store.server";
import type { PrismaClient } from "../generated/prisma/client";

const STATUS_TEXT = { gebucht: "Gebucht", bestaetigt: "Bestätigt", storniert: "Abgesagt", nicht_erschienen: "Nicht wahrgenommen" } as const;
const GESPRAECH_STATUS_TEXT = { wartend: "Wartet auf eine Beraterin oder einen Berater", offen: "Im Gespräch", geschlossen: "Beendet" } as const;

export type AccountAppointment = { id: string; buchungscode: string; zeit: string; art: string; status: string; stelle: string; verwaltenUrl: string };
export type AccountConversation = { id: string; stelle: string; pseudonym: string; thema: string | null; status: string; begonnenAm: Date };

export async function accountAppointments(prisma: PrismaClient, secret: string, benutzerId: string, now: Date): Promise<{ kommend: AccountAppointment[]; vergangen: AccountAppointment[] }> {
  const rows = await prisma.termin.findMany({
    where: { benutzerId },
    orderBy: { beginn: "asc" },
    select: { id: true, buchungscode: true, beginn: true, ende: true, art: true, status: true, tokenNonce: true, beratungsstelle: { select: { name: true } } },
  });
  const view = (t: (typeof rows)[number]): AccountAppointment => ({
    id: t.id,
    buchungscode: t.buchungscode,
    zeit: formatSlotLong(t.beginn, t.ende),
    art: TERMINART_LABEL[t.art],
    status: STATUS_TEXT[t.status],
    stelle: t.beratungsstelle.name,
    verwaltenUrl: `/termine/verwalten/${encodeURIComponent(managementToken(secret, t.id, t.tokenNonce))}`,
  });
  return {
    kommend: rows.filter((t) => t.ende.getTime() > now.getTime()).map(view),
    vergangen: rows.filter((t) => t.ende.getTime() <= now.getTime()).reverse().map(view),
  };
}

export async function accountConversations(prisma: PrismaClient, benutzerId: string): Promise<AccountConversation[]> {
  const rows = await prisma.gespraech.findMany({
    where: { ratsuchendId: benutzerId },
    orderBy: { letzteAktivitaet: "desc" },
    select: { id: true, pseudonym: true, thema: true, status: true, createdAt: true, beratungsstelle: { select: { name: true } } },
  });
  return rows.map((g) => ({ id: g.id, stelle: g.beratungsstelle.name, pseudonym: g.pseudonym, thema: g.thema, status: GESPRAECH_STATUS_TEXT[g.status], begonnenAm: g.createdAt }));
}

/**
 * Opens a conversation of the account: the conversation's token is kept only as a hash, so a
 * new one is issued (the account is the key now) and the old link stops working. Null when the
 * conversation is not the account's.
 */
export async function reopenConversation(prisma: PrismaClient, benutzerId: string, gespraechId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(gespraechId)) return null;
  const token = randomBytes(24).toString("base64url");
  const updated = await prisma.gespraech.updateMany({ where: { id: gespraechId, ratsuchendId: benutzerId }, data: { tokenHash: hashToken(token) } });
  return updated.count === 1 ? token : null;
}
