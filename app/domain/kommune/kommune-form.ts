/**
 * The forms of /verwaltung/kommune, checked on the server with German messages, values kept:
 * a Zuständigkeit (responsible office for one benefit) and a new Kommune with its first editor.
 */
import { z } from "zod";
import { BENEFIT_SLUGS, resolveBenefitSlug, type BenefitSlug } from "../benefits/slugs";

export type ZustaendigkeitFormValues = {
  leistung: string;
  name: string;
  strasse: string;
  plz: string;
  ort: string;
  oeffnungszeiten: string;
  telefon: string;
  email: string;
  onlineAntrag: string;
};
export type ZustaendigkeitFormError = { fieldId: keyof ZustaendigkeitFormValues; message: string };
export type ZustaendigkeitData = {
  leistung: BenefitSlug;
  name: string;
  strasse: string;
  plz: string;
  ort: string;
  oeffnungszeiten: string;
  telefon: string | null;
  email: string | null;
  onlineAntrag: string | null;
};

export const ZUSTAENDIGKEIT_FIELDS = ["leistung", "name", "strasse", "plz", "ort", "oeffnungszeiten", "telefon", "email", "onlineAntrag"] as const satisfies readonly (keyof ZustaendigkeitFormValues)[];

const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v));

/** An absolute https URL with a host containing a dot, nothing else (no http, no javascript:, no spaces). */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

const Zustaendigkeit = z.object({
  leistung: z
    .string()
    .transform((v) => resolveBenefitSlug(v.trim()))
    .refine((v): v is BenefitSlug => v !== undefined, "Bitte wählen Sie die Leistung."),
  name: z.string().trim().min(1, "Bitte geben Sie den Namen der zuständigen Stelle ein.").max(200, "Der Name ist zu lang (höchstens 200 Zeichen)."),
  strasse: z.string().trim().min(1, "Bitte geben Sie Straße und Hausnummer ein.").max(200, "Straße und Hausnummer sind zu lang (höchstens 200 Zeichen)."),
  plz: z.string().trim().regex(/^[0-9]{5}$/, "Bitte geben Sie die Postleitzahl mit 5 Ziffern ein, zum Beispiel 99999."),
  ort: z.string().trim().min(1, "Bitte geben Sie den Ort ein.").max(100, "Der Ort ist zu lang (höchstens 100 Zeichen)."),
  oeffnungszeiten: z.string().trim().max(1000, "Die Öffnungszeiten sind zu lang (höchstens 1.000 Zeichen)."),
  telefon: optional(50, "Die Telefonnummer ist zu lang (höchstens 50 Zeichen).").refine((v) => v === null || /^[0-9+()/ -]{3,}$/.test(v), "Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen, +, /, - oder Klammern ein."),
  email: optional(254, "Die E-Mail-Adresse ist zu lang.").refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel wohngeld@beispiel.de."),
  onlineAntrag: optional(500, "Die Adresse des Online-Antrags ist zu lang (höchstens 500 Zeichen).").refine(
    (v) => v === null || isHttpsUrl(v),
    "Bitte geben Sie den Online-Antrag als vollständige Adresse mit https:// an, zum Beispiel https://www.beispiel.de/wohngeld.",
  ),
});

export function readZustaendigkeitForm(form: FormData): ZustaendigkeitFormValues {
  return Object.fromEntries(ZUSTAENDIGKEIT_FIELDS.map((key) => [key, String(form.get(key) ?? "")])) as ZustaendigkeitFormValues;
}

export function zustaendigkeitFormValues(data: ZustaendigkeitData): ZustaendigkeitFormValues {
  return { ...data, telefon: data.telefon ?? "", email: data.email ?? "", onlineAntrag: data.onlineAntrag ?? "" };
}

function errorsOf<K extends string>(issues: z.ZodIssue[]): Array<{ fieldId: K; message: string }> {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const fieldId = String(issue.path[0]) as K;
    if (seen.has(fieldId)) return [];
    seen.add(fieldId);
    return [{ fieldId, message: issue.message }];
  });
}

export function validateZustaendigkeit(values: ZustaendigkeitFormValues) {
  const parsed = Zustaendigkeit.safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsOf<keyof ZustaendigkeitFormValues>(parsed.error.issues) } as const;
  return { ok: true, data: parsed.data as ZustaendigkeitData } as const;
}

/** The benefits a Zuständigkeit can be for, in page order. */
export const ZUSTAENDIGKEIT_LEISTUNGEN: readonly BenefitSlug[] = BENEFIT_SLUGS;

// ---- a new Kommune ----

export type KommuneFormValues = { name: string; ags: string; plz: string; redaktionName: string; redaktionEmail: string };
export type KommuneFormError = { fieldId: keyof KommuneFormValues; message: string };

/** "99991, 99992 99993" or one per line → sorted, unique five-digit codes; `ungueltig` lists the rest. */
export function parsePlzList(text: string): { plz: string[]; ungueltig: string[] } {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  const plz = [...new Set(parts.filter((part) => /^[0-9]{5}$/.test(part)))].sort();
  return { plz, ungueltig: parts.filter((part) => !/^[0-9]{5}$/.test(part)) };
}

const NewKommune = z.object({
  name: z.string().trim().min(1, "Bitte geben Sie den Namen der Kommune ein.").max(200, "Der Name ist zu lang (höchstens 200 Zeichen)."),
  ags: z.string().trim().regex(/^[0-9]{8}$/, "Bitte geben Sie den Amtlichen Gemeindeschlüssel mit 8 Ziffern ein, zum Beispiel 09162000."),
  plz: z
    .string()
    .transform((v) => parsePlzList(v))
    .superRefine((v, ctx) => {
      if (v.ungueltig.length > 0) ctx.addIssue({ code: "custom", message: `Keine Postleitzahl mit 5 Ziffern: ${v.ungueltig.slice(0, 5).join(", ")}.` });
      else if (v.plz.length === 0) ctx.addIssue({ code: "custom", message: "Bitte geben Sie mindestens eine Postleitzahl der Kommune ein." });
      else if (v.plz.length > 500) ctx.addIssue({ code: "custom", message: "Bitte geben Sie höchstens 500 Postleitzahlen ein." });
    })
    .transform((v) => v.plz),
  redaktionName: z.string().trim().min(1, "Bitte geben Sie den Namen der ersten Redaktion ein.").max(120, "Der Name ist zu lang (höchstens 120 Zeichen)."),
  redaktionEmail: z.string().trim().min(1, "Bitte geben Sie die E-Mail-Adresse der ersten Redaktion ein.").max(254, "Die E-Mail-Adresse ist zu lang."),
});

export const readKommuneForm = (form: FormData): KommuneFormValues => ({
  name: String(form.get("name") ?? ""),
  ags: String(form.get("ags") ?? ""),
  plz: String(form.get("plz") ?? ""),
  redaktionName: String(form.get("redaktionName") ?? ""),
  redaktionEmail: String(form.get("redaktionEmail") ?? ""),
});

export function validateNewKommune(values: KommuneFormValues) {
  const parsed = NewKommune.safeParse(values);
  if (!parsed.success) return { ok: false, errors: errorsOf<keyof KommuneFormValues>(parsed.error.issues) } as const;
  return { ok: true, data: parsed.data } as const;
}
