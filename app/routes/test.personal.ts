/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): creates a staff account with password and
 * activated TOTP and returns its credentials as JSON, so a spec can log in without any account
 * being seeded into ordinary demo data. Used by tests/e2e/support/login.ts.
 *
 *   POST /test/personal  {"rolle": "traeger_admin", "scope": {"traegerId": "…"}}
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { STAFF_ROLES } from "../domain/accounts/permissions";
import { createActivatedStaff } from "../server/auth/test-accounts.server";

const Body = z.object({
  rolle: z.enum(STAFF_ROLES),
  scope: z.object({ traegerId: z.string().uuid(), beratungsstelleId: z.string().uuid(), kommuneId: z.string().uuid() }).partial().optional(),
  email: z.string().email().optional(),
  anzeigename: z.string().min(1).optional(),
});

export const loader = () => new Response("Nicht gefunden", { status: 404 });

export async function action({ request, context }: ActionFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const body = Body.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: body.error.issues }, { status: 400 });
  return Response.json(await createActivatedStaff(context.services.db.prisma, context.services.totpSecrets, body.data));
}
