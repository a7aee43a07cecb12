/** Booking states and the allowed transitions; expected refusals are values with stable codes. */
export const TERMIN_STATUS = ["gebucht", "bestaetigt", "storniert", "nicht_erschienen"] as const;
export type TerminStatus = (typeof TERMIN_STATUS)[number];

/** States that occupy time on the calendar (the exclusion constraint's WHERE clause matches this). */
export const ACTIVE_STATUS: readonly TerminStatus[] = ["gebucht", "bestaetigt", "nicht_erschienen"];

const TRANSITIONS: Record<TerminStatus, readonly TerminStatus[]> = {
  gebucht: ["bestaetigt", "storniert", "nicht_erschienen"],
  bestaetigt: ["storniert", "nicht_erschienen"],
  storniert: ["gebucht"],
  nicht_erschienen: [],
};

export type TransitionResult = { ok: true; status: TerminStatus } | { ok: false; code: "termin_status_unzulaessig" };

export function transition(from: TerminStatus, to: TerminStatus): TransitionResult {
  return TRANSITIONS[from].includes(to) ? { ok: true, status: to } : { ok: false, code: "termin_status_unzulaessig" };
}

/** Help seekers may cancel or move only before the appointment starts and while it is active. */
export function canManage(status: TerminStatus, start: Date, now: Date): boolean {
  return (status === "gebucht" || status === "bestaetigt") && start.getTime() > now.getTime();
}
