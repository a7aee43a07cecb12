/**
 * The one way to write the audit log: call `recordAudit` inside the transaction of the change it
 * describes, so the log and the data cannot disagree. Never put counselling content or passwords
 * into `details`; for personal data record which fields changed, not their values.
 */
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export type AuditActor = { benutzerId: string | null; anzeigename: string };

export type AuditEntry = {
  aktion: string;
  objektTyp: string;
  objektId: string;
  traegerId?: string | null;
  kommuneId?: string | null;
  details?: Prisma.InputJsonValue;
};

type Writer = PrismaClient | Prisma.TransactionClient;

/** The system itself (import CLI, background jobs) as the actor of an entry. */
export const SYSTEM_ACTOR: AuditActor = { benutzerId: null, anzeigename: "System" };

export async function recordAudit(db: Writer, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.protokoll.create({
    data: {
      benutzerId: actor.benutzerId,
      akteur: actor.anzeigename,
      aktion: entry.aktion,
      objektTyp: entry.objektTyp,
      objektId: entry.objektId,
      traegerId: entry.traegerId ?? null,
      kommuneId: entry.kommuneId ?? null,
      details: entry.details ?? {},
    },
  });
}

/** Many entries by one actor in one statement (an import touching thousands of centres). */
export async function recordAudits(db: Writer, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.protokoll.createMany({
    data: entries.map((entry) => ({
      benutzerId: actor.benutzerId,
      akteur: actor.anzeigename,
      aktion: entry.aktion,
      objektTyp: entry.objektTyp,
      objektId: entry.objektId,
      traegerId: entry.traegerId ?? null,
      kommuneId: entry.kommuneId ?? null,
      details: entry.details ?? {},
    })),
  });
}

/** `{ feld: [vorher, nachher] }` for the fields whose values differ (compared as JSON). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = [before[key] ?? null, after[key] ?? null];
  }
  return changes;
}
