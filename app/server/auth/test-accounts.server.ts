/**
 * Ready-to-use staff accounts for tests: password set (Argon2id) and TOTP activated. Used by
 * tests/support/accounts.ts (server tests) and by the e2e-only route /test/personal (which exists
 * only with E2E_TEST_ROUTES=true). Never called by the application itself.
 */
import { randomBytes } from "node:crypto";
import type { Rolle } from "../../domain/accounts/permissions";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "./password.server";
import { generateTotpSecret } from "./totp.server";
import type { TotpSecretBox } from "./totp-secret.server";

export type StaffScope = { traegerId?: string; beratungsstelleId?: string; kommuneId?: string };
export type CreatedStaff = { benutzerId: string; email: string; password: string; totpSecret: string };

/** `box` seals the TOTP secret as the application does; the plain secret is returned for the test. */
export async function createActivatedStaff(
  prisma: PrismaClient,
  box: TotpSecretBox,
  input: { rolle: Exclude<Rolle, "ratsuchend">; scope?: StaffScope; email?: string; password?: string; anzeigename?: string },
): Promise<CreatedStaff> {
  const email = (input.email ?? `test-${randomBytes(6).toString("hex")}@demo.sozialplattform.invalid`).trim().toLowerCase();
  const password = input.password ?? `Test-${randomBytes(12).toString("base64url")}`;
  const totpSecret = generateTotpSecret();
  const benutzer = await prisma.benutzer.create({
    data: {
      email,
      anzeigename: input.anzeigename ?? email.split("@")[0]!,
      passwortHash: await hashPassword(password),
      totpSecret: box.seal(totpSecret),
      totpAktiviert: true,
      istPersonal: true,
      isDemo: true,
      mitgliedschaften: {
        create: {
          rolle: input.rolle,
          traegerId: input.scope?.traegerId ?? null,
          beratungsstelleId: input.scope?.beratungsstelleId ?? null,
          kommuneId: input.scope?.kommuneId ?? null,
        },
      },
    },
    select: { id: true },
  });
  return { benutzerId: benutzer.id, email, password, totpSecret };
}
