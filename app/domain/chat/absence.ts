/**
 * The absence note of a centre's chat (issue 7): a short text the counsellors set, e.g. „Wir sind
 * bis 2. Januar nicht erreichbar“, with an optional last day. Shown to help seekers on the start
 * page and in the conversation until that day has passed (Europe/Berlin), then no longer —
 * without anyone having to remove it.
 */
import { z } from "zod";
import { formatGermanDate, isLocalDate, localDateInBerlin, type LocalDate } from "../shared/dates";

export const ABSENCE_TEXT_MAX_LENGTH = 300;

export type AbsenceNote = { text: string; bis: LocalDate | null };

/** The note to show at `now`, or null: none set, or its last day is over. */
export function activeAbsenceNote(note: { text: string | null; bis: LocalDate | null }, now: Date): AbsenceNote | null {
  const text = note.text?.trim();
  if (!text) return null;
  if (note.bis !== null && localDateInBerlin(now) > note.bis) return null;
  return { text, bis: note.bis };
}

/** The sentence under the note: until when it applies. */
export function absenceUntilText(note: AbsenceNote): string | null {
  return note.bis ? `Dieser Hinweis gilt bis einschließlich ${formatGermanDate(note.bis)}.` : null;
}

export type AbsenceFormError = { fieldId: "abwesenheit_text" | "abwesend_bis"; message: string };
export type AbsenceFormReading =
  | { ok: true; note: { text: string | null; bis: LocalDate | null } }
  | { ok: false; values: { text: string; bis: string }; errors: AbsenceFormError[] };

const textSchema = z.string().trim().max(ABSENCE_TEXT_MAX_LENGTH, { error: `Der Hinweis darf höchstens ${ABSENCE_TEXT_MAX_LENGTH} Zeichen lang sein.` });

/**
 * The form in /verwaltung/gespraeche: an empty text removes the note; the date (YYYY-MM-DD, as
 * `<input type="date">` sends it) is optional but must not lie before `today`.
 */
export function readAbsenceForm(fields: Record<string, string | undefined>, today: LocalDate): AbsenceFormReading {
  const values = { text: fields.abwesenheit_text ?? "", bis: (fields.abwesend_bis ?? "").trim() };
  const errors: AbsenceFormError[] = [];
  const text = textSchema.safeParse(values.text);
  if (!text.success) errors.push({ fieldId: "abwesenheit_text", message: text.error.issues[0]?.message ?? "Ungültiger Hinweis." });
  if (values.bis !== "" && !isLocalDate(values.bis)) errors.push({ fieldId: "abwesend_bis", message: "Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ)." });
  else if (values.bis !== "" && values.bis < today) errors.push({ fieldId: "abwesend_bis", message: "Das Datum „abwesend bis“ darf nicht in der Vergangenheit liegen." });
  if (values.bis !== "" && text.success && text.data === "") errors.push({ fieldId: "abwesenheit_text", message: "Bitte geben Sie zum Datum auch einen Hinweis ein." });
  if (errors.length > 0 || !text.success) return { ok: false, values, errors };
  return { ok: true, note: { text: text.data === "" ? null : text.data, bis: values.bis === "" ? null : values.bis } };
}
