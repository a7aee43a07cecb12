/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): names a demo centre with a bookable calendar,
 * so the booking journey does not depend on which generated centres got one. `?nr=N` gives the
 * N-th such centre (0 by default), so journeys running in parallel book at different centres.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const nr = Number(new URL(request.url).searchParams.get("nr") ?? "0");
  const kalender = await context.services.db.prisma.beratungskalender.findFirst({
    where: { aktiv: true, beratungsstelle: { veroeffentlicht: true, isDemo: true } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: Number.isInteger(nr) && nr >= 0 && nr < 1000 ? nr : 0,
    select: { beratungsstelle: { select: { id: true, slug: true, name: true, traegerId: true } } },
  });
  if (!kalender) return new Response("Keine Demo-Beratungsstelle mit Kalender", { status: 404 });
  return Response.json(kalender.beratungsstelle);
}
