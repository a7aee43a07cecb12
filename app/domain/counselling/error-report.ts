/**
 * "Fehler in den Angaben melden": reading the form on a centre page. A short text (required,
 * at most 2,000 characters) and, only if the person wants to be asked back, a contact (at most
 * 200 characters). A hidden honeypot field catches simple bots: they get the same thank-you as
 * people, and nothing is stored.
 */
import { z } from "zod";

export const NACHRICHT_MAX = 2000;
export const KONTAKT_MAX = 200;
/** Named like a field bots love to fill; people never see it. */
export const HONEYPOT_FIELD = "webseite";

export type ErrorReportField = "nachricht" | "kontakt";
export type ErrorReport = { nachricht: string; kontakt: string | null };
export type ErrorReportReading =
  | { kind: "ok"; report: ErrorReport }
  | { kind: "invalid"; errors: Partial<Record<ErrorReportField, string>>; values: Record<ErrorReportField, string> }
  | { kind: "spam" };

// Line breaks count once, whether the browser sent \r\n or \n.
const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();

const schema = z.object({
  nachricht: z
    .string()
    .min(1, { error: "Bitte beschreiben Sie, welche Angabe nicht stimmt." })
    .max(NACHRICHT_MAX, { error: `Bitte fassen Sie sich kürzer: höchstens ${NACHRICHT_MAX.toLocaleString("de-DE")} Zeichen.` }),
  kontakt: z.string().max(KONTAKT_MAX, { error: `Die Kontaktangabe darf höchstens ${KONTAKT_MAX} Zeichen lang sein.` }),
});

export function readErrorReport(form: Record<string, string | undefined>): ErrorReportReading {
  if ((form[HONEYPOT_FIELD] ?? "").trim() !== "") return { kind: "spam" };
  const values = { nachricht: normalise(form.nachricht ?? ""), kontakt: normalise(form.kontakt ?? "") };
  const parsed = schema.safeParse(values);
  if (parsed.success) return { kind: "ok", report: { nachricht: parsed.data.nachricht, kontakt: parsed.data.kontakt || null } };
  const errors: Partial<Record<ErrorReportField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ErrorReportField;
    errors[field] ??= issue.message;
  }
  return { kind: "invalid", errors, values };
}

/*
 * The editors' side (/verwaltung/meldungen): a report is resolved ("erledigt": corrected) or
 * rejected ("abgelehnt": the data was right) with a note saying what was done.
 */
export type ErrorReportStatus = "offen" | "erledigt" | "abgelehnt";
export const NOTIZ_MAX = 2000;

export const ERROR_REPORT_STATUS_LABEL: Record<ErrorReportStatus, string> = {
  offen: "Offen",
  erledigt: "Erledigt",
  abgelehnt: "Abgelehnt",
};

export type ResolutionReading =
  | { kind: "ok"; status: Exclude<ErrorReportStatus, "offen">; notiz: string }
  | { kind: "invalid"; error: string; notiz: string };

const resolutionSchema = z.object({
  status: z.enum(["erledigt", "abgelehnt"]),
  notiz: z
    .string()
    .min(1, { error: "Bitte schreiben Sie in die Notiz, was Sie geändert oder warum Sie die Meldung abgelehnt haben." })
    .max(NOTIZ_MAX, { error: `Die Notiz darf höchstens ${NOTIZ_MAX.toLocaleString("de-DE")} Zeichen lang sein.` }),
});

/** `aktion` is the pressed button ("erledigt" or "abgelehnt"). */
export function readResolution(form: Record<string, string | undefined>): ResolutionReading {
  const notiz = normalise(form.notiz ?? "");
  const parsed = resolutionSchema.safeParse({ status: form.aktion, notiz });
  if (parsed.success) return { kind: "ok", ...parsed.data };
  const issue = parsed.error.issues[0]!;
  return { kind: "invalid", error: issue.path[0] === "status" ? "Bitte wählen Sie „Erledigt“ oder „Ablehnen“." : issue.message, notiz };
}
