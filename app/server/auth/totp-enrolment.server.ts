/**
 * Setting up TOTP: the account gets a secret once (kept until the first correct code activates
 * it, so reloading the page shows the same secret the user may have scanned already).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { generateTotpSecret } from "./totp.server";

export async function ensureTotpSecret(prisma: PrismaClient, benutzerId: string): Promise<{ secret: string; email: string }> {
  const benutzer = await prisma.benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { totpSecret: true, email: true, pseudonym: true } });
  const account = benutzer.email ?? benutzer.pseudonym ?? benutzerId;
  if (benutzer.totpSecret) return { secret: benutzer.totpSecret, email: account };
  const secret = generateTotpSecret();
  // Only if still unset: two tabs opened at once end up with the same secret.
  await prisma.benutzer.updateMany({ where: { id: benutzerId, totpSecret: null }, data: { totpSecret: secret } });
  const stored = await prisma.benutzer.findUniqueOrThrow({ where: { id: benutzerId }, select: { totpSecret: true } });
  return { secret: stored.totpSecret!, email: account };
}
