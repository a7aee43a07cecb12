/**
 * Storing "Fehler in den Angaben melden" reports, with two limits against flooding:
 * - per client address, in memory (5 an hour): one process counts its own share, like the
 *   general request limit (rate-limit.server.ts); the address is never stored;
 * - per centre, in the database (20 an hour across all addresses and processes), so the
 *   centre's editors are not buried even by many senders.
 * A refusal says when to try again, in minutes.
 */
import type { ErrorReport } from "../../domain/counselling/error-report";
import type { PrismaClient } from "../generated/prisma/client";
import { FixedWindowLimiter } from "../rate-limit.server";

const HOUR_MS = 60 * 60 * 1000;

export type ErrorReportLimits = { perAddressPerHour: number; perCentrePerHour: number };
export const ERROR_REPORT_LIMITS: ErrorReportLimits = { perAddressPerHour: 5, perCentrePerHour: 20 };

export type StoreVerdict = { stored: true } | { stored: false; reason: "address" | "centre"; retryAfterMinutes: number };

export type ErrorReportStore = {
  store(prisma: PrismaClient, input: { centreId: string; report: ErrorReport; clientAddress: string; now: Date }): Promise<StoreVerdict>;
};

export function createErrorReportStore(limits: ErrorReportLimits = ERROR_REPORT_LIMITS): ErrorReportStore {
  const perAddress = new FixedWindowLimiter({ limit: limits.perAddressPerHour, windowMs: HOUR_MS });
  return {
    async store(prisma, { centreId, report, clientAddress, now }) {
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
      await prisma.fehlermeldung.create({
        data: { beratungsstelleId: centreId, nachricht: report.nachricht, kontakt: report.kontakt, createdAt: now },
      });
      return { stored: true };
    },
  };
}

/** The process-wide store the centre page uses. */
export const errorReports = createErrorReportStore();
