/**
 * E2E only (E2E_TEST_ROUTES=true, otherwise 404): names a published demo centre that offers the
 * chat, so the online counselling journey does not depend on which generated centres got it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";

export async function loader({ context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) return new Response("Nicht gefunden", { status: 404 });
  const centre = await context.services.db.prisma.beratungsstelle.findFirst({
    where: { veroeffentlicht: true, isDemo: true, kanaele: { has: "chat" } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, name: true },
  });
  if (!centre) return new Response("Keine Demo-Beratungsstelle mit Chat", { status: 404 });
  return Response.json(centre);
}
