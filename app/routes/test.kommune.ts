/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): creates a synthetic Kommune (random AGS starting
 * with 99, which no Land has) covering the given PLZ and returns its id, so a spec can create its
 * kommune_redaktion with POST /test/personal without any Kommune seeded for it.
 *
 *   POST /test/kommune  {"name": "Demo-Gemeinde …", "plz": ["04105"]}
 */
import { randomInt } from "node:crypto";
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";

const Body = z.object({ name: z.string().min(1).max(200), plz: z.array(z.string().regex(/^[0-9]{5}$/)).min(1).max(20) });

export const loader = () => new Response("Nicht gefunden", { status: 404 });

export async function action({ request, context }: ActionFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const body = Body.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: body.error.issues }, { status: 400 });
  const ags = `99${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
  const kommune = await context.services.db.prisma.kommune.create({ data: { ags, name: body.data.name, plz: body.data.plz, isDemo: true }, select: { id: true, ags: true } });
  return Response.json(kommune);
}
