/**
 * The feedback form of the Erklärung zur Barrierefreiheit: what is not accessible (required, at
 * most 3,000 characters), on which page (optional), and an e-mail address for the answer and the
 * confirmation (optional, checked). The honeypot of the error-report form catches simple bots.
 */
import { z } from "zod";
import { HONEYPOT_FIELD } from "../counselling/error-report";

export const FEEDBACK_MAX = 3000;
export const FEEDBACK_FIELDS = ["nachricht", "seite", "email"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];
export type Feedback = { nachricht: string; seite: string | null; email: string | null };
export type FeedbackReading =
  | { kind: "ok"; feedback: Feedback }
  | { kind: "invalid"; errors: Partial<Record<FeedbackField, string>>; values: Record<FeedbackField, string> }
  | { kind: "spam" };

const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();

const schema = z.object({
  nachricht: z
    .string()
    .min(1, { error: "Bitte beschreiben Sie, was Sie nicht nutzen konnten." })
    .max(FEEDBACK_MAX, { error: `Bitte fassen Sie sich kürzer: höchstens ${FEEDBACK_MAX.toLocaleString("de-DE")} Zeichen.` }),
  seite: z.string().max(500, { error: "Die Angabe zur Seite darf höchstens 500 Zeichen lang sein." }),
  email: z.union([z.literal(""), z.email({ error: "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an – oder lassen Sie das Feld leer." })]),
});

export function readFeedback(form: Record<string, string | undefined>): FeedbackReading {
  if ((form[HONEYPOT_FIELD] ?? "").trim() !== "") return { kind: "spam" };
  const values = { nachricht: normalise(form.nachricht ?? ""), seite: normalise(form.seite ?? ""), email: normalise(form.email ?? "") };
  const parsed = schema.safeParse(values);
  if (parsed.success) {
    const { nachricht, seite, email } = parsed.data;
    return { kind: "ok", feedback: { nachricht, seite: seite || null, email: email || null } };
  }
  const errors: Partial<Record<FeedbackField, string>> = {};
  for (const issue of parsed.error.issues) errors[issue.path[0] as FeedbackField] ??= issue.message;
  return { kind: "invalid", errors, values };
}

/** The mail to the operator and, when an address was given, the confirmation to the sender. */
export function feedbackMails(feedback: Feedback, operator: string): Array<{ an: string; betreff: string; text: string; anlass: string }> {
  const mails = [
    {
      an: operator,
      betreff: "Rückmeldung zur Barrierefreiheit",
      anlass: "barrierefreiheit_rueckmeldung",
      text: [
        "Über das Formular der Erklärung zur Barrierefreiheit kam diese Rückmeldung:",
        "",
        feedback.nachricht,
        "",
        `Seite: ${feedback.seite ?? "nicht angegeben"}`,
        `Antwort an: ${feedback.email ?? "keine Adresse angegeben"}`,
        "",
        "Bitte antworten Sie innerhalb eines Monats (§ 12b Abs. 2 Nr. 2 BGG in Verbindung mit § 7 BITV 2.0).",
      ].join("\n"),
    },
  ];
  if (feedback.email) {
    mails.push({
      an: feedback.email,
      betreff: "Ihre Rückmeldung zur Barrierefreiheit ist angekommen",
      anlass: "barrierefreiheit_bestaetigung",
      text: [
        "Guten Tag,",
        "",
        "vielen Dank für Ihre Rückmeldung zur Barrierefreiheit der Sozialplattform. Sie ist bei uns angekommen.",
        "Wir antworten Ihnen spätestens innerhalb eines Monats.",
        "",
        "Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden:",
        "https://www.schlichtungsstelle-bgg.de",
        "",
        "Ihre Sozialplattform",
      ].join("\n"),
    });
  }
  return mails;
}
