/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): creates a staff account with password and
 * activated TOTP and returns its credentials as JSON, so a spec can log in without any account
 * being seeded into ordinary demo data. Used by tests/e2e/support/login.ts.
 *
 *   POST /test/personal  {"rolle": "traeger_admin", "scope": {"traegerId": "…"}}
 *
 * `"totp": false` leaves TOTP unset (the first login must set it up); `"wiederherstellungscodes":
 * true` also makes the ten recovery codes and returns them.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { STAFF_ROLES } from "../domain/accounts/permissions";
import { regenerateRecoveryCodes } from "../server/auth/recovery-codes.server";
import { createActivatedStaff } from "../server/auth/test-accounts.server";

const Body = z.object({
  rolle: z.enum(STAFF_ROLES),
  scope: z.object({ traegerId: z.string().uuid(), beratungsstelleId: z.string().uuid(), kommuneId: z.string().uuid() }).partial().optional(),
  email: z.string().email().optional(),
  anzeigename: z.string().min(1).optional(),
  totp: z.boolean().optional(),
  wiederherstellungscodes: z.boolean().optional(),
});

export const loader = () => new Response("Nicht gefunden", { status: 404 });

export async function action({ request, context }: ActionFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const body = Body.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: body.error.issues }, { status: 400 });
  const { totp, wiederherstellungscodes, ...input } = body.data;
  const { prisma } = context.services.db;
  const staff = await createActivatedStaff(prisma, context.services.totpSecrets, input);
  if (totp === false) await prisma.benutzer.update({ where: { id: staff.benutzerId }, data: { totpSecret: null, totpAktiviert: false } });
  const codes = wiederherstellungscodes
    ? await regenerateRecoveryCodes(prisma, {
        benutzerId: staff.benutzerId,
        actor: { benutzerId: staff.benutzerId, anzeigename: input.anzeigename ?? staff.email },
        anlass: "einrichtung",
        now: new Date(),
      })
    : [];
  return Response.json({ ...staff, wiederherstellungscodes: codes });
}
