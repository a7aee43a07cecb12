/** The Träger profile form (/verwaltung/traeger): checked on the server, German messages, values kept. */
import { z } from "zod";
import { VERBAENDE } from "../counselling/import/vocabulary";

export type TraegerFormValues = { name: string; verband: string; website: string; adminName: string; adminEmail: string };
export type TraegerFormError = { fieldId: keyof TraegerFormValues; message: string };

const Profile = z.object({
  name: z.string().trim().min(1, "Bitte geben Sie den Namen des Trägers ein.").max(200, "Der Name ist zu lang (höchstens 200 Zeichen)."),
  verband: z.enum(VERBAENDE, { message: "Bitte wählen Sie den Verband." }),
  website: z
    .string()
    .trim()
    .max(500, "Die Adresse der Website ist zu lang.")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), "Bitte geben Sie die Website mit https:// an, zum Beispiel https://www.beispiel.de.")
    .transform((v) => (v === "" ? null : v)),
});

const WithAdmin = Profile.extend({
  adminName: z.string().trim().min(1, "Bitte geben Sie den Namen der ersten Administratorin oder des ersten Administrators ein.").max(120, "Der Name ist zu lang (höchstens 120 Zeichen)."),
  adminEmail: z.string().trim().min(1, "Bitte geben Sie die E-Mail-Adresse der ersten Administration ein.").max(254, "Die E-Mail-Adresse ist zu lang."),
});

export const readTraegerForm = (form: FormData): TraegerFormValues => ({
  name: String(form.get("name") ?? ""),
  verband: String(form.get("verband") ?? ""),
  website: String(form.get("website") ?? ""),
  adminName: String(form.get("adminName") ?? ""),
  adminEmail: String(form.get("adminEmail") ?? ""),
});

function errorsOf(issues: z.ZodIssue[]): TraegerFormError[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const fieldId = String(issue.path[0]) as keyof TraegerFormValues;
    if (seen.has(fieldId)) return [];
    seen.add(fieldId);
    return [{ fieldId, message: issue.message }];
  });
}

export function validateTraegerProfile(values: TraegerFormValues) {
  const parsed = Profile.safeParse(values);
  return parsed.success ? ({ ok: true, data: parsed.data } as const) : ({ ok: false, errors: errorsOf(parsed.error.issues) } as const);
}

export function validateNewTraeger(values: TraegerFormValues) {
  const parsed = WithAdmin.safeParse(values);
  return parsed.success ? ({ ok: true, data: parsed.data } as const) : ({ ok: false, errors: errorsOf(parsed.error.issues) } as const);
}
