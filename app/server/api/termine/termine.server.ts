/** The booking endpoints: availability, booking with Idempotency-Key, cancelling with the token. */
import { z } from "zod";
import { TERMINARTEN, BOOKING_TIME_ZONE, type Slot } from "../../../domain/booking/types";
import { addDays, isoWithOffset } from "../../../domain/booking/wall-time";
import { isLocalDate } from "../../../domain/shared/dates";
import { freeSlots } from "../../booking/availability.server";
import { bookAppointment, cancelAppointment, findByCodeAndToken, type BookingContext } from "../../booking/booking.server";
import type { Services } from "../../context.server";
import { invalidFactsProblem, PROBLEM_CONTENT_TYPE, problemAnswer, statusProblem, type ApiAnswer, type FeldFehler } from "../problem.server";

export const MAX_RANGE_DAYS = 31;
const NO_STORE = { "Cache-Control": "no-store" };
const NO_CONTENT: ApiAnswer = { status: 204, headers: NO_STORE, body: undefined };

export const slotJson = (slot: Slot, art: string) => ({ start: isoWithOffset(slot.start, BOOKING_TIME_ZONE), ende: isoWithOffset(slot.ende, BOOKING_TIME_ZONE), art, berater_id: slot.kalenderId });
const slotsJson = (slots: Slot[], art?: string) => slots.flatMap((slot) => (art ? [art] : slot.arten).map((a) => slotJson(slot, a)));

export function bookingContext(services: Services, now: Date): BookingContext {
  return { db: services.db.prisma, secret: services.bookingSecret, now, publicUrl: services.config.PUBLIC_URL };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only published centres are bookable from outside: a withdrawn one is "not found", for its slots and for bookings alike. */
async function isPublished(services: Services, id: string): Promise<boolean> {
  return uuid.test(id) && (await services.db.prisma.beratungsstelle.count({ where: { id: id.toLowerCase(), veroeffentlicht: true } })) > 0;
}
const centreNotFound = () => problemAnswer(statusProblem(404, "Nicht gefunden", "Diese Beratungsstelle gibt es nicht oder sie ist nicht veröffentlicht."));

export async function availabilityAnswer(services: Services, id: string, params: URLSearchParams, now: Date): Promise<ApiAnswer> {
  const von = params.get("von") ?? "";
  const bis = params.get("bis") ?? "";
  const art = params.get("art") ?? undefined;
  const errors: FeldFehler[] = [];
  if (!isLocalDate(von)) errors.push({ pfad: "von", meldung: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });
  if (!isLocalDate(bis)) errors.push({ pfad: "bis", meldung: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });
  else if (isLocalDate(von) && (bis < von || bis > addDays(von, MAX_RANGE_DAYS))) errors.push({ pfad: "bis", meldung: `bis muss zwischen von und ${MAX_RANGE_DAYS} Tagen danach liegen.` });
  if (art !== undefined && !(TERMINARTEN as readonly string[]).includes(art)) errors.push({ pfad: "art", meldung: "art ist vor_ort, telefon oder video." });
  if (errors.length) return problemAnswer(invalidFactsProblem(services.config.PUBLIC_URL, errors));
  if (!(await isPublished(services, id))) return centreNotFound();
  const slots = await freeSlots(services.db.prisma, id, { von, bis, art: art as Slot["arten"][number] | undefined, now });
  return { status: 200, headers: { "Content-Type": "application/json", ...NO_STORE }, body: { termine: slotsJson(slots, art) } };
}

const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const bookingBody = z.object({
  beratungsstelle_id: z.string().regex(uuid, "Bitte die ID der Beratungsstelle angeben."),
  start: z.string().regex(OFFSET_ISO, "Bitte Datum und Uhrzeit nach ISO 8601 mit Zeitzone angeben."),
  art: z.enum(TERMINARTEN, "art ist vor_ort, telefon oder video."),
  name: z.string().trim().min(1, "Bitte einen Namen oder ein Pseudonym angeben.").max(100, "Höchstens 100 Zeichen."),
  email: z.email("Bitte eine gültige E-Mail-Adresse angeben.").max(200).optional(),
  telefon: z.string().trim().regex(/^[+0-9 ()/-]{5,30}$/, "Bitte eine gültige Telefonnummer angeben.").optional(),
  anliegen: z.string().trim().max(1000, "Höchstens 1.000 Zeichen.").optional(),
}).strict();

export function zodErrors(error: z.ZodError): FeldFehler[] {
  return error.issues.map((issue) => ({ pfad: issue.path.join(".") || "(inhalt)", meldung: issue.message }));
}

/**
 * The Idempotency-Key header of a POST (null: none sent): 1 to 100 printable ASCII characters, or
 * at least `minLength` where a replay hands out a secret (POST /api/v1/gespraeche).
 */
export function idempotencyKeyProblem(publicUrl: string, key: string | null, minLength = 1): ApiAnswer | null {
  if (key === null || (key.length >= minLength && /^[\x21-\x7e]{1,100}$/.test(key))) return null;
  return problemAnswer(invalidFactsProblem(publicUrl, [{ pfad: "Idempotency-Key", meldung: `${minLength} bis 100 druckbare ASCII-Zeichen.` }]));
}

export async function bookingAnswer(services: Services, value: unknown, idempotencyKey: string | null, now: Date): Promise<ApiAnswer> {
  const publicUrl = services.config.PUBLIC_URL;
  const parsed = bookingBody.safeParse(value);
  if (!parsed.success) return problemAnswer(invalidFactsProblem(publicUrl, zodErrors(parsed.error)));
  const badKey = idempotencyKeyProblem(publicUrl, idempotencyKey);
  if (badKey) return badKey;
  const body = parsed.data;
  if (!(await isPublished(services, body.beratungsstelle_id))) return centreNotFound();
  const start = new Date(body.start);
  const result = await bookAppointment(bookingContext(services, now), {
    beratungsstelleId: body.beratungsstelle_id, start, art: body.art, name: body.name, email: body.email, telefon: body.telefon, anliegen: body.anliegen, idempotencyKey: idempotencyKey ?? undefined,
  });
  if (result.ok) {
    const { termin } = result;
    return {
      status: 201,
      headers: { "Content-Type": "application/json", ...NO_STORE },
      body: { buchungscode: termin.buchungscode, verwalten_url: `${publicUrl}/termine/verwalten/${result.token}`, start: isoWithOffset(termin.beginn, BOOKING_TIME_ZONE), ende: isoWithOffset(termin.ende, BOOKING_TIME_ZONE), art: termin.art },
    };
  }
  if (result.code === "termin_vergeben") {
    const problem = statusProblem(409, "Termin schon vergeben", "Dieser Termin wurde gerade vergeben. alternativen nennt bis zu drei nahe freie Termine.");
    return { status: 409, headers: { ...NO_STORE, "Content-Type": PROBLEM_CONTENT_TYPE }, body: { ...problem, code: "termin_vergeben", alternativen: result.alternativen.map((slot) => slotJson(slot, body.art)) } };
  }
  if (result.code === "idempotenz_konflikt") {
    return problemAnswer(statusProblem(422, "Schlüssel schon verwendet", "Dieser Idempotency-Key gehört zu einer Buchung mit anderen Angaben. Verwenden Sie für eine neue Buchung einen neuen Schlüssel."));
  }
  return problemAnswer(invalidFactsProblem(publicUrl, [{ pfad: "start", meldung: "Zu dieser Zeit gibt es keinen buchbaren Termin (vergangen, zu kurzfristig oder kein Termin im Raster)." }]));
}

/** The management token from `Authorization: Bearer …`, else from `?token=`. */
export function tokenOf(authorization: string | null, query: URLSearchParams): string {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  return bearer ?? query.get("token") ?? "";
}

export async function cancelAnswer(services: Services, buchungscode: string, token: string, now: Date): Promise<ApiAnswer> {
  const notFound = problemAnswer(statusProblem(404, "Nicht gefunden", "Zu diesem Buchungscode und Schlüssel gibt es keinen Termin."));
  const termin = await findByCodeAndToken(services.db.prisma, buchungscode, token);
  if (!termin) return notFound;
  if (termin.status === "storniert") return NO_CONTENT;
  const result = await cancelAppointment(services.db.prisma, termin, now);
  if (!result.ok) return problemAnswer(statusProblem(409, "Nicht mehr möglich", "Dieser Termin hat schon begonnen oder ist abgeschlossen."));
  return NO_CONTENT;
}
