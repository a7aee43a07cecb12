/**
 * Reading the mail outbox for /verwaltung/postausgang (platform admins only; the routes check
 * "postausgang.lesen"). Times are formatted here, in Europe/Berlin, so the page shows the same
 * text with and without JavaScript.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { mailState, type MailState } from "./outbox.server";

export const POSTAUSGANG_PAGE_SIZE = 50;

export const MAIL_STATE_LABEL: Record<MailState, string> = {
  wartet: "Wartet auf Versand",
  gesendet: "Gesendet",
  verworfen: "Verworfen",
  fehlgeschlagen: "Fehlgeschlagen",
};

const DATE_TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });

function formatInstant(instant: Date | null): string | null {
  return instant ? `${DATE_TIME.format(instant)} Uhr` : null;
}

export type OutboxListItem = { id: string; an: string; betreff: string; status: string; erstellt: string; gesendet: string | null };

export type OutboxPage = { items: OutboxListItem[]; seite: number; seiten: number; gesamt: number; wartend: number };

/** Newest first; `seite` counts from 1 and is clamped to the pages there are. */
export async function listOutbox(prisma: PrismaClient, seite: number): Promise<OutboxPage> {
  const [gesamt, wartend] = await Promise.all([
    prisma.mailOutbox.count(),
    prisma.mailOutbox.count({ where: { gesendetAm: null, verworfenAm: null } }),
  ]);
  const seiten = Math.max(1, Math.ceil(gesamt / POSTAUSGANG_PAGE_SIZE));
  const current = Math.min(Math.max(1, seite), seiten);
  const rows = await prisma.mailOutbox.findMany({
    orderBy: { id: "desc" },
    skip: (current - 1) * POSTAUSGANG_PAGE_SIZE,
    take: POSTAUSGANG_PAGE_SIZE,
    select: { id: true, an: true, betreff: true, createdAt: true, gesendetAm: true, verworfenAm: true, versuche: true },
  });
  return {
    items: rows.map((row) => ({
      id: String(row.id),
      an: row.an,
      betreff: row.betreff,
      status: MAIL_STATE_LABEL[mailState(row)],
      erstellt: formatInstant(row.createdAt)!,
      gesendet: formatInstant(row.gesendetAm),
    })),
    seite: current,
    seiten,
    gesamt,
    wartend,
  };
}

export type OutboxMail = OutboxListItem & { anlass: string; text: string; sendenAb: string; verworfen: string | null; versuche: number; letzterFehler: string | null };

export async function findOutboxMail(prisma: PrismaClient, id: string): Promise<OutboxMail | null> {
  if (!/^[1-9]\d{0,18}$/.test(id)) return null;
  const row = await prisma.mailOutbox.findUnique({ where: { id: BigInt(id) } });
  if (!row) return null;
  return {
    id: String(row.id),
    an: row.an,
    betreff: row.betreff,
    anlass: row.anlass,
    text: row.text,
    status: MAIL_STATE_LABEL[mailState(row)],
    erstellt: formatInstant(row.createdAt)!,
    sendenAb: formatInstant(row.sendenAb)!,
    gesendet: formatInstant(row.gesendetAm),
    verworfen: formatInstant(row.verworfenAm),
    versuche: row.versuche,
    letzterFehler: row.letzterFehler,
  };
}
