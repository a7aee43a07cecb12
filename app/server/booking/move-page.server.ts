/**
 * Moving a booking from the help seeker's private management link (issue 6: "absagen oder
 * verschieben"). The page uses the booking picker (booking-page.server.ts) with the kind fixed to
 * the booked one; the move itself is the booking service's moveAppointment, the same as for
 * staff, so the exclusion constraint decides races, a queued reminder is discarded and the
 * help seeker with an e-mail address is told. A lost race is answered with the nearest free
 * times as choices, never with an error page.
 */
import { readPickerParams, readSlotStart } from "../../domain/booking/booking-form";
import { canManage } from "../../domain/booking/status";
import { TERMINART_LABEL } from "../../domain/booking/types";
import type { Termin } from "../generated/prisma/client";
import { alternativeOptions, centreCalendars, pickerView, type Option, type PickerView } from "./booking-page.server";
import { alternatives, moveAppointment, type BookingContext } from "./booking.server";
import { formatDay, formatSlotLong, formatTime } from "./format.server";

export const movePath = (token: string) => `/termine/verwalten/${encodeURIComponent(token)}/verschieben`;

export type MovePage =
  | { moeglich: false; aktuell: string; art: string }
  | { moeglich: true; aktuell: string; art: string; view: PickerView };

/** The picker for moving `termin`: the kind is always the booked one, whatever the address says. */
export async function movePage(ctx: Pick<BookingContext, "db" | "now">, termin: Termin, token: string, search: URLSearchParams): Promise<MovePage> {
  const aktuell = formatSlotLong(termin.beginn, termin.ende);
  const art = TERMINART_LABEL[termin.art];
  const calendars = canManage(termin.status, termin.beginn, ctx.now) ? await centreCalendars(ctx.db, termin.beratungsstelleId, ctx.now) : null;
  if (!calendars) return { moeglich: false, aktuell, art };
  const query = new URLSearchParams(search);
  query.set("art", termin.art);
  const picked = readPickerParams(query, [termin.art]);
  const view = await pickerView(ctx.db, termin.beratungsstelleId, picked, calendars, ctx.now, movePath(token), { kindFixed: true });
  return { moeglich: true, aktuell, art, view };
}

export type MoveFormState = {
  /** The time first wanted (ISO), so the alternatives stay the same when sent without a choice. */
  wanted: string;
  /** The nearest free times to choose from instead (the wanted one was taken meanwhile). */
  alternatives: Option[];
  errors: { fieldId: string; message: string }[];
  notice: { title: string; text: string } | null;
};

export type MoveOutcome = { kind: "verschoben" } | { kind: "nicht_mehr_moeglich" } | { kind: "neu_waehlen" } | { kind: "form"; state: MoveFormState };

/** The confirmation form's POST: `zeit` is the chosen start (hidden, or one of the alternatives). */
export async function submitMove(ctx: BookingContext, termin: Termin, token: string, form: Record<string, string | undefined>): Promise<MoveOutcome> {
  if (!canManage(termin.status, termin.beginn, ctx.now)) return { kind: "nicht_mehr_moeglich" };
  const start = readSlotStart(form.zeit);
  if (!start) {
    // Only the list of alternatives can be sent without a choice; anything else starts the picker again.
    if (form.alternativen !== "ja") return { kind: "neu_waehlen" };
    const wanted = readSlotStart(form.gewuenscht) ?? termin.beginn;
    const shown = alternativeOptions(await alternatives(ctx, { beratungsstelleId: termin.beratungsstelleId, start: wanted, art: termin.art }));
    return { kind: "form", state: { wanted: wanted.toISOString(), alternatives: shown, errors: [{ fieldId: "zeit", message: "Bitte wählen Sie eine der freien Zeiten." }], notice: null } };
  }
  const result = await moveAppointment(ctx, termin, token, start);
  if (result.ok) return { kind: "verschoben" };
  if (result.code === "nicht_mehr_moeglich") return { kind: "nicht_mehr_moeglich" };
  const slots = result.code === "termin_vergeben" ? result.alternativen : await alternatives(ctx, { beratungsstelleId: termin.beratungsstelleId, start, art: termin.art });
  return {
    kind: "form",
    state: {
      wanted: start.toISOString(),
      alternatives: alternativeOptions(slots),
      errors: [],
      notice: {
        title: "Diese Zeit ist inzwischen vergeben",
        text: `Die Zeit ${formatDay(start)}, ${formatTime(start)} Uhr ist nicht mehr frei. Ihr Termin bleibt bis dahin unverändert. Bitte wählen Sie eine der nächsten freien Zeiten.`,
      },
    },
  };
}
