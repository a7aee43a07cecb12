/**
 * Booking, cancelling and moving appointments. The exclusion constraint termin_keine_ueberschneidung
 * decides races: a lost insert or move comes back as `termin_vergeben` with three alternatives,
 * never as an exception. Mails go through the outbox in the same transaction.
 */
import { randomUUID } from "node:crypto";
import { findSlot, nearestAlternatives } from "../../domain/booking/availability";
import { canManage } from "../../domain/booking/status";
import { BOOKING_TIME_ZONE, type Slot, type Terminart } from "../../domain/booking/types";
import { addDays, localDateOf } from "../../domain/booking/wall-time";
import { Prisma, type PrismaClient, type Termin } from "../generated/prisma/client";
import { discardMails } from "../mail/outbox.server";
import { freeSlots } from "./availability.server";
import { queueBookingMails, reminderFieldsFor } from "./mails.server";
import { invalidateNextFreeSlot } from "./next-slot.server";
import { hashToken, managementToken, newBuchungscode, newNonce, requestHash } from "./tokens.server";

export type BookingRequest = {
  beratungsstelleId: string;
  start: Date;
  art: Terminart;
  name: string;
  email?: string;
  telefon?: string;
  anliegen?: string;
  benutzerId?: string;
  idempotencyKey?: string;
};

export type BookingContext = { db: PrismaClient; secret: string; now: Date; publicUrl: string };

export type Booked = { termin: Termin; token: string; wiederholt: boolean };
export type BookingResult =
  | ({ ok: true } & Booked)
  | { ok: false; code: "termin_vergeben"; alternativen: Slot[] }
  | { ok: false; code: "kein_termin" }
  | { ok: false; code: "idempotenz_konflikt" };

const ALTERNATIVE_DAYS = 14;

/** Exclusion (23P01) or unique (23505 / P2002) violation, as surfaced by Prisma with adapter-pg. */
/**
 * What a failed write ran into: the overlap constraint, a unique index, or – "konflikt" – a
 * deadlock or serialisation failure between concurrent writers (PostgreSQL aborts one of two
 * inserts racing on the exclusion constraint this way at times); such a write is safe to retry.
 */
export function violation(error: unknown): "ueberschneidung" | "eindeutig" | "konflikt" | null {
  const text = `${(error as { code?: string })?.code ?? ""} ${error instanceof Error ? error.message : ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  if (/23P01|termin_keine_ueberschneidung|ExclusionConstraint/i.test(text)) return "ueberschneidung";
  if (/P2002|23505|Unique constraint/i.test(text)) return "eindeutig";
  if (/P2034|40P01|40001|deadlock|write conflict/i.test(text)) return "konflikt";
  return null;
}

/** Attempts per candidate slot when the database aborts the insert as a deadlock victim. */
const CONFLICT_ATTEMPTS = 3;

function bodyHash(request: BookingRequest): string {
  const { idempotencyKey: _key, benutzerId: _user, start, ...rest } = request;
  return requestHash({ ...rest, start: start.toISOString() });
}

/** Up to three free slots of the same kind nearest to the wanted start (two weeks either side). */
export async function alternatives(ctx: BookingContext, request: Pick<BookingRequest, "beratungsstelleId" | "start" | "art">): Promise<Slot[]> {
  const day = localDateOf(request.start, BOOKING_TIME_ZONE);
  const slots = await freeSlots(ctx.db, request.beratungsstelleId, { von: addDays(day, -ALTERNATIVE_DAYS), bis: addDays(day, ALTERNATIVE_DAYS), art: request.art, now: ctx.now });
  return nearestAlternatives(slots, request.start, request.art);
}

async function replay(ctx: BookingContext, request: BookingRequest): Promise<BookingResult | null> {
  if (!request.idempotencyKey) return null;
  const existing = await ctx.db.termin.findUnique({ where: { idempotenzKey: request.idempotencyKey } });
  if (!existing) return null;
  if (existing.anfrageHash !== bodyHash(request)) return { ok: false, code: "idempotenz_konflikt" };
  return { ok: true, termin: existing, token: managementToken(ctx.secret, existing.id, existing.tokenNonce), wiederholt: true };
}

/**
 * Books the slot or says why not. A repeated Idempotency-Key is looked up only where it can
 * matter – when the slot is no longer free (its first booking may hold it) or when the insert
 * hits the key's unique index – so a first booking costs no extra query.
 */
export async function bookAppointment(ctx: BookingContext, request: BookingRequest): Promise<BookingResult> {
  const day = localDateOf(request.start, BOOKING_TIME_ZONE);
  const slots = await freeSlots(ctx.db, request.beratungsstelleId, { von: day, bis: day, art: request.art, now: ctx.now });
  const candidates = slots.filter((slot) => slot.start.getTime() === request.start.getTime());
  if (candidates.length === 0) {
    const repeated = await replay(ctx, request);
    if (repeated) return repeated;
    const taken = await isTakenSlot(ctx, request);
    return taken ? { ok: false, code: "termin_vergeben", alternativen: await alternatives(ctx, request) } : { ok: false, code: "kein_termin" };
  }
  for (const slot of candidates) {
    for (let attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
      try {
        return { ok: true, ...(await insertBooking(ctx, request, slot)) };
      } catch (error) {
        const kind = violation(error);
        if (kind === "eindeutig" && request.idempotencyKey) {
          const again = await replay(ctx, request);
          if (again) return again;
        }
        // A deadlock victim tries again: it then meets the winner's row (overlap) or a free slot.
        if (kind === "konflikt" && attempt < CONFLICT_ATTEMPTS) continue;
        if (kind !== "ueberschneidung" && kind !== "konflikt") throw error;
        break;
      }
    }
  }
  return { ok: false, code: "termin_vergeben", alternativen: await alternatives(ctx, request) };
}

/** No free slot at that start: taken if an active booking holds it (a lost race), else not a slot at all. */
async function isTakenSlot(ctx: BookingContext, request: BookingRequest): Promise<boolean> {
  if (request.start.getTime() <= ctx.now.getTime()) return false;
  const booked = await ctx.db.termin.findFirst({
    where: { beratungsstelleId: request.beratungsstelleId, beginn: request.start, status: { not: "storniert" } },
    select: { id: true },
  });
  return booked !== null;
}

async function insertBooking(ctx: BookingContext, request: BookingRequest, slot: Slot): Promise<Booked> {
  const id = randomUUID();
  const nonce = newNonce();
  const token = managementToken(ctx.secret, id, nonce);
  const data = {
    id,
    buchungscode: newBuchungscode(),
    beratungsstelleId: request.beratungsstelleId,
    kalenderId: slot.kalenderId,
    art: request.art,
    beginn: slot.start,
    ende: slot.ende,
    name: request.name,
    email: request.email || null,
    telefon: request.telefon || null,
    anliegen: request.anliegen || null,
    benutzerId: request.benutzerId ?? null,
    tokenHash: hashToken(token),
    tokenNonce: nonce,
    idempotenzKey: request.idempotencyKey ?? null,
    anfrageHash: request.idempotencyKey ? bodyHash(request) : null,
    ...reminderFieldsFor(slot.start, ctx.now),
  };
  // Concurrent inserts into one calendar queue on a transaction-scoped advisory lock. Without it,
  // waiters on the exclusion constraint deadlock among themselves and PostgreSQL needs its
  // deadlock_timeout (1 s) to pick victims: 100 racers for one slot took seconds per round.
  const termin = await ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${slot.kalenderId}))`;
    const created = await tx.termin.create({ data });
    if (data.email) await queueBookingMails(tx, created, `${ctx.publicUrl}/termine/verwalten/${token}`, ctx.now, "bestaetigung");
    return created;
  });
  invalidateNextFreeSlot(termin.beratungsstelleId);
  return { termin, token, wiederholt: false };
}

export async function findByToken(db: PrismaClient, token: string): Promise<Termin | null> {
  if (!token || token.length > 100) return null;
  return db.termin.findUnique({ where: { tokenHash: hashToken(token) } });
}

export async function findByCodeAndToken(db: PrismaClient, buchungscode: string, token: string): Promise<Termin | null> {
  const termin = await findByToken(db, token);
  return termin && termin.buchungscode === buchungscode ? termin : null;
}

export type CancelResult = { ok: true; termin: Termin } | { ok: false; code: "nicht_mehr_moeglich" };

/**
 * Discards a queued, unsent reminder. Reads the reminder id under a row lock inside the caller's
 * transaction: the reminder job may have queued one since `termin` was read, and it holds the
 * same lock while it does.
 */
async function withoutReminder(tx: Prisma.TransactionClient, termin: Termin): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ mail: bigint | null }>>(Prisma.sql`
    SELECT erinnerung_mail_id AS mail FROM termin WHERE id = ${termin.id}::uuid FOR UPDATE`);
  const mail = rows[0]?.mail;
  if (mail !== null && mail !== undefined) await discardMails(tx, [mail]);
}

/**
 * Cancels a booking that is still ahead and drops its reminder. `alsoInTransaction` runs in the
 * same transaction (the staff side queues the notice to the help seeker and the audit entry there).
 */
export async function cancelAppointment(
  db: PrismaClient,
  termin: Termin,
  now: Date,
  grund?: string,
  alsoInTransaction?: (tx: Prisma.TransactionClient, cancelled: Termin) => Promise<void>,
): Promise<CancelResult> {
  if (!canManage(termin.status, termin.beginn, now)) return { ok: false, code: "nicht_mehr_moeglich" };
  const updated = await db.$transaction(async (tx) => {
    await withoutReminder(tx, termin);
    const cancelled = await tx.termin.update({ where: { id: termin.id }, data: { status: "storniert", stornoGrund: grund ?? null, erinnerungMailId: null } });
    await alsoInTransaction?.(tx, cancelled);
    return cancelled;
  });
  invalidateNextFreeSlot(termin.beratungsstelleId);
  return { ok: true, termin: updated };
}

export type MoveResult = { ok: true; termin: Termin } | { ok: false; code: "nicht_mehr_moeglich" | "kein_termin" } | { ok: false; code: "termin_vergeben"; alternativen: Slot[] };

/** Moves a booking to another free slot of the same kind; the token stays, a queued reminder is discarded (the job queues one for the new start). */
export async function moveAppointment(ctx: BookingContext, termin: Termin, token: string, start: Date): Promise<MoveResult> {
  if (!canManage(termin.status, termin.beginn, ctx.now)) return { ok: false, code: "nicht_mehr_moeglich" };
  // Already there (the same form sent twice): nothing to write, no second mail.
  if (termin.beginn.getTime() === start.getTime()) return { ok: true, termin };
  const day = localDateOf(start, BOOKING_TIME_ZONE);
  const slots = await freeSlots(ctx.db, termin.beratungsstelleId, { von: day, bis: day, art: termin.art, now: ctx.now });
  const slot = findSlot(slots, start, termin.art);
  const request = { beratungsstelleId: termin.beratungsstelleId, start, art: termin.art, name: termin.name };
  if (!slot) return { ok: false, code: "termin_vergeben", alternativen: await alternatives(ctx, request) };
  try {
    const updated = await ctx.db.$transaction(async (tx) => {
      // The row lock decides against a cancel or another move committed since `termin` was read.
      const [now] = await tx.$queryRaw<Array<{ status: string; beginn: Date }>>(Prisma.sql`
        SELECT status::text AS status, beginn FROM termin WHERE id = ${termin.id}::uuid FOR UPDATE`);
      if (!now || now.status !== termin.status || now.beginn.getTime() !== termin.beginn.getTime()) return null;
      await withoutReminder(tx, termin);
      const moved = await tx.termin.update({
        where: { id: termin.id },
        data: { kalenderId: slot.kalenderId, beginn: slot.start, ende: slot.ende, ...reminderFieldsFor(slot.start, ctx.now) },
      });
      await queueBookingMails(tx, moved, `${ctx.publicUrl}/termine/verwalten/${token}`, ctx.now, "verschoben");
      return moved;
    });
    if (!updated) return { ok: false, code: "nicht_mehr_moeglich" };
    invalidateNextFreeSlot(termin.beratungsstelleId);
    return { ok: true, termin: updated };
  } catch (error) {
    // The transaction rolled back: nothing moved. A deadlock victim is answered like a lost race.
    const kind = violation(error);
    if (kind !== "ueberschneidung" && kind !== "konflikt") throw error;
    return { ok: false, code: "termin_vergeben", alternativen: await alternatives(ctx, request) };
  }
}
