/**
 * Setting up TOTP: the account gets a secret once (kept until the first correct code activates
 * it, so reloading the page shows the same secret the user may have scanned already). The secret
 * is stored sealed (totp-secret.server.ts); the page gets it as an otpauth:// QR code (SVG as a
 * data URL, drawn on the server, so it works without JavaScript) and in groups of four for typing.
 * Replacing an active authenticator (totp-change.server.ts) shows its new secret the same way.
 */
import QRCode from "qrcode";
import type { PrismaClient } from "../generated/prisma/client";
import { generateTotpSecret, groupSecret, otpauthUri } from "./totp.server";
import type { TotpSecretBox } from "./totp-secret.server";

export async function ensureTotpSecret(prisma: PrismaClient, box: TotpSecretBox, benutzerId: string): Promise<{ secret: string; email: string }> {
  const benutzer = await prisma.benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { totpSecret: true, email: true, pseudonym: true } });
  const account = benutzer.email ?? benutzer.pseudonym ?? benutzerId;
  if (benutzer.totpSecret) return { secret: box.open(benutzer.totpSecret), email: account };
  // Only if still unset: two tabs opened at once end up with the same secret.
  await prisma.benutzer.updateMany({ where: { id: benutzerId, totpSecret: null }, data: { totpSecret: box.seal(generateTotpSecret()) } });
  const stored = await prisma.benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { totpSecret: true } });
  return { secret: box.open(stored.totpSecret!), email: account };
}

export type TotpEnrolment = { uri: string; gruppen: string; qrCode: string };

/** What a set-up page shows for `secret`: the otpauth URI, the secret in groups and the QR code as a data URL. */
export async function enrolmentFor(secret: string, account: string): Promise<TotpEnrolment> {
  const uri = otpauthUri(secret, account);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return { uri, gruppen: groupSecret(secret), qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** The login name an authenticator app shows for the account (e-mail, else pseudonym, else id). */
export async function accountLabel(prisma: PrismaClient, benutzerId: string): Promise<string> {
  const benutzer = await prisma.benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { email: true, pseudonym: true } });
  return benutzer.email ?? benutzer.pseudonym ?? benutzerId;
}

/** The first set-up (account without activated TOTP): the stored, not yet active secret. */
export async function totpEnrolment(prisma: PrismaClient, box: TotpSecretBox, benutzerId: string): Promise<TotpEnrolment> {
  const { secret, email } = await ensureTotpSecret(prisma, box, benutzerId);
  return enrolmentFor(secret, email);
}
