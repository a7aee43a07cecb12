/**
 * The booking form's POST: read and check the form, book through the same service as the API
 * (with the form's idempotency key, so a double submit gives the same booking) and turn the
 * service's answer into what the page shows: the new token, or the form again with the typed
 * values, the errors and – when the time was taken meanwhile – three alternatives to choose from.
 */
import { randomUUID } from "node:crypto";
import { isTerminart, pickerQuery, readBookingForm, readSlotStart, weekStart, type BookingFormError, type BookingFormValues } from "../../domain/booking/booking-form";
import { BOOKING_TIME_ZONE, TERMINART_LABEL, type Terminart } from "../../domain/booking/types";
import { localDateOf } from "../../domain/booking/wall-time";
import { alternativeOptions, type ChoiceLink, type Option } from "./booking-page.server";
import { alternatives, bookAppointment, type BookingContext } from "./booking.server";
import { formatDay, formatTime } from "./format.server";

export type FormState = {
  art: Terminart;
  /** The chosen start (hidden field); null when the person must pick one of `alternatives`. */
  zeit: string | null;
  alternatives: Option[] | null;
  values: BookingFormValues;
  errors: BookingFormError[];
  /** A message above the form (time taken meanwhile, form sent twice with other data). */
  notice: { title: string; text: string } | null;
  chosen: ChoiceLink[];
};

export type SubmitOutcome = { kind: "gebucht"; token: string } | { kind: "form"; state: FormState } | { kind: "neu_beginnen" };

export type SubmitInput = {
  centre: { id: string; themen: string[] };
  offered: readonly Terminart[];
  form: Record<string, string | undefined>;
  benutzerId?: string;
  base: string;
};

/** A new idempotency key for a fresh form (hidden field). */
export function newFormKey(): string {
  return randomUUID();
}

function chosenLinks(base: string, art: Terminart, start: Date | null): ChoiceLink[] {
  const links: ChoiceLink[] = [{ label: "Art des Termins", value: TERMINART_LABEL[art], href: `${base}${pickerQuery({})}` }];
  if (!start) return links;
  const tag = localDateOf(start, BOOKING_TIME_ZONE);
  links.push({ label: "Tag", value: formatDay(start), href: `${base}${pickerQuery({ art, woche: weekStart(tag) })}` });
  links.push({ label: "Uhrzeit", value: `${formatTime(start)} Uhr`, href: `${base}${pickerQuery({ art, tag })}` });
  return links;
}

export async function submitBookingForm(ctx: BookingContext, input: SubmitInput): Promise<SubmitOutcome> {
  const art = input.form.art;
  if (!isTerminart(art) || !input.offered.includes(art)) return { kind: "neu_beginnen" };
  const start = readSlotStart(input.form.zeit);
  const reading = readBookingForm(input.form, input.centre.themen);
  const alternativesShown = input.form.alternativen === "ja";
  const state = (patch: Partial<FormState>): SubmitOutcome => ({
    kind: "form",
    state: { art, zeit: start?.toISOString() ?? null, alternatives: null, values: reading.values, errors: [], notice: null, chosen: chosenLinks(input.base, art, start), ...patch },
  });
  if (!start || !reading.ok) {
    const errors: BookingFormError[] = [...(start ? [] : [{ fieldId: "zeit" as const, message: "Bitte wählen Sie eine der freien Zeiten." }]), ...(reading.ok ? [] : reading.errors)];
    if (!start && !alternativesShown) return { kind: "neu_beginnen" };
    const shown = alternativesShown ? alternativeOptions(await alternatives(ctx, { beratungsstelleId: input.centre.id, start: start ?? ctx.now, art })) : null;
    return state({ errors, alternatives: shown, zeit: shown ? null : (start?.toISOString() ?? null), chosen: chosenLinks(input.base, art, shown ? null : start) });
  }
  const result = await bookAppointment(ctx, { beratungsstelleId: input.centre.id, start, art, ...reading.details, benutzerId: input.benutzerId });
  if (result.ok) return { kind: "gebucht", token: result.token };
  if (result.code === "idempotenz_konflikt") {
    return state({
      values: { ...reading.values, schluessel: newFormKey() },
      notice: { title: "Formular schon abgeschickt", text: "Mit diesem Formular wurde schon ein Termin gebucht. Wenn Sie einen weiteren Termin buchen möchten, prüfen Sie die Angaben und senden Sie das Formular noch einmal ab." },
    });
  }
  const slots = result.code === "termin_vergeben" ? result.alternativen : await alternatives(ctx, { beratungsstelleId: input.centre.id, start, art });
  const when = `${formatDay(start)}, ${formatTime(start)} Uhr`;
  return state({
    zeit: null,
    alternatives: alternativeOptions(slots),
    chosen: chosenLinks(input.base, art, null),
    notice:
      result.code === "termin_vergeben"
        ? { title: "Dieser Termin ist inzwischen vergeben", text: `Die Zeit ${when} hat gerade jemand anderes gebucht. Bitte wählen Sie eine der nächsten freien Zeiten. Ihre Angaben bleiben erhalten.` }
        : { title: "Diese Zeit ist nicht mehr buchbar", text: `Für ${when} kann nicht mehr gebucht werden. Bitte wählen Sie eine der nächsten freien Zeiten. Ihre Angaben bleiben erhalten.` },
  });
}
