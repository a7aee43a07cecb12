/**
 * Staff accounts for server tests: Benutzer + Mitgliedschaft, Argon2id password, activated TOTP.
 *
 *   const staff = await createStaff(database().prisma, { rolle: "traeger_admin", scope: { traegerId } });
 *   totpCode(staff.totpSecret, new Date())   // the current code (app/server/auth/totp.server.ts)
 *
 * The CHECK constraint of Mitgliedschaft wants exactly the scope column the role needs
 * (plattform_admin: none). `email` and `password` are generated when left out.
 */
import type { PrismaClient } from "../../app/server/generated/prisma/client";
import { createActivatedStaff, type CreatedStaff, type StaffScope } from "../../app/server/auth/test-accounts.server";
import type { Rolle } from "../../app/domain/accounts/permissions";
import { createTotpSecretBox } from "../../app/server/auth/totp-secret.server";

/** The TOTP key of server tests (not a secret: 32 bytes of 7). Pass it as `services.totpSecrets`. */
export const TEST_TOTP_SECRETS = createTotpSecretBox(Buffer.alloc(32, 7).toString("base64"));

export type { CreatedStaff, StaffScope };

export function createStaff(
  db: PrismaClient | { prisma: PrismaClient },
  input: { rolle: Exclude<Rolle, "ratsuchend">; scope?: StaffScope; email?: string; password?: string; anzeigename?: string },
): Promise<CreatedStaff> {
  return createActivatedStaff("prisma" in db ? db.prisma : db, TEST_TOTP_SECRETS, input);
}
