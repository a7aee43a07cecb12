/**
 * Password reset and setting the first password of an invitation (issue 5).
 *
 * Request: the answer is always the same, whether an account has that address or not; only the
 * per-address limit (at most 3 reset mails per hour) and the per-client-address limit (429)
 * can stop it, and neither depends on the account existing. The mail carries a single-use link
 * valid for one hour (single-use-links.server.ts).
 *
 * Setting the password: the link must be valid, the password must pass the policy
 * (app/domain/accounts/password-policy.ts); the link is used up, the hash replaced and every
 * session of the account ended in one transaction.
 */
import { checkPassword, type PasswordPolicyCode } from "../../domain/accounts/password-policy";
import { recordAudit } from "../audit.server";
import type { EinmallinkZweck, PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { FixedWindowLimiter } from "../rate-limit.server";
import { normaliseLoginName } from "./login.server";
import { hashPassword } from "./password.server";
import { deleteAllSessions } from "./sessions.server";
import { consumeLink, createSingleUseLink, findValidLink, linkUrl } from "./single-use-links.server";

export const RESET_MAILS_PER_HOUR = 3;
export const RESET_REQUESTS_PER_IP = 20;
const RESET_WINDOW_MS = 15 * 60 * 1000;

const defaultResetLimiter = new FixedWindowLimiter({ limit: RESET_REQUESTS_PER_IP, windowMs: RESET_WINDOW_MS });

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

function resetMailText(link: string): string {
  return [
    "Guten Tag,",
    "",
    "für Ihr Konto auf der Sozialplattform wurde ein neues Passwort angefordert. Über diesen Link können Sie es festlegen:",
    "",
    link,
    "",
    "Der Link gilt eine Stunde und nur einmal. Danach sind Sie auf allen Geräten abgemeldet.",
    "",
    "Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail einfach löschen; Ihr bisheriges Passwort bleibt gültig.",
    "",
    "Ihre Sozialplattform",
  ].join("\n");
}

export async function requestPasswordReset(
  prisma: PrismaClient,
  input: { email: string; clientIp: string; now: Date; publicUrl: string },
  ipLimiter = defaultResetLimiter,
): Promise<ResetRequestResult> {
  const verdict = ipLimiter.hit(input.clientIp, input.now.getTime());
  if (!verdict.allowed) return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds };
  const email = normaliseLoginName(input.email);
  const benutzer = email.includes("@") ? await prisma.benutzer.findUnique({ where: { email }, select: { id: true, aktiv: true, email: true } }) : null;
  if (!benutzer || !benutzer.aktiv || !benutzer.email) return { ok: true };
  // Earlier links stay in the table (marked used), so they count here until they are an hour old.
  const recent = await prisma.einmallink.count({
    where: { benutzerId: benutzer.id, zweck: "passwort_zuruecksetzen", createdAt: { gt: new Date(input.now.getTime() - 60 * 60 * 1000) } },
  });
  if (recent >= RESET_MAILS_PER_HOUR) return { ok: true };
  await prisma.$transaction(async (tx) => {
    const token = await createSingleUseLink(tx, { benutzerId: benutzer.id, zweck: "passwort_zuruecksetzen", now: input.now });
    await queueMail(tx, { an: benutzer.email!, betreff: "Neues Passwort für die Sozialplattform", text: resetMailText(linkUrl(input.publicUrl, token)), anlass: "passwort_zuruecksetzen" });
    await recordAudit(tx, { benutzerId: null, anzeigename: "Passwort vergessen (Formular)" }, { aktion: "passwort.zuruecksetzen_angefordert", objektTyp: "benutzer", objektId: benutzer.id });
  });
  return { ok: true };
}

export type LinkAccount = { benutzerId: string; zweck: EinmallinkZweck; email: string | null; pseudonym: string | null; anzeigename: string; istPersonal: boolean };

/** The account behind a valid link (for the set-password page), or null. */
export async function accountForLink(prisma: PrismaClient, token: string, now: Date): Promise<LinkAccount | null> {
  const link = await findValidLink(prisma, token, now);
  if (!link) return null;
  const benutzer = await prisma.benutzer.findUnique({
    where: { id: link.benutzerId },
    select: { id: true, email: true, pseudonym: true, anzeigename: true, istPersonal: true, aktiv: true },
  });
  if (!benutzer || !benutzer.aktiv) return null;
  return { benutzerId: benutzer.id, zweck: link.zweck, email: benutzer.email, pseudonym: benutzer.pseudonym, anzeigename: benutzer.anzeigename, istPersonal: benutzer.istPersonal };
}

export type SetPasswordResult =
  | { ok: true; benutzerId: string; zweck: EinmallinkZweck; istPersonal: boolean; endedSessions: number }
  | { ok: false; code: "link_ungueltig" | PasswordPolicyCode };

class LinkAlreadyUsed extends Error {}

export async function setPasswordByLink(prisma: PrismaClient, input: { token: string; passwort: string; now: Date }): Promise<SetPasswordResult> {
  const account = await accountForLink(prisma, input.token, input.now);
  if (!account) return { ok: false, code: "link_ungueltig" };
  const verdict = checkPassword(input.passwort, { identifiers: [account.email, account.pseudonym] });
  if (!verdict.ok) return { ok: false, code: verdict.code };
  const passwortHash = await hashPassword(input.passwort);
  try {
    const endedSessions = await prisma.$transaction(async (tx) => {
      if (!(await consumeLink(tx, input.token, input.now))) throw new LinkAlreadyUsed();
      await tx.benutzer.update({ where: { id: account.benutzerId }, data: { passwortHash } });
      const ended = await deleteAllSessions(tx, account.benutzerId);
      // Other reset links of the account die with this one.
      await tx.einmallink.deleteMany({ where: { benutzerId: account.benutzerId, zweck: "passwort_zuruecksetzen", verwendetAm: null } });
      await recordAudit(tx, { benutzerId: account.benutzerId, anzeigename: account.anzeigename }, {
        aktion: account.zweck === "einladung" ? "einladung.angenommen" : "passwort.zurueckgesetzt",
        objektTyp: "benutzer",
        objektId: account.benutzerId,
        details: { beendeteSitzungen: ended },
      });
      return ended;
    });
    return { ok: true, benutzerId: account.benutzerId, zweck: account.zweck, istPersonal: account.istPersonal, endedSessions };
  } catch (error) {
    if (error instanceof LinkAlreadyUsed) return { ok: false, code: "link_ungueltig" };
    throw error;
  }
}
