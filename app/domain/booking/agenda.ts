/**
 * The staff side of booking (issue 6, point 4), pure: which days an agenda shows, which actions a
 * booking offers to staff at a given moment, and the parsing of the agenda's forms. The clock is
 * a parameter; texts are German for the management pages.
 */
import { z } from "zod";
import { isLocalDate, type LocalDate } from "../shared/dates";
import type { TerminStatus } from "./status";
import { addDays, isoWeekday, isWallTime, wallMinutes } from "./wall-time";

export type AgendaView = "tag" | "woche";

export type AgendaRange = { ansicht: AgendaView; datum: LocalDate; von: LocalDate; bis: LocalDate; zurueck: LocalDate; weiter: LocalDate };

/** A day, or the week (Monday to Sunday) containing `datum`, with the dates to page back and forth. */
export function agendaRange(datum: LocalDate, ansicht: AgendaView): AgendaRange {
  if (ansicht === "tag") return { ansicht, datum, von: datum, bis: datum, zurueck: addDays(datum, -1), weiter: addDays(datum, 1) };
  const von = addDays(datum, 1 - isoWeekday(datum));
  return { ansicht, datum, von, bis: addDays(von, 6), zurueck: addDays(von, -7), weiter: addDays(von, 7) };
}

export type AgendaQuery = { datum: LocalDate; ansicht: AgendaView; stelle: string | null };

/** The agenda's address parameters; anything unreadable falls back to today's day view. */
export function parseAgendaQuery(params: URLSearchParams, today: LocalDate): AgendaQuery {
  const datum = params.get("datum") ?? "";
  const stelle = params.get("stelle") ?? "";
  return {
    datum: isLocalDate(datum) ? datum : today,
    ansicht: params.get("ansicht") === "woche" ? "woche" : "tag",
    stelle: z.string().uuid().safeParse(stelle).success ? stelle : null,
  };
}

export const STAFF_ACTIONS = ["bestaetigen", "absagen", "nicht_erschienen", "reaktivieren"] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export const STAFF_ACTION_LABEL: Record<StaffAction, string> = {
  bestaetigen: "Bestätigen",
  absagen: "Absagen",
  nicht_erschienen: "Nicht erschienen",
  reaktivieren: "Wieder eintragen",
};

export const STATUS_LABEL: Record<TerminStatus, string> = {
  gebucht: "Gebucht, noch nicht bestätigt",
  bestaetigt: "Bestätigt",
  storniert: "Abgesagt",
  nicht_erschienen: "Nicht erschienen",
};

/** The target status of each action. */
export const ACTION_TARGET: Record<StaffAction, TerminStatus> = {
  bestaetigen: "bestaetigt",
  absagen: "storniert",
  nicht_erschienen: "nicht_erschienen",
  reaktivieren: "gebucht",
};

/**
 * What staff may do with a booking now: confirm, cancel or re-enter only before it starts
 * (re-entering fails if the time was booked again meanwhile), mark a no-show only once it has begun.
 */
export function staffActions(status: TerminStatus, beginn: Date, now: Date): StaffAction[] {
  const ahead = beginn.getTime() > now.getTime();
  const actions: StaffAction[] = [];
  if (ahead && status === "gebucht") actions.push("bestaetigen");
  if (ahead && (status === "gebucht" || status === "bestaetigt")) actions.push("absagen");
  if (!ahead && (status === "gebucht" || status === "bestaetigt")) actions.push("nicht_erschienen");
  if (ahead && status === "storniert") actions.push("reaktivieren");
  return actions;
}

export const REASON_MAX = 500;

export type FieldErrors = Partial<Record<string, string>>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export type StaffActionInput = { terminId: string; aktion: StaffAction; grund: string | null };

/** The form of one action on one booking; cancelling asks for a reason the help seeker is told. */
export function parseStaffAction(form: Record<string, string>): FormResult<StaffActionInput> {
  const errors: FieldErrors = {};
  const terminId = form.terminId ?? "";
  const aktion = form.aktion ?? "";
  const grund = (form.grund ?? "").trim();
  if (!z.string().uuid().safeParse(terminId).success) errors.terminId = "Der Termin ist unbekannt.";
  if (!(STAFF_ACTIONS as readonly string[]).includes(aktion)) errors.aktion = "Die Aktion ist unbekannt.";
  if (aktion === "absagen" && grund.length === 0) errors.grund = "Bitte geben Sie einen Grund für die Absage an. Die ratsuchende Person erfährt ihn, wenn sie erreichbar ist.";
  if (grund.length > REASON_MAX) errors.grund = `Der Grund darf höchstens ${REASON_MAX} Zeichen lang sein.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { terminId, aktion: aktion as StaffAction, grund: grund || null } };
}

export type BlockInput = { kalenderId: string; datum: LocalDate; von: string; bis: string };

/** Blocking time on one calendar: a date and a from–to window on it (whole day without times). */
export function parseBlockForm(form: Record<string, string>, today: LocalDate): FormResult<BlockInput & { ganzerTag: boolean }> {
  const errors: FieldErrors = {};
  const kalenderId = form.kalenderId ?? "";
  const datum = (form.sperreDatum ?? "").trim();
  const von = (form.sperreVon ?? "").trim();
  const bis = (form.sperreBis ?? "").trim();
  if (!z.string().uuid().safeParse(kalenderId).success) errors.kalenderId = "Bitte wählen Sie einen Kalender.";
  if (!isLocalDate(datum)) errors.sperreDatum = "Bitte geben Sie das Datum im Format JJJJ-MM-TT an, zum Beispiel 2026-12-24.";
  else if (datum < today) errors.sperreDatum = "Das Datum liegt in der Vergangenheit.";
  const ganzerTag = von === "" && bis === "";
  if (!ganzerTag) {
    if (!isWallTime(von)) errors.sperreVon = "Bitte geben Sie die Uhrzeit im Format HH:MM an, zum Beispiel 09:30.";
    if (!isWallTime(bis)) errors.sperreBis = "Bitte geben Sie die Uhrzeit im Format HH:MM an, zum Beispiel 12:00.";
    else if (isWallTime(von) && wallMinutes(bis) <= wallMinutes(von)) errors.sperreBis = "Das Ende muss nach dem Beginn liegen.";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { kalenderId, datum, von, bis, ganzerTag } };
}
