/**
 * The help seeker's booking pages: reading the picker's GET parameters (kind → day → time) and
 * the short booking form. Pure: no clock, no Prisma; "today" and the offered kinds are inputs.
 * Errors are German messages keyed by the field id (the ErrorSummary links to it).
 */
import { z } from "zod";
import { isLocalDate, type LocalDate } from "../shared/dates";
import { topicLabel } from "../counselling/topics";
import { TERMINARTEN, type Terminart } from "./types";
import { addDays, isoWeekday } from "./wall-time";

export const NAME_MAX = 100;
export const NOTIZ_MAX = 500;
export const EMAIL_MAX = 200;
/** The form's checkbox value for the consent to the privacy notice. */
export const CONSENT_VALUE = "ja";

export type PickerStep = 1 | 2 | 3 | 4;
export const PICKER_STEPS = 4;

export type PickerParams = {
  art?: Terminart;
  woche?: LocalDate;
  tag?: LocalDate;
  /** Start instant of the chosen slot (ISO 8601, UTC). */
  zeit?: string;
  /** The step whose GET form was submitted (to tell "nothing chosen" from "not there yet"). */
  gesendet?: PickerStep;
};

const ZEIT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export function isTerminart(value: string | null | undefined): value is Terminart {
  return (TERMINARTEN as readonly string[]).includes(value ?? "");
}

/** Monday of the week `date` lies in. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The picker's parameters; anything malformed is simply absent (the step before is shown again). */
export function readPickerParams(params: URLSearchParams, offered: readonly Terminart[]): PickerParams {
  const art = params.get("art");
  const woche = params.get("woche") ?? "";
  const tag = params.get("tag") ?? "";
  const zeit = params.get("zeit") ?? "";
  const gesendet = Number(params.get("schritt"));
  const result: PickerParams = {};
  if (isTerminart(art) && offered.includes(art)) result.art = art;
  if (isLocalDate(woche)) result.woche = weekStart(woche);
  if (result.art && isLocalDate(tag)) result.tag = tag;
  if (result.tag && ZEIT.test(zeit) && !Number.isNaN(Date.parse(zeit))) result.zeit = new Date(zeit).toISOString();
  if (gesendet >= 1 && gesendet <= 3) result.gesendet = gesendet as PickerStep;
  return result;
}

/** The step to show: the first one whose choice is missing. */
export function pickerStep(params: PickerParams): PickerStep {
  if (!params.art) return 1;
  if (!params.tag) return 2;
  if (!params.zeit) return 3;
  return 4;
}

/** The message when a step's form was sent without a choice, else null. */
export function missingChoice(params: PickerParams): { fieldId: string; message: string } | null {
  const step = pickerStep(params);
  if (params.gesendet !== step) return null;
  if (step === 1) return { fieldId: "art", message: "Bitte wählen Sie, wie Sie beraten werden möchten." };
  if (step === 2) return { fieldId: "tag", message: "Bitte wählen Sie einen Tag." };
  if (step === 3) return { fieldId: "zeit", message: "Bitte wählen Sie eine Uhrzeit." };
  return null;
}

/** Query string of the picker for the given choices (empty values left out). */
export function pickerQuery(choice: Partial<Record<"art" | "woche" | "tag" | "zeit", string | undefined>>): string {
  const query = new URLSearchParams();
  for (const key of ["art", "woche", "tag", "zeit"] as const) {
    const value = choice[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Week paging: the previous week only from this week on, the next only within the horizon. */
export function weekPaging(woche: LocalDate, today: LocalDate, lastBookableDay: LocalDate): { previous: LocalDate | null; next: LocalDate | null } {
  const previous = addDays(woche, -7);
  const next = addDays(woche, 7);
  return { previous: woche > weekStart(today) ? previous : null, next: next <= lastBookableDay ? next : null };
}

export const BOOKING_FIELDS = ["name", "email", "telefon", "thema", "notiz", "einwilligung"] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];
export type BookingFormValues = Record<BookingField | "schluessel", string>;
export type BookingFormError = { fieldId: BookingField | "zeit"; message: string };

export type BookingDetails = {
  name: string;
  email?: string;
  telefon?: string;
  /** Topic and note as one short text (the booking keeps one `anliegen`). */
  anliegen?: string;
  idempotencyKey: string;
};

export type BookingFormReading = { ok: true; details: BookingDetails; values: BookingFormValues } | { ok: false; errors: BookingFormError[]; values: BookingFormValues };

const optionalText = (value: string) => value.trim();
// Line breaks count once, whether the browser sent \r\n or \n.
const normalise = (value: string) => value.replace(/\r\n?/g, "\n").trim();

function schema(topics: readonly string[]) {
  return z.object({
    name: z.string().min(1, { error: "Bitte geben Sie einen Namen oder ein Pseudonym ein." }).max(NAME_MAX, { error: `Der Name darf höchstens ${NAME_MAX} Zeichen lang sein.` }),
    email: z.union([z.literal(""), z.email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org – oder lassen Sie das Feld leer." }).max(EMAIL_MAX, { error: `Die E-Mail-Adresse darf höchstens ${EMAIL_MAX} Zeichen lang sein.` })]),
    telefon: z.union([z.literal(""), z.string().regex(/^[+0-9 ()/-]{5,30}$/, { error: "Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) / - ein – oder lassen Sie das Feld leer." })]),
    thema: z.string().refine((value) => value === "" || topics.includes(value), { error: "Bitte wählen Sie ein Thema aus der Liste." }),
    notiz: z.string().max(NOTIZ_MAX, { error: `Bitte fassen Sie sich kürzer: höchstens ${NOTIZ_MAX} Zeichen.` }),
    einwilligung: z.literal(CONSENT_VALUE, { error: "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben und der Speicherung zustimmen." }),
    schluessel: z.string().regex(/^[\w-]{8,100}$/, { error: "Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab." }),
  });
}

/** "Thema: Schulden" and the note, as the booking's `anliegen`; undefined when both are empty. */
export function composeAnliegen(thema: string, notiz: string): string | undefined {
  const label = thema ? topicLabel(thema) ?? thema : "";
  const text = [label ? `Thema: ${label}` : "", notiz].filter(Boolean).join("\n");
  return text || undefined;
}

/** Reads the booking form; `topics` are the centre's topic slugs the select offers. */
export function readBookingForm(form: Record<string, string | undefined>, topics: readonly string[]): BookingFormReading {
  const values: BookingFormValues = {
    name: optionalText(form.name ?? ""),
    email: optionalText(form.email ?? ""),
    telefon: optionalText(form.telefon ?? ""),
    thema: optionalText(form.thema ?? ""),
    notiz: normalise(form.notiz ?? ""),
    einwilligung: form.einwilligung === CONSENT_VALUE ? CONSENT_VALUE : "",
    schluessel: optionalText(form.schluessel ?? ""),
  };
  const parsed = schema(topics).safeParse(values);
  if (!parsed.success) {
    const errors: BookingFormError[] = [];
    for (const field of [...BOOKING_FIELDS, "schluessel"] as const) {
      const issue = parsed.error.issues.find((candidate) => candidate.path[0] === field);
      // The key is hidden: its (rare) error is shown on the first field.
      if (issue) errors.push({ fieldId: field === "schluessel" ? "name" : field, message: issue.message });
    }
    return { ok: false, errors, values };
  }
  const data = parsed.data;
  return {
    ok: true,
    values,
    details: {
      name: data.name,
      email: data.email || undefined,
      telefon: data.telefon || undefined,
      anliegen: composeAnliegen(data.thema, data.notiz),
      idempotencyKey: data.schluessel,
    },
  };
}

/** Reads the chosen slot start from the form (hidden field, or the alternatives' radio buttons). */
export function readSlotStart(value: string | undefined): Date | null {
  if (!value || !ZEIT.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
