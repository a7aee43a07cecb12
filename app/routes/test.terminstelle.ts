/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): names a demo centre with a bookable calendar,
 * so the booking journey does not depend on which generated centres got one.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";

export async function loader({ context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const kalender = await context.services.db.prisma.beratungskalender.findFirst({
    where: { aktiv: true, beratungsstelle: { veroeffentlicht: true, isDemo: true } },
    orderBy: { createdAt: "asc" },
    select: { beratungsstelleId: true },
  });
  if (!kalender) return new Response("Keine Demo-Beratungsstelle mit Kalender", { status: 404 });
  return Response.json({ id: kalender.beratungsstelleId });
}
