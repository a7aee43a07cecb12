/**
 * "Konto und alle Daten löschen" (DSGVO Art. 17) for a help seeker's account, after the password
 * was given again (limited like the login: 10 failures per 15 minutes per account and per client
 * address, see auth/login.server.ts).
 *
 * What goes:
 * - future appointments are cancelled through the booking service first (cancelAppointment), so
 *   the slot is free again, the reminder is discarded and the centre's agenda shows the
 *   cancellation with its reason, exactly as a cancellation by link would;
 * - every appointment of the account keeps only what the centre needs for its calendar (time,
 *   kind, status): name, e-mail, phone, note and the link to the account are removed;
 * - conversations started from the account are deleted with their messages, as the chat's own
 *   deletion does (store.delete: the messages go by cascade);
 * - mails to the account's address, and booking mails to the addresses given in its appointments;
 * - failed-login counters of the pseudonym and address;
 * - the account itself, and with it (cascade) sessions, saved results, one-time links, TOTP and
 *   recovery rows.
 * Nothing about the deletion is written to the audit log or the logs, which would keep the
 * pseudonym.
 */
import { STORNO_GRUND_KONTO_GELOESCHT, anonymisedAppointmentFields } from "../../domain/accounts/help-seeker";
import { canManage } from "../../domain/booking/status";
import { attemptLogin } from "../auth/login.server";
import { sha256Hex } from "../auth/sessions.server";
import { cancelAppointment } from "../booking/booking.server";
import type { PrismaClient } from "../generated/prisma/client";
import type { FixedWindowLimiter } from "../rate-limit.server";

export type DeletionResult =
  | { ok: true; abgesagt: number; anonymisiert: number; gespraeche: number }
  | { ok: false; reason: "falsch" }
  | { ok: false; reason: "gesperrt"; retryAfterSeconds: number };

/** Checks the password again (same limits as the login) and deletes the account with all its data. */
export async function confirmAndDeleteAccount(
  prisma: PrismaClient,
  input: { benutzerId: string; passwort: string; clientIp: string; now: Date },
  ipLimiter?: FixedWindowLimiter,
): Promise<DeletionResult> {
  const benutzer = await prisma.benutzer.findFirst({ where: { id: input.benutzerId, istPersonal: false }, select: { pseudonym: true } });
  if (!benutzer?.pseudonym) return { ok: false, reason: "falsch" };
  const login = await attemptLogin(prisma, { kennung: benutzer.pseudonym, passwort: input.passwort, clientIp: input.clientIp, now: input.now }, ipLimiter);
  if (!login.ok) return login;
  if (login.benutzerId !== input.benutzerId) return { ok: false, reason: "falsch" };
  return deleteHelpSeekerAccount(prisma, input.benutzerId, input.now);
}

/** Deletes a help seeker's account and everything stored about it (see the module comment). */
export async function deleteHelpSeekerAccount(prisma: PrismaClient, benutzerId: string, now: Date): Promise<Extract<DeletionResult, { ok: true }>> {
  const benutzer = await prisma.benutzer.findFirst({ where: { id: benutzerId, istPersonal: false }, select: { id: true, pseudonym: true, email: true } });
  if (!benutzer) return { ok: true, abgesagt: 0, anonymisiert: 0, gespraeche: 0 };
  const termine = await prisma.termin.findMany({ where: { benutzerId } });
  let abgesagt = 0;
  for (const termin of termine) {
    if (!canManage(termin.status, termin.beginn, now)) continue;
    const result = await cancelAppointment(prisma, termin, now, STORNO_GRUND_KONTO_GELOESCHT);
    if (result.ok) abgesagt += 1;
  }
  const bookingAddresses = [...new Set(termine.flatMap((t) => (t.email ? [t.email] : [])))];
  const kennungen = [benutzer.pseudonym, benutzer.email].flatMap((name) => (name ? [sha256Hex(`login:${name}`)] : []));
  const [anonymisiert, gespraeche] = await prisma.$transaction(async (tx) => {
    const changed = await tx.termin.updateMany({ where: { benutzerId }, data: anonymisedAppointmentFields() });
    const conversations = await tx.gespraech.deleteMany({ where: { ratsuchendId: benutzerId } });
    if (benutzer.email) await tx.mailOutbox.deleteMany({ where: { an: benutzer.email } });
    if (bookingAddresses.length > 0) await tx.mailOutbox.deleteMany({ where: { an: { in: bookingAddresses }, anlass: { startsWith: "termin_" } } });
    if (kennungen.length > 0) await tx.anmeldeFehlversuch.deleteMany({ where: { kennung: { in: kennungen } } });
    await tx.benutzer.delete({ where: { id: benutzerId } });
    return [changed.count, conversations.count] as const;
  });
  return { ok: true, abgesagt, anonymisiert, gespraeche };
}
