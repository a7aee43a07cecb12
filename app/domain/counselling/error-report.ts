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
