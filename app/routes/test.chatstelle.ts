/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): names a published demo centre that offers the
 * chat, so the online counselling journey does not depend on which generated centres got it.
 * `?nr=N` names the N-th one instead of the first.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const centre = await context.services.db.prisma.beratungsstelle.findFirst({
    where: { veroeffentlicht: true, isDemo: true, kanaele: { has: "chat" } },
    orderBy: { slug: "asc" },
    // ?nr=N: the N-th such centre (0 = first), so a journey that changes the centre's chat settings does not disturb others.
    skip: Math.max(0, Math.min(20, Number.parseInt(new URL(request.url).searchParams.get("nr") ?? "0", 10) || 0)),
    select: { id: true, slug: true, name: true },
  });
  if (!centre) return new Response("Keine Demo-Beratungsstelle mit Chat", { status: 404 });
  return Response.json(centre);
}
