/**
 * Storing "Fehler in den Angaben melden" reports, with two limits against flooding:
 * - per client address, in memory (5 an hour): one process counts its own share, like the
 *   general request limit (rate-limit.server.ts); the address is never stored;
 * - per centre, in the database (20 an hour across all addresses and processes), so the
 *   centre's editors are not buried even by many senders.
 * A refusal says when to try again, in minutes.
 *
 * A stored report is announced by mail to the centre's editors (centre-editors.server.ts), in the
 * same transaction. The mail names the centre and links to the inbox, and carries neither the
 * report's text nor its contact (data minimisation: mails travel and linger in mailboxes).
 */
import type { ErrorReport } from "../../domain/counselling/error-report";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { FixedWindowLimiter } from "../rate-limit.server";
import { centreEditorAddresses } from "./centre-editors.server";

const HOUR_MS = 60 * 60 * 1000;

export type ErrorReportLimits = { perAddressPerHour: number; perCentrePerHour: number };
export const ERROR_REPORT_LIMITS: ErrorReportLimits = { perAddressPerHour: 5, perCentrePerHour: 20 };

export type StoreVerdict = { stored: true } | { stored: false; reason: "address" | "centre"; retryAfterMinutes: number };

export type ErrorReportStore = {
  store(prisma: PrismaClient, input: { centreId: string; report: ErrorReport; clientAddress: string; now: Date; publicUrl: string }): Promise<StoreVerdict>;
};

export function createErrorReportStore(limits: ErrorReportLimits = ERROR_REPORT_LIMITS): ErrorReportStore {
  const perAddress = new FixedWindowLimiter({ limit: limits.perAddressPerHour, windowMs: HOUR_MS });
  return {
    async store(prisma, { centreId, report, clientAddress, now, publicUrl }) {
      const since = new Date(now.getTime() - HOUR_MS);
      const recent = await prisma.fehlermeldung.findMany({
        where: { beratungsstelleId: centreId, createdAt: { gt: since } },
        orderBy: { createdAt: "asc" },
        take: limits.perCentrePerHour,
        select: { createdAt: true },
      });
      if (recent.length >= limits.perCentrePerHour) {
        // The window frees up when the oldest report of the last hour drops out of it.
        const freeAt = recent[0]!.createdAt.getTime() + HOUR_MS;
        return { stored: false, reason: "centre", retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
      }
      const verdict = perAddress.hit(clientAddress, now.getTime());
      if (!verdict.allowed) return { stored: false, reason: "address", retryAfterMinutes: Math.ceil(verdict.retryAfterSeconds / 60) };
      await prisma.$transaction(async (tx) => {
        const row = await tx.fehlermeldung.create({
          data: { beratungsstelleId: centreId, nachricht: report.nachricht, kontakt: report.kontakt, createdAt: now },
          select: { id: true },
        });
        await notifyEditors(tx, { centreId, meldungId: row.id, publicUrl, now });
      });
      return { stored: true };
    },
  };
}

/** Queues one mail per editor of the centre: which centre, and the link to the report. */
async function notifyEditors(tx: Prisma.TransactionClient, input: { centreId: string; meldungId: string; publicUrl: string; now: Date }): Promise<void> {
  const centre = await tx.beratungsstelle.findUniqueOrThrow({ where: { id: input.centreId }, select: { id: true, name: true, traegerId: true, kommuneId: true } });
  const text = [
    "Guten Tag,",
    "",
    `zur Beratungsstelle „${centre.name}“ ist über die öffentliche Seite eine Meldung eingegangen, dass Angaben nicht stimmen.`,
    "",
    `Bitte prüfen Sie die Meldung und markieren Sie sie als erledigt oder abgelehnt: ${input.publicUrl}/verwaltung/meldungen/${input.meldungId}`,
    "",
    "Aus Datenschutzgründen steht der Inhalt der Meldung nur in der Verwaltung.",
    "",
    "Diese Nachricht wurde automatisch erstellt.",
  ].join("\n");
  for (const an of await centreEditorAddresses(tx, centre)) {
    await queueMail(tx, { an, betreff: `Neue Fehlermeldung: ${centre.name}`, text, anlass: "fehlermeldung_neu", sendenAb: input.now });
  }
}

/** The process-wide store the centre page uses. */
export const errorReports = createErrorReportStore();
