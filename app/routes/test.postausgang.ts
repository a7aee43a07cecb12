/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): the newest mail in the outbox for one
 * address, so a spec can follow a mailed link (password reset, invitation) without an SMTP
 * server. Used by tests/e2e/support/mail.ts.
 *
 *   GET /test/postausgang?an=person@example.org   → {"betreff": "…", "text": "…", "anlass": "…"}
 */
import type { LoaderFunctionArgs } from "@remix-run/node";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const an = new URL(request.url).searchParams.get("an")?.trim().toLowerCase();
  if (!an) return Response.json({ error: "an fehlt" }, { status: 400 });
  const mail = await context.services.db.prisma.mailOutbox.findFirst({
    where: { an: { equals: an, mode: "insensitive" } },
    orderBy: { id: "desc" },
    select: { betreff: true, text: true, anlass: true },
  });
  if (!mail) return Response.json({ error: "keine Mail" }, { status: 404 });
  return Response.json(mail, { headers: { "Cache-Control": "no-store" } });
}
