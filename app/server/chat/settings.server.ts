/**
 * The counsellors' chat settings on /verwaltung/gespraeche: the absence note of each own centre
 * (berater and stellenleitung of that centre set it; shown to help seekers until its day has
 * passed) and the personal opt-in to the e-mail "neue Nachricht" (without content).
 */
import type { Actor } from "../../domain/accounts/permissions";
import type { LocalDate } from "../../domain/shared/dates";
import { counsellingCentreIds } from "../../domain/chat/inbox";
import { recordAudit } from "../audit.server";
import type { PrismaClient } from "../generated/prisma/client";

export type CentreAbsence = { text: string; bis: LocalDate | null };

const asLocalDate = (date: Date | null): LocalDate | null => (date ? date.toISOString().slice(0, 10) : null);

/** The stored notes (also expired ones, so staff see what is set) of the actor's centres, and the mail opt-in. */
export async function chatSettingsFor(prisma: PrismaClient, actor: Actor): Promise<{ mail: boolean; abwesenheit: Record<string, CentreAbsence> }> {
  const [benutzer, centres] = await Promise.all([
    prisma.benutzer.findUnique({ where: { id: actor.benutzerId }, select: { chatMailBenachrichtigung: true } }),
    prisma.beratungsstelle.findMany({ where: { id: { in: counsellingCentreIds(actor) } }, select: { id: true, chatAbwesenheitText: true, chatAbwesendBis: true } }),
  ]);
  const abwesenheit: Record<string, CentreAbsence> = {};
  for (const centre of centres) abwesenheit[centre.id] = { text: centre.chatAbwesenheitText ?? "", bis: asLocalDate(centre.chatAbwesendBis) };
  return { mail: benutzer?.chatMailBenachrichtigung ?? false, abwesenheit };
}

/** Sets (or with a null text removes) the note of one of the actor's centres; false for any other centre. */
export async function setAbsenceNote(prisma: PrismaClient, actor: Actor, beratungsstelleId: string, note: { text: string | null; bis: LocalDate | null }): Promise<boolean> {
  if (!counsellingCentreIds(actor).includes(beratungsstelleId)) return false;
  await prisma.$transaction(async (tx) => {
    const centre = await tx.beratungsstelle.update({
      where: { id: beratungsstelleId },
      data: { chatAbwesenheitText: note.text, chatAbwesendBis: note.bis ? new Date(`${note.bis}T00:00:00Z`) : null },
      select: { traegerId: true },
    });
    await recordAudit(tx, actor, {
      aktion: note.text ? "beratungsstelle.chat_abwesenheit_gesetzt" : "beratungsstelle.chat_abwesenheit_entfernt",
      objektTyp: "beratungsstelle",
      objektId: beratungsstelleId,
      traegerId: centre.traegerId,
      details: { bis: note.bis },
    });
  });
  return true;
}

export async function setNewMessageMail(prisma: PrismaClient, actor: Actor, enabled: boolean): Promise<void> {
  await prisma.benutzer.update({ where: { id: actor.benutzerId }, data: { chatMailBenachrichtigung: enabled } });
}
