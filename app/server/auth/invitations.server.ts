/**
 * Staff invitations (issue 5): a new staff account in the state "invited" (no password yet, TOTP
 * not set up, so it cannot log in), its one membership, and a mail with a single-use link valid
 * for 7 days. The link leads to /passwort-neu/<token>: the invited person sets a password
 * (policy applies), is logged in with the first factor and continues straight to setting up
 * TOTP (mandatory for staff, /anmelden/zweiter-faktor). Who may invite whom with which role is
 * the caller's check (grantableRoles in app/domain/accounts/permissions.ts).
 */
import type { Rolle } from "../../domain/accounts/permissions";
import { ROLE_LABELS } from "../../domain/accounts/roles";
import { recordAudit, type AuditActor } from "../audit.server";
import type { PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { normaliseLoginName } from "./login.server";
import { createSingleUseLink, linkUrl } from "./single-use-links.server";
import type { StaffScope } from "./test-accounts.server";

export type InvitationInput = {
  email: string;
  anzeigename: string;
  rolle: Exclude<Rolle, "ratsuchend">;
  /** For a centre role pass the centre and its Träger (the Träger is the audit log's tenant). */
  scope: StaffScope;
  by: AuditActor;
  now: Date;
  publicUrl: string;
};

export type InvitationResult = { ok: true; benutzerId: string } | { ok: false; code: "email_vergeben" | "email_ungueltig" };

function invitationText(input: InvitationInput, link: string): string {
  return [
    `Guten Tag ${input.anzeigename},`,
    "",
    `${input.by.anzeigename} hat Sie zur Sozialplattform eingeladen (Rolle: ${ROLE_LABELS[input.rolle]}).`,
    "Über diesen Link legen Sie Ihr Passwort fest und richten danach die Zwei-Faktor-Anmeldung mit einer Authenticator-App ein:",
    "",
    link,
    "",
    "Der Link gilt 7 Tage und nur einmal. Wenn Sie mit dieser Einladung nichts anfangen können, löschen Sie diese E-Mail einfach.",
    "",
    "Ihre Sozialplattform",
  ].join("\n");
}

/**
 * The membership names exactly the column its role reaches (the CHECK of Mitgliedschaft): a
 * centre's Träger in `scope` is for the audit log's tenant, not for the membership.
 */
function membershipScope(rolle: InvitationInput["rolle"], scope: StaffScope) {
  const none = { traegerId: null, beratungsstelleId: null, kommuneId: null };
  switch (rolle) {
    case "plattform_admin":
      return none;
    case "traeger_admin":
      return { ...none, traegerId: scope.traegerId ?? null };
    case "stellenleitung":
    case "berater":
      return { ...none, beratungsstelleId: scope.beratungsstelleId ?? null };
    case "kommune_redaktion":
      return { ...none, kommuneId: scope.kommuneId ?? null };
  }
}

export async function inviteStaff(prisma: PrismaClient, input: InvitationInput): Promise<InvitationResult> {
  const email = normaliseLoginName(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, code: "email_ungueltig" };
  if (await prisma.benutzer.findUnique({ where: { email }, select: { id: true } })) return { ok: false, code: "email_vergeben" };
  try {
    const benutzerId = await prisma.$transaction(async (tx) => {
      const benutzer = await tx.benutzer.create({
        data: {
          email,
          anzeigename: input.anzeigename.trim() || email.split("@")[0]!,
          passwortHash: null,
          totpAktiviert: false,
          istPersonal: true,
          mitgliedschaften: { create: { rolle: input.rolle, ...membershipScope(input.rolle, input.scope) } },
        },
        select: { id: true },
      });
      const token = await createSingleUseLink(tx, { benutzerId: benutzer.id, zweck: "einladung", now: input.now });
      await queueMail(tx, { an: email, betreff: "Einladung zur Sozialplattform", text: invitationText(input, linkUrl(input.publicUrl, token)), anlass: "einladung" });
      await recordAudit(tx, input.by, {
        aktion: "benutzer.eingeladen",
        objektTyp: "benutzer",
        objektId: benutzer.id,
        traegerId: input.scope.traegerId ?? null,
        kommuneId: input.scope.kommuneId ?? null,
        details: { rolle: input.rolle, beratungsstelleId: input.scope.beratungsstelleId ?? null },
      });
      return benutzer.id;
    });
    return { ok: true, benutzerId };
  } catch (error) {
    // Two invitations of the same address at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "email_vergeben" };
    throw error;
  }
}

/** A new invitation link for an invited account that has not set its password yet. */
export async function resendInvitation(prisma: PrismaClient, input: { benutzerId: string; by: AuditActor; now: Date; publicUrl: string }): Promise<boolean> {
  const benutzer = await prisma.benutzer.findUnique({
    where: { id: input.benutzerId },
    select: { email: true, anzeigename: true, passwortHash: true, aktiv: true, mitgliedschaften: { select: { rolle: true, traegerId: true, beratungsstelleId: true, kommuneId: true, beratungsstelle: { select: { traegerId: true } } }, take: 1 } },
  });
  const membership = benutzer?.mitgliedschaften[0];
  if (!benutzer || !benutzer.email || benutzer.passwortHash !== null || !benutzer.aktiv || !membership || membership.rolle === "ratsuchend") return false;
  const rolle = membership.rolle;
  await prisma.$transaction(async (tx) => {
    const token = await createSingleUseLink(tx, { benutzerId: input.benutzerId, zweck: "einladung", now: input.now });
    const text = invitationText(
      { email: benutzer.email!, anzeigename: benutzer.anzeigename, rolle, scope: {}, by: input.by, now: input.now, publicUrl: input.publicUrl },
      linkUrl(input.publicUrl, token),
    );
    await queueMail(tx, { an: benutzer.email!, betreff: "Einladung zur Sozialplattform", text, anlass: "einladung" });
    await recordAudit(tx, input.by, {
      aktion: "benutzer.einladung_erneuert",
      objektTyp: "benutzer",
      objektId: input.benutzerId,
      // A centre membership names only the centre: its Träger is the tenant whose admins read the log.
      traegerId: membership.traegerId ?? membership.beratungsstelle?.traegerId ?? null,
      kommuneId: membership.kommuneId,
    });
  });
  return true;
}
