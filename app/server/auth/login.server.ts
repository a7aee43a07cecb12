/**
 * Password login and second factor with brute-force limits (issue 5):
 *
 * - per account: at most 10 failed logins per 15 minutes (table AnmeldeFehlversuch, counted by
 *   the SHA-256 of the login name, so unknown names are limited exactly like known ones); while the
 *   limit is reached every attempt — even with the right password — is refused with Retry-After;
 * - per client address: a coarser in-memory limit on failed attempts (all accounts and forms
 *   together), one counter per process; successful logins do not count, so an office whose staff
 *   share one address behind NAT is not locked out by its own morning logins;
 * - unknown accounts are checked against a dummy hash, so the answer and its timing match a
 *   wrong password.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { FixedWindowLimiter } from "../rate-limit.server";
import { verifyPassword } from "./password.server";
import { sha256Hex } from "./sessions.server";
import { redeemRecoveryCode } from "./recovery-codes.server";
import { verifyTotp } from "./totp.server";
import type { TotpSecretBox } from "./totp-secret.server";

export const FAILED_LOGIN_LIMIT = 10;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const IP_LOGIN_LIMIT = 100;

/** Failures per client address, all login forms together (login, second factor); tests pass their own. */
const defaultIpLimiter = new FixedWindowLimiter({ limit: IP_LOGIN_LIMIT, windowMs: FAILED_LOGIN_WINDOW_MS });

export function normaliseLoginName(value: string): string {
  return value.trim().toLowerCase();
}

export type LoginResult =
  | { ok: true; benutzerId: string; istPersonal: boolean }
  | { ok: false; reason: "falsch" }
  | { ok: false; reason: "gesperrt"; retryAfterSeconds: number };

type Limited = { ok: false; reason: "gesperrt"; retryAfterSeconds: number };

/** Refusal when `kennung` has used up its failed attempts in the window, else null. */
async function accountLimit(prisma: PrismaClient, kennung: string, now: Date): Promise<Limited | null> {
  const since = new Date(now.getTime() - FAILED_LOGIN_WINDOW_MS);
  const failures = await prisma.anmeldeFehlversuch.findMany({
    where: { kennung, zeitpunkt: { gt: since } },
    orderBy: { zeitpunkt: "desc" },
    take: FAILED_LOGIN_LIMIT,
    select: { zeitpunkt: true },
  });
  if (failures.length < FAILED_LOGIN_LIMIT) return null;
  // The window frees up when the oldest of the last ten failures is 15 minutes old.
  const oldest = failures[failures.length - 1]!.zeitpunkt.getTime();
  return { ok: false, reason: "gesperrt", retryAfterSeconds: Math.max(1, Math.ceil((oldest + FAILED_LOGIN_WINDOW_MS - now.getTime()) / 1000)) };
}

async function recordFailure(prisma: PrismaClient, kennung: string, now: Date, ip: { limiter: FixedWindowLimiter; clientIp: string }): Promise<void> {
  ip.limiter.hit(ip.clientIp, now.getTime());
  await prisma.$transaction([
    prisma.anmeldeFehlversuch.deleteMany({ where: { kennung, zeitpunkt: { lte: new Date(now.getTime() - FAILED_LOGIN_WINDOW_MS) } } }),
    prisma.anmeldeFehlversuch.create({ data: { kennung, zeitpunkt: now } }),
  ]);
}

function ipLimit(ipLimiter: FixedWindowLimiter, clientIp: string, now: Date): Limited | null {
  const verdict = ipLimiter.peek(clientIp, now.getTime());
  return verdict.allowed ? null : { ok: false, reason: "gesperrt", retryAfterSeconds: verdict.retryAfterSeconds };
}

/** Checks e-mail (staff) or pseudonym (help seekers) and password. */
export async function attemptLogin(
  prisma: PrismaClient,
  input: { kennung: string; passwort: string; clientIp: string; now: Date },
  ipLimiter = defaultIpLimiter,
): Promise<LoginResult> {
  const name = normaliseLoginName(input.kennung);
  const kennung = sha256Hex(`login:${name}`);
  const limited = ipLimit(ipLimiter, input.clientIp, input.now) ?? (await accountLimit(prisma, kennung, input.now));
  if (limited) return limited;
  const benutzer = name
    ? await prisma.benutzer.findFirst({
        where: name.includes("@") ? { email: name } : { pseudonym: name },
        select: { id: true, passwortHash: true, aktiv: true, istPersonal: true },
      })
    : null;
  const usable = benutzer && benutzer.aktiv ? benutzer.passwortHash : null;
  const matches = await verifyPassword(usable, input.passwort);
  if (!matches || !benutzer) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  await prisma.anmeldeFehlversuch.deleteMany({ where: { kennung } });
  await prisma.benutzer.update({ where: { id: benutzer.id }, data: { letzteAnmeldung: input.now } });
  return { ok: true, benutzerId: benutzer.id, istPersonal: benutzer.istPersonal };
}

export type SecondFactorResult = { ok: true } | { ok: false; reason: "falsch" } | Limited;

/**
 * Checks a TOTP code for an account with activated TOTP (or, with `enrol`, activates the stored
 * secret with its first correct code), limited like the password (10 failures
 * per 15 minutes per account). A used time step is stored, so the same code works only once.
 */
export async function attemptTotp(
  prisma: PrismaClient,
  input: { benutzerId: string; code: string; clientIp: string; now: Date; enrol?: boolean; box: TotpSecretBox },
  ipLimiter = defaultIpLimiter,
): Promise<SecondFactorResult> {
  const kennung = sha256Hex(`totp:${input.benutzerId}`);
  const limited = ipLimit(ipLimiter, input.clientIp, input.now) ?? (await accountLimit(prisma, kennung, input.now));
  if (limited) return limited;
  const benutzer = await prisma.benutzer.findUnique({
    where: { id: input.benutzerId },
    select: { totpSecret: true, totpAktiviert: true, totpNutzung: { select: { letzterSchritt: true } } },
  });
  const lastStep = benutzer?.totpNutzung ? Number(benutzer.totpNutzung.letzterSchritt) : null;
  // Enrolment: the secret is stored but not yet active; the first correct code activates it.
  const sealed = benutzer && (benutzer.totpAktiviert || input.enrol === true) ? benutzer.totpSecret : null;
  const secret = sealed ? input.box.open(sealed) : null;
  const step = secret ? verifyTotp(secret, input.code, input.now, lastStep) : null;
  if (step === null) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  if (!(await claimStep(prisma, input.benutzerId, step))) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  if (!benutzer!.totpAktiviert) await prisma.benutzer.update({ where: { id: input.benutzerId }, data: { totpAktiviert: true } });
  await prisma.anmeldeFehlversuch.deleteMany({ where: { kennung } });
  return { ok: true };
}

/**
 * A recovery code instead of the TOTP code (account with activated TOTP only), under the same
 * limit as TOTP codes (the failures count together). Each code works once.
 */
export async function attemptRecoveryCode(
  prisma: PrismaClient,
  input: { benutzerId: string; anzeigename: string; code: string; clientIp: string; now: Date },
  ipLimiter = defaultIpLimiter,
): Promise<SecondFactorResult> {
  const kennung = sha256Hex(`totp:${input.benutzerId}`);
  const limited = ipLimit(ipLimiter, input.clientIp, input.now) ?? (await accountLimit(prisma, kennung, input.now));
  if (limited) return limited;
  const benutzer = await prisma.benutzer.findUnique({ where: { id: input.benutzerId }, select: { totpAktiviert: true } });
  const used =
    benutzer?.totpAktiviert === true &&
    (await redeemRecoveryCode(prisma, { benutzerId: input.benutzerId, code: input.code, actor: { benutzerId: input.benutzerId, anzeigename: input.anzeigename }, now: input.now }));
  if (!used) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  await prisma.anmeldeFehlversuch.deleteMany({ where: { kennung } });
  return { ok: true };
}

/**
 * Stores `step` as the last used one unless that (or a later) step is already stored — in one
 * statement each, so two requests with the same code cannot both succeed.
 */
async function claimStep(prisma: PrismaClient, benutzerId: string, step: number): Promise<boolean> {
  const moved = await prisma.totpNutzung.updateMany({ where: { benutzerId, letzterSchritt: { lt: BigInt(step) } }, data: { letzterSchritt: BigInt(step) } });
  if (moved.count === 1) return true;
  const inserted = await prisma.$executeRaw`INSERT INTO totp_nutzung (benutzer_id, letzter_schritt) VALUES (${benutzerId}::uuid, ${BigInt(step)}) ON CONFLICT (benutzer_id) DO NOTHING`;
  return inserted === 1;
}

/**
 * The current password once more, for a change of the second factor by a logged-in account:
 * failures count against the same per-account limit as failed logins with this e-mail address.
 */
export async function confirmPassword(
  prisma: PrismaClient,
  input: { benutzerId: string; passwort: string; clientIp: string; now: Date },
  ipLimiter = defaultIpLimiter,
): Promise<SecondFactorResult> {
  const benutzer = await prisma.benutzer.findUnique({ where: { id: input.benutzerId }, select: { email: true, pseudonym: true, passwortHash: true, aktiv: true } });
  const kennung = sha256Hex(`login:${normaliseLoginName(benutzer?.email ?? benutzer?.pseudonym ?? input.benutzerId)}`);
  const limited = ipLimit(ipLimiter, input.clientIp, input.now) ?? (await accountLimit(prisma, kennung, input.now));
  if (limited) return limited;
  if (!(await verifyPassword(benutzer?.aktiv ? benutzer.passwortHash : null, input.passwort))) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  return { ok: true };
}

/**
 * A code of a new, not yet stored secret (replacing the authenticator), under the same limit as
 * TOTP codes at login. Returns the matching step, to be stored as the last used one.
 */
export async function checkNewTotpCode(
  prisma: PrismaClient,
  input: { benutzerId: string; secret: string; code: string; clientIp: string; now: Date },
  ipLimiter = defaultIpLimiter,
): Promise<{ ok: true; step: number } | { ok: false; reason: "falsch" } | Limited> {
  const kennung = sha256Hex(`totp:${input.benutzerId}`);
  const limited = ipLimit(ipLimiter, input.clientIp, input.now) ?? (await accountLimit(prisma, kennung, input.now));
  if (limited) return limited;
  const step = verifyTotp(input.secret, input.code, input.now, null);
  if (step === null) {
    await recordFailure(prisma, kennung, input.now, { limiter: ipLimiter, clientIp: input.clientIp });
    return { ok: false, reason: "falsch" };
  }
  await prisma.anmeldeFehlversuch.deleteMany({ where: { kennung } });
  return { ok: true, step };
}
