/**
 * Pure rules around the counsellor inbox and the help seeker's pages: which centres a staff
 * member counsels for (only their own centre memberships, never a Träger or the platform as a
 * whole: conversations are under professional secrecy), unread counts, the centre's chat
 * reachability and the start form (pseudonym, topic, consent).
 */
import { can, type Actor } from "../accounts/permissions";
import { addDays } from "../booking/wall-time";
import { weekdayOf } from "../counselling/hours-view";
import { hoursOn, type HoursException, type LocalMoment, type WeeklyRule } from "../counselling/opening-hours";
import { startSchema } from "./conversation";

/** The centres whose conversations `actor` may read and answer: a berater or stellenleitung membership there. */
export function counsellingCentreIds(actor: Actor): string[] {
  const ids = actor.memberships
    .map((m) => m.beratungsstelleId)
    .filter((id): id is string => id !== null && can(actor, "gespraeche.fuehren", { beratungsstelleId: id }));
  return [...new Set(ids)];
}

/** Messages of the help seeker the counsellors have not read yet. */
export function unreadCount(conversation: { letzteSeq: number; gelesenBeratung: number }, helpSeekerSeqs: readonly number[]): number {
  return helpSeekerSeqs.filter((seq) => seq > conversation.gelesenBeratung && seq <= conversation.letzteSeq).length;
}

/**
 * How soon the centre answers in the chat: live while it is open by its opening hours (with
 * exceptions), otherwise within the working days (Mo–Fr) until its next open day (at least 1).
 * Without any opening hours the general promise of `FALLBACK_WORKING_DAYS` applies.
 */
export type Reachability = { live: true } | { live: false; werktage: number };

export const FALLBACK_WORKING_DAYS = 2;
const LOOKAHEAD_DAYS = 21;

export function chatReachability(rules: readonly WeeklyRule[], exceptions: readonly HoursException[], moment: LocalMoment): Reachability {
  const today = hoursOn(rules, exceptions, moment.datum, moment.wochentag);
  if (today.some((range) => range.von <= moment.minute && moment.minute < range.bis)) return { live: true };
  if (today.some((range) => range.von > moment.minute)) return { live: false, werktage: 1 };
  let werktage = 0;
  for (let offset = 1; offset <= LOOKAHEAD_DAYS; offset++) {
    const datum = addDays(moment.datum, offset);
    const wochentag = weekdayOf(datum);
    if (wochentag <= 5) werktage++;
    if (hoursOn(rules, exceptions, datum, wochentag).length > 0) return { live: false, werktage: Math.max(1, werktage) };
  }
  return { live: false, werktage: FALLBACK_WORKING_DAYS };
}

/** The sentence the pages show for it. */
export function reachabilityText(reachability: Reachability): string {
  if (reachability.live) return "Jetzt erreichbar: Die Beratung ist gerade im Dienst und antwortet in der Regel in wenigen Minuten.";
  return reachability.werktage === 1
    ? "Gerade nicht live erreichbar: Sie bekommen in der Regel innerhalb eines Werktags eine Antwort."
    : `Gerade nicht live erreichbar: Sie bekommen in der Regel innerhalb von ${reachability.werktage} Werktagen eine Antwort.`;
}

/** The start form: the fields of the API plus the consent to the privacy notice. */
export type StartFormValues = { pseudonym: string; thema: string; einwilligung: boolean };
export type StartFormError = { fieldId: "pseudonym" | "thema" | "einwilligung"; message: string };
export type StartFormReading =
  | { ok: true; pseudonym: string; thema?: string }
  | { ok: false; values: StartFormValues; errors: StartFormError[] };

export function readStartForm(fields: Record<string, string | undefined>, beratungsstelleId: string): StartFormReading {
  const values: StartFormValues = { pseudonym: fields.pseudonym ?? "", thema: fields.thema ?? "", einwilligung: fields.einwilligung === "ja" };
  const errors: StartFormError[] = [];
  const parsed = startSchema.safeParse({ beratungsstelle_id: beratungsstelleId, pseudonym: values.pseudonym, thema: values.thema });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "pseudonym") errors.push({ fieldId: "pseudonym", message: `Pseudonym: ${issue.message}.` });
      else if (field === "thema") errors.push({ fieldId: "thema", message: `Thema: ${issue.message}.` });
    }
  }
  if (parsed.success && !parsed.data.pseudonym) errors.push({ fieldId: "pseudonym", message: "Bitte geben Sie ein Pseudonym ein oder übernehmen Sie den Vorschlag." });
  if (!values.einwilligung) errors.push({ fieldId: "einwilligung", message: "Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben." });
  if (errors.length > 0 || !parsed.success) return { ok: false, values, errors };
  return { ok: true, pseudonym: parsed.data.pseudonym!, ...(parsed.data.thema ? { thema: parsed.data.thema } : {}) };
}
