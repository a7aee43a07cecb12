/**
 * Registering a help seeker's account (role ratsuchend): pseudonym and password (Argon2id),
 * e-mail optional, no second factor. Limited per client address like the login forms (a
 * fixed window per process), so nobody can create accounts in bulk or probe pseudonyms fast.
 */
import type { RegistrationReading } from "../../domain/accounts/help-seeker";
import { hashPassword } from "../auth/password.server";
import { FAILED_LOGIN_WINDOW_MS } from "../auth/login.server";
import type { PrismaClient } from "../generated/prisma/client";
import { FixedWindowLimiter } from "../rate-limit.server";

export const REGISTRATIONS_PER_IP = 20;

const defaultLimiter = new FixedWindowLimiter({ limit: REGISTRATIONS_PER_IP, windowMs: FAILED_LOGIN_WINDOW_MS });

export type RegistrationResult =
  | { ok: true; benutzerId: string }
  | { ok: false; code: "pseudonym_vergeben" | "email_vergeben" }
  | { ok: false; code: "gesperrt"; retryAfterSeconds: number };

function uniqueTarget(error: unknown): string | null {
  const code = (error as { code?: string })?.code;
  const text = `${error instanceof Error ? error.message : ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  if (code !== "P2002" && !/23505|Unique constraint/i.test(text)) return null;
  return /email/i.test(text) ? "email" : "pseudonym";
}

export async function registerHelpSeeker(
  prisma: PrismaClient,
  input: Extract<RegistrationReading, { ok: true }> & { clientIp: string; now: Date },
  limiter = defaultLimiter,
): Promise<RegistrationResult> {
  const verdict = limiter.hit(input.clientIp, input.now.getTime());
  if (!verdict.allowed) return { ok: false, code: "gesperrt", retryAfterSeconds: verdict.retryAfterSeconds };
  if (await prisma.benutzer.findUnique({ where: { pseudonym: input.pseudonym }, select: { id: true } })) return { ok: false, code: "pseudonym_vergeben" };
  if (input.email && (await prisma.benutzer.findUnique({ where: { email: input.email }, select: { id: true } }))) return { ok: false, code: "email_vergeben" };
  try {
    const benutzer = await prisma.benutzer.create({
      data: {
        pseudonym: input.pseudonym,
        anzeigename: input.anzeigename,
        email: input.email,
        passwortHash: await hashPassword(input.passwort),
        istPersonal: false,
        letzteAnmeldung: input.now,
      },
      select: { id: true },
    });
    return { ok: true, benutzerId: benutzer.id };
  } catch (error) {
    // Two registrations with the same name at once: the unique index decides.
    const target = uniqueTarget(error);
    if (!target) throw error;
    return { ok: false, code: target === "email" ? "email_vergeben" : "pseudonym_vergeben" };
  }
}
