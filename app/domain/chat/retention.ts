/**
 * When a conversation is deleted (issue 7, privacy): anonymous conversations 48 hours after
 * they were closed, or after 30 days without activity; both periods configurable
 * (CHAT_DELETE_CLOSED_AFTER_HOURS, CHAT_DELETE_IDLE_AFTER_DAYS).
 */
export type RetentionPolicy = { closedAfterHours: number; idleAfterDays: number };

export const DEFAULT_RETENTION: RetentionPolicy = { closedAfterHours: 48, idleAfterDays: 30 };

const HOUR_MS = 3_600_000;

/** Conversations closed before `closedBefore` or last active before `idleBefore` are due. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy): { closedBefore: Date; idleBefore: Date } {
  return {
    closedBefore: new Date(now.getTime() - policy.closedAfterHours * HOUR_MS),
    idleBefore: new Date(now.getTime() - policy.idleAfterDays * 24 * HOUR_MS),
  };
}

export function deletionDueAt(
  conversation: { geschlossenAm: Date | null; letzteAktivitaet: Date },
  policy: RetentionPolicy,
): Date {
  const idle = new Date(conversation.letzteAktivitaet.getTime() + policy.idleAfterDays * 24 * HOUR_MS);
  if (!conversation.geschlossenAm) return idle;
  const closed = new Date(conversation.geschlossenAm.getTime() + policy.closedAfterHours * HOUR_MS);
  return closed < idle ? closed : idle;
}
