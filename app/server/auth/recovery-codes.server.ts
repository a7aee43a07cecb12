/**
 * Recovery codes (issue 5): ten one-time codes per staff account, made when TOTP is set up and
 * again on request (the old ones stop working). Only a SHA-256 of the account id and the
 * normalised code is stored; the plain codes exist only in the one response that shows them
 * (through a sealed, short-lived cookie, see recovery-display.server.ts). Each code logs in once;
 * every use and every regeneration is in the audit log.
 */
import { randomBytes } from "node:crypto";
import { formatRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_BYTES, RECOVERY_CODE_COUNT } from "../../domain/accounts/recovery-codes";
import { recordAudit, type AuditActor } from "../audit.server";
import type { PrismaClient } from "../generated/prisma/client";
import { sha256Hex } from "./sessions.server";

export function hashRecoveryCode(benutzerId: string, normalised: string): string {
  return sha256Hex(`wiederherstellung:${benutzerId}:${normalised}`);
}

export type RecoveryCodeReason = "einrichtung" | "neu_erzeugt";

/** Replaces all codes of the account by ten new ones and returns them (to be shown once). */
export async function regenerateRecoveryCodes(
  prisma: PrismaClient,
  input: { benutzerId: string; actor: AuditActor; anlass: RecoveryCodeReason; now: Date },
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(randomBytes(RECOVERY_CODE_BYTES)));
  await prisma.$transaction(async (tx) => {
    const replaced = await tx.wiederherstellungscode.deleteMany({ where: { benutzerId: input.benutzerId } });
    await tx.wiederherstellungscode.createMany({
      data: codes.map((code) => ({ benutzerId: input.benutzerId, codeHash: hashRecoveryCode(input.benutzerId, normaliseRecoveryCode(code)!), createdAt: input.now })),
    });
    await recordAudit(tx, input.actor, {
      aktion: "wiederherstellungscodes.erzeugt",
      objektTyp: "benutzer",
      objektId: input.benutzerId,
      details: { anlass: input.anlass, anzahl: codes.length, ersetzt: replaced.count },
    });
  });
  return codes;
}

export async function remainingRecoveryCodes(prisma: PrismaClient, benutzerId: string): Promise<number> {
  return prisma.wiederherstellungscode.count({ where: { benutzerId, verwendetAm: null } });
}

/**
 * Uses up `code` for the account: true exactly once per code (one UPDATE … WHERE verwendet_am IS
 * NULL, so two requests with the same code cannot both pass). Records the use in the audit log.
 */
export async function redeemRecoveryCode(prisma: PrismaClient, input: { benutzerId: string; code: string; actor: AuditActor; now: Date }): Promise<boolean> {
  const normalised = normaliseRecoveryCode(input.code);
  if (!normalised) return false;
  return prisma.$transaction(async (tx) => {
    const used = await tx.wiederherstellungscode.updateMany({
      where: { benutzerId: input.benutzerId, codeHash: hashRecoveryCode(input.benutzerId, normalised), verwendetAm: null },
      data: { verwendetAm: input.now },
    });
    if (used.count !== 1) return false;
    const verbleibend = await tx.wiederherstellungscode.count({ where: { benutzerId: input.benutzerId, verwendetAm: null } });
    await recordAudit(tx, input.actor, {
      aktion: "wiederherstellungscode.verwendet",
      objektTyp: "benutzer",
      objektId: input.benutzerId,
      details: { verbleibend },
    });
    return true;
  });
}
