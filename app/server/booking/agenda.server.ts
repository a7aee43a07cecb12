/**
 * The staff side of booking (issue 6, point 4): the agenda of a centre's calendars, the actions
 * on a booking (confirm, cancel with reason, no-show, re-enter, move), blocking time, and the
 * private iCal feed per calendar. Every function takes the actor and checks the centre's scope
 * itself, so a route cannot forget it. State changes go through domain/booking/status.ts; the
 * exclusion constraint still decides every race (re-entering a cancelled booking included).
 */
import { createHash, randomBytes } from "node:crypto";
import { assertCan, can, type Actor } from "../../domain/accounts/permissions";
import { ACTION_TARGET, type BlockInput, type StaffAction } from "../../domain/booking/agenda";
import { transition } from "../../domain/booking/status";
import { BOOKING_TIME_ZONE, TERMINART_LABEL } from "../../domain/booking/types";
import { addDays, wallMinutes, zonedInstant } from "../../domain/booking/wall-time";
import type { LocalDate } from "../../domain/shared/dates";
import { recordAudit } from "../audit.server";
import type { Prisma, PrismaClient, Termin } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { cancelAppointment, moveAppointment, violation, type BookingContext, type MoveResult } from "./booking.server";
import { formatSlotLong } from "./format.server";
import { icsCalendar, sequenceOf } from "./ics.server";
import { queueBookingMails, reminderFieldsFor } from "./mails.server";
import { managementToken } from "./tokens.server";

export type CentreOfAgenda = { id: string; name: string; traegerId: string };

/** Centres with at least one calendar whose agenda the actor may see, by name. */
export async function agendaCentres(db: PrismaClient, actor: Actor): Promise<CentreOfAgenda[]> {
  const isAdmin = actor.memberships.some((m) => m.rolle === "plattform_admin");
  const traegerIds = actor.memberships.flatMap((m) => (m.traegerId ? [m.traegerId] : []));
  const stellenIds = actor.memberships.flatMap((m) => (m.beratungsstelleId ? [m.beratungsstelleId] : []));
  const centres = await db.beratungsstelle.findMany({
    where: {
      kalender: { some: {} },
      ...(isAdmin ? {} : { OR: [{ traegerId: { in: traegerIds } }, { id: { in: stellenIds } }] }),
    },
    select: { id: true, name: true, traegerId: true },
    orderBy: { name: "asc" },
    take: 500,
  });
  return centres.filter((c) => can(actor, "termine.ansehen", { traegerId: c.traegerId, beratungsstelleId: c.id }));
}

async function centreScope(db: PrismaClient, beratungsstelleId: string) {
  const centre = await db.beratungsstelle.findUnique({ where: { id: beratungsstelleId }, select: { id: true, name: true, traegerId: true } });
  if (!centre) throw new Response("Nicht gefunden", { status: 404 });
  return centre;
}

export type AgendaBooking = Pick<Termin, "id" | "buchungscode" | "art" | "beginn" | "ende" | "status" | "name" | "email" | "telefon" | "anliegen" | "stornoGrund" | "createdAt">;
export type AgendaBlock = { id: string; datum: string; von: string | null; bis: string | null; fuerAlle: boolean };
export type AgendaCalendar = { id: string; bezeichnung: string; eigener: boolean; feedAktiv: boolean; termine: AgendaBooking[]; sperren: AgendaBlock[] };

/** One centre's calendars with their bookings and blocked times from `von` to `bis` (Berlin dates). */
export async function loadAgenda(db: PrismaClient, actor: Actor, beratungsstelleId: string, von: LocalDate, bis: LocalDate) {
  const centre = await centreScope(db, beratungsstelleId);
  assertCan(actor, "termine.ansehen", { traegerId: centre.traegerId, beratungsstelleId });
  const from = zonedInstant(von, 0, BOOKING_TIME_ZONE);
  const to = zonedInstant(addDays(bis, 1), 0, BOOKING_TIME_ZONE);
  const kalender = await db.beratungskalender.findMany({
    where: { beratungsstelleId },
    orderBy: { bezeichnung: "asc" },
    include: {
      termine: {
        where: { beginn: { gte: from, lt: to } },
        orderBy: { beginn: "asc" },
        select: { id: true, buchungscode: true, art: true, beginn: true, ende: true, status: true, name: true, email: true, telefon: true, anliegen: true, stornoGrund: true, createdAt: true },
      },
    },
  });
  const ausnahmen = await db.terminausnahme.findMany({
    where: { beratungsstelleId, typ: "geschlossen", datum: { gte: new Date(von), lte: new Date(bis) } },
    orderBy: [{ datum: "asc" }, { von: "asc" }],
  });
  const calendars: AgendaCalendar[] = kalender.map((k) => ({
    id: k.id,
    bezeichnung: k.bezeichnung,
    eigener: k.benutzerId === actor.benutzerId,
    feedAktiv: k.icalTokenHash !== null,
    termine: k.termine,
    sperren: ausnahmen
      .filter((a) => a.kalenderId === k.id || a.kalenderId === null)
      .map((a) => ({ id: a.id, datum: a.datum.toISOString().slice(0, 10), von: a.von, bis: a.bis, fuerAlle: a.kalenderId === null })),
  }));
  return { centre, calendars };
}

/** Counts for the dashboard: bookings not yet confirmed, and those made in the last 24 hours. */
export async function bookingSignals(db: PrismaClient, actor: Actor, now: Date): Promise<{ unbestaetigt: number; neu: number }> {
  const ids = (await agendaCentres(db, actor)).map((c) => c.id);
  if (ids.length === 0) return { unbestaetigt: 0, neu: 0 };
  const [unbestaetigt, neu] = await Promise.all([
    db.termin.count({ where: { beratungsstelleId: { in: ids }, status: "gebucht", beginn: { gt: now } } }),
    db.termin.count({ where: { beratungsstelleId: { in: ids }, status: { not: "storniert" }, createdAt: { gt: new Date(now.getTime() - 86_400_000) } } }),
  ]);
  return { unbestaetigt, neu };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function bookingForStaff(db: PrismaClient, actor: Actor, terminId: string): Promise<{ termin: Termin; traegerId: string; centreName: string }> {
  const termin = UUID.test(terminId) ? await db.termin.findUnique({ where: { id: terminId } }) : null;
  if (!termin) throw new Response("Nicht gefunden", { status: 404 });
  const centre = await centreScope(db, termin.beratungsstelleId);
  assertCan(actor, "termine.verwalten", { traegerId: centre.traegerId, beratungsstelleId: centre.id });
  return { termin, traegerId: centre.traegerId, centreName: centre.name };
}

/** A booking as staff see it (detail page); 404 and 403 as for the actions. */
export async function bookingDetail(db: PrismaClient, actor: Actor, terminId: string) {
  return bookingForStaff(db, actor, terminId);
}

export type StaffActionResult = { ok: true; termin: Termin } | { ok: false; code: "termin_status_unzulaessig" | "nicht_mehr_moeglich" | "termin_vergeben" };

/** Tells a reachable help seeker that staff cancelled, with the reason (no counselling content). */
async function queueCancellationNotice(db: Prisma.TransactionClient, termin: Termin, centreName: string, grund: string): Promise<void> {
  if (!termin.email) return;
  await queueMail(db, {
    an: termin.email,
    betreff: "Ihr Termin wurde abgesagt",
    text: [
      `Guten Tag ${termin.name},`,
      "",
      `die Beratungsstelle ${centreName} hat Ihren Termin leider abgesagt.`,
      "",
      `Termin: ${formatSlotLong(termin.beginn, termin.ende)}`,
      `Art: ${TERMINART_LABEL[termin.art]}`,
      `Buchungscode: ${termin.buchungscode}`,
      `Grund: ${grund}`,
      "",
      "Sie können auf der Seite der Beratungsstelle einen neuen Termin buchen.",
      "",
      "Diese Nachricht wurde automatisch erstellt.",
    ].join("\n"),
    anlass: "termin_abgesagt",
  });
}

export async function applyStaffAction(ctx: BookingContext, actor: Actor, terminId: string, aktion: StaffAction, grund: string | null): Promise<StaffActionResult> {
  const { db, now } = ctx;
  const { termin, traegerId, centreName } = await bookingForStaff(db, actor, terminId);
  const target = ACTION_TARGET[aktion];
  const allowed = transition(termin.status, target);
  if (!allowed.ok) return { ok: false, code: allowed.code };
  const audit = (tx: Prisma.TransactionClient, t: Termin) =>
    recordAudit(tx, actor, { aktion: `termin.${aktion}`, objektTyp: "termin", objektId: t.id, traegerId, details: { von: termin.status, nach: t.status } });
  if (aktion === "absagen") {
    return cancelAppointment(db, termin, now, grund ?? undefined, async (tx, cancelled) => {
      await queueCancellationNotice(tx, cancelled, centreName, grund ?? "");
      await audit(tx, cancelled);
    });
  }
  const ahead = termin.beginn.getTime() > now.getTime();
  if ((aktion === "nicht_erschienen") === ahead) return { ok: false, code: "nicht_mehr_moeglich" };
  try {
    const updated = await db.$transaction(async (tx) => {
      // The status in the WHERE clause: a concurrent change makes this update find nothing.
      // Re-entered: the reminder job queues a reminder again (none when the start is less than 24 h ahead).
      const reentered = aktion === "reaktivieren" ? { stornoGrund: null, ...reminderFieldsFor(termin.beginn, now) } : {};
      const { count } = await tx.termin.updateMany({ where: { id: termin.id, status: termin.status }, data: { status: target, ...reentered } });
      if (count === 0) return null;
      const row = await tx.termin.findUniqueOrThrow({ where: { id: termin.id } });
      if (aktion === "reaktivieren") {
        // Booked again: the help seeker is told as after booking.
        const link = `${ctx.publicUrl}/termine/verwalten/${managementToken(ctx.secret, row.id, row.tokenNonce)}`;
        await queueBookingMails(tx, row, link, now, "bestaetigung");
      }
      await audit(tx, row);
      return row;
    });
    return updated ? { ok: true, termin: updated } : { ok: false, code: "termin_status_unzulaessig" };
  } catch (error) {
    const kind = violation(error);
    if (kind === "ueberschneidung" || kind === "konflikt") return { ok: false, code: "termin_vergeben" };
    throw error;
  }
}

/** Moves a booking on behalf of the help seeker; their management link keeps working. */
export async function moveForStaff(ctx: BookingContext, actor: Actor, terminId: string, start: Date): Promise<MoveResult> {
  const { termin, traegerId } = await bookingForStaff(ctx.db, actor, terminId);
  const moved = await moveAppointment(ctx, termin, managementToken(ctx.secret, termin.id, termin.tokenNonce), start);
  if (moved.ok) await recordAudit(ctx.db, actor, { aktion: "termin.verschieben", objektTyp: "termin", objektId: termin.id, traegerId, details: { von: termin.beginn.toISOString(), nach: moved.termin.beginn.toISOString() } });
  return moved;
}

async function calendarForStaff(db: PrismaClient, actor: Actor, kalenderId: string) {
  const kalender = UUID.test(kalenderId) ? await db.beratungskalender.findUnique({ where: { id: kalenderId }, select: { id: true, beratungsstelleId: true, benutzerId: true, bezeichnung: true } }) : null;
  if (!kalender) throw new Response("Nicht gefunden", { status: 404 });
  const centre = await centreScope(db, kalender.beratungsstelleId);
  assertCan(actor, "termine.verwalten", { traegerId: centre.traegerId, beratungsstelleId: centre.id });
  return { kalender, traegerId: centre.traegerId };
}

/** Blocks time on one calendar; returns the active bookings inside it, which stay and need a decision. */
export async function blockTime(db: PrismaClient, actor: Actor, input: BlockInput & { ganzerTag: boolean }): Promise<{ id: string; betroffen: number }> {
  const { kalender, traegerId } = await calendarForStaff(db, actor, input.kalenderId);
  const from = zonedInstant(input.datum, input.ganzerTag ? 0 : wallMinutes(input.von), BOOKING_TIME_ZONE);
  const to = input.ganzerTag ? zonedInstant(addDays(input.datum, 1), 0, BOOKING_TIME_ZONE) : zonedInstant(input.datum, wallMinutes(input.bis), BOOKING_TIME_ZONE);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.terminausnahme.create({
      data: {
        beratungsstelleId: kalender.beratungsstelleId,
        kalenderId: kalender.id,
        typ: "geschlossen",
        datum: new Date(input.datum),
        von: input.ganzerTag ? null : input.von,
        bis: input.ganzerTag ? null : input.bis,
      },
    });
    await recordAudit(tx, actor, { aktion: "kalender.sperren", objektTyp: "beratungskalender", objektId: kalender.id, traegerId, details: { datum: input.datum, von: input.von || null, bis: input.bis || null } });
    return row;
  });
  const betroffen = await db.termin.count({ where: { kalenderId: kalender.id, status: { in: ["gebucht", "bestaetigt"] }, beginn: { lt: to }, ende: { gt: from } } });
  return { id: created.id, betroffen };
}

/** Lifts a block set by staff (only calendar-specific ones: holidays for the whole centre stay). */
export async function unblockTime(db: PrismaClient, actor: Actor, ausnahmeId: string): Promise<void> {
  const ausnahme = UUID.test(ausnahmeId) ? await db.terminausnahme.findUnique({ where: { id: ausnahmeId }, select: { id: true, kalenderId: true, typ: true } }) : null;
  if (!ausnahme?.kalenderId || ausnahme.typ !== "geschlossen") throw new Response("Nicht gefunden", { status: 404 });
  const { traegerId } = await calendarForStaff(db, actor, ausnahme.kalenderId);
  await db.$transaction(async (tx) => {
    await tx.terminausnahme.delete({ where: { id: ausnahme.id } });
    await recordAudit(tx, actor, { aktion: "kalender.sperre_aufheben", objektTyp: "beratungskalender", objektId: ausnahme.kalenderId!, traegerId });
  });
}

const feedHash = (token: string) => createHash("sha256").update(`ical:${token}`).digest("hex");

/**
 * Issues a new secret feed address for a calendar (the previous one stops working) and returns
 * its token: shown once, only its hash is kept. The counsellor owning the calendar may do it, and
 * whoever runs the centre's appointments.
 */
export async function issueCalendarFeed(db: PrismaClient, actor: Actor, kalenderId: string): Promise<string> {
  const { kalender, traegerId } = await calendarForStaff(db, actor, kalenderId);
  const token = randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.beratungskalender.update({ where: { id: kalender.id }, data: { icalTokenHash: feedHash(token) } });
    await recordAudit(tx, actor, { aktion: "kalender.feed_ausgeben", objektTyp: "beratungskalender", objektId: kalender.id, traegerId });
  });
  return token;
}

export async function revokeCalendarFeed(db: PrismaClient, actor: Actor, kalenderId: string): Promise<void> {
  const { kalender, traegerId } = await calendarForStaff(db, actor, kalenderId);
  await db.$transaction(async (tx) => {
    await tx.beratungskalender.update({ where: { id: kalender.id }, data: { icalTokenHash: null } });
    await recordAudit(tx, actor, { aktion: "kalender.feed_widerrufen", objektTyp: "beratungskalender", objektId: kalender.id, traegerId });
  });
}

const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 180;

/**
 * The feed of a calendar for its secret token, or null. Data minimisation: a synced calendar
 * app is outside our control, so events carry the kind, booking code and status only — no
 * name, contact or concern; those stay behind the login.
 */
export async function calendarFeed(db: PrismaClient, token: string, now: Date): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const kalender = await db.beratungskalender.findUnique({ where: { icalTokenHash: feedHash(token) }, select: { id: true, bezeichnung: true } });
  if (!kalender) return null;
  const termine = await db.termin.findMany({
    where: { kalenderId: kalender.id, status: { in: ["gebucht", "bestaetigt"] }, beginn: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), lt: new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000) } },
    orderBy: { beginn: "asc" },
    select: { id: true, art: true, beginn: true, ende: true, buchungscode: true, status: true, createdAt: true, updatedAt: true },
  });
  return icsCalendar(
    termine.map((t) => ({
      uid: t.id,
      start: t.beginn,
      ende: t.ende,
      art: t.art,
      summary: `Beratungstermin (${TERMINART_LABEL[t.art]})`,
      description: `Buchungscode ${t.buchungscode}${t.status === "gebucht" ? " – noch nicht bestätigt" : ""}`,
      sequence: sequenceOf(t),
    })),
    now,
    kalender.bezeichnung,
  );
}
