/**
 * A staff member replaces their authenticator app (issue 5), logged in with the second factor:
 *
 * 1. the current password once more (confirmPassword, limited like the login);
 * 2. a new secret, shown like the first set-up (QR code, groups of four, totp-enrolment.server.ts),
 *    kept until confirmed in a sealed, short-lived HttpOnly cookie bound to the account — the
 *    stored secret stays as it is, so leaving halfway changes nothing;
 * 3. a code of the new app (checkNewTotpCode, limited like TOTP codes): only then the stored
 *    secret is replaced, every other session of the account ends, a notice goes to the outbox
 *    (without the secret) and the audit log gets "benutzer.zweiter_faktor_geaendert".
 *
 * The recovery codes stay valid: they do not depend on the app.
 */
import { createCookie, type Cookie } from "@remix-run/node";
import { recordAudit, type AuditActor } from "../audit.server";
import type { PrismaClient } from "../generated/prisma/client";
import { queueMail } from "../mail/outbox.server";
import { checkNewTotpCode } from "./login.server";
import { generateTotpSecret } from "./totp.server";
import type { TotpSecretBox } from "./totp-secret.server";

export const TOTP_CHANGE_PATH = "/anmelden/zweiter-faktor/neu";
const PENDING_MAX_AGE_SECONDS = 10 * 60;

/** Path /anmelden like the recovery code display; 10 minutes to scan and confirm. */
export function pendingSecretCookie(secure: boolean): Cookie {
  return createCookie(secure ? "__Secure-sp_totp_neu" : "sp_totp_neu", { httpOnly: true, sameSite: "lax", secure, path: "/anmelden", maxAge: PENDING_MAX_AGE_SECONDS });
}

/** A new secret for `benutzerId`, sealed into the cookie (after the password was confirmed). */
export async function startTotpChange(cookie: Cookie, box: TotpSecretBox, benutzerId: string, now: Date): Promise<string> {
  return cookie.serialize(box.seal(JSON.stringify({ benutzerId, secret: generateTotpSecret(), bis: now.getTime() + PENDING_MAX_AGE_SECONDS * 1000 })));
}

/** The pending new secret of the request's cookie if it belongs to `benutzerId` and is fresh, else null. */
export async function pendingSecret(cookie: Cookie, box: TotpSecretBox, request: Request, benutzerId: string, now: Date): Promise<string | null> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || value.length === 0) return null;
  try {
    const payload = JSON.parse(box.open(value)) as { benutzerId?: unknown; secret?: unknown; bis?: unknown };
    if (payload.benutzerId !== benutzerId || typeof payload.secret !== "string" || typeof payload.bis !== "number" || payload.bis <= now.getTime()) return null;
    return payload.secret;
  } catch {
    return null;
  }
}

export async function clearPendingSecret(cookie: Cookie): Promise<string> {
  return cookie.serialize("", { maxAge: 0, expires: new Date(0) });
}

export type TotpChangeResult = { ok: true } | { ok: false; reason: "falsch" } | { ok: false; reason: "gesperrt"; retryAfterSeconds: number };

function changedNotice(anzeigename: string, when: Date): string {
  const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(when);
  return [
    `Guten Tag ${anzeigename},`,
    "",
    `am ${time} Uhr wurde für Ihr Konto bei der Sozialplattform eine neue Authenticator-App für die Zwei-Faktor-Anmeldung eingerichtet.`,
    "Die bisherige App erzeugt keine gültigen Codes mehr; alle anderen Anmeldungen Ihres Kontos wurden beendet.",
    "",
    "Wenn Sie das nicht selbst waren, wenden Sie sich bitte sofort an die Administration Ihres Trägers oder Ihrer Beratungsstelle.",
    "",
    "Ihre Sozialplattform",
  ].join("\n");
}

/**
 * Confirms the new app with one of its codes and replaces the stored secret; `keepSession` (the
 * id of the session doing it) stays logged in, every other session of the account ends.
 */
export async function completeTotpChange(
  prisma: PrismaClient,
  box: TotpSecretBox,
  input: { actor: AuditActor & { benutzerId: string }; secret: string; code: string; keepSession: string; clientIp: string; now: Date },
): Promise<TotpChangeResult> {
  const benutzerId = input.actor.benutzerId;
  const checked = await checkNewTotpCode(prisma, { benutzerId, secret: input.secret, code: input.code, clientIp: input.clientIp, now: input.now });
  if (!checked.ok) return checked;
  const step = BigInt(checked.step);
  await prisma.$transaction(async (tx) => {
    const benutzer = await tx.benutzer.update({ where: { id: benutzerId }, data: { totpSecret: box.seal(input.secret), totpAktiviert: true }, select: { email: true, anzeigename: true } });
    // The new secret's step: the old secret's last step says nothing about it.
    await tx.totpNutzung.upsert({ where: { benutzerId }, create: { benutzerId, letzterSchritt: step }, update: { letzterSchritt: step } });
    const ended = await tx.sitzung.deleteMany({ where: { benutzerId, id: { not: input.keepSession } } });
    if (benutzer.email) {
      await queueMail(tx, { an: benutzer.email, betreff: "Ihre Zwei-Faktor-Anmeldung wurde geändert", text: changedNotice(benutzer.anzeigename, input.now), anlass: "zweiter_faktor_geaendert" });
    }
    await recordAudit(tx, input.actor, { aktion: "benutzer.zweiter_faktor_geaendert", objektTyp: "benutzer", objektId: benutzerId, details: { beendeteSitzungen: ended.count } });
  });
  return { ok: true };
}
