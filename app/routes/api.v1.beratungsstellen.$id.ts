/** GET /api/v1/beratungsstellen/{id}: one published centre with all its data (see the OpenAPI document). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beratungsstelle } from "../server/api/beratungsstellen/answers.server";
import { methodNotAllowed, problemResponse, statusProblem } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";
import { findPublishedCentre } from "../server/counselling/centre-read.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
  return answerApi(context, async () => {
    const { config, db } = context.services;
    const detail = await findPublishedCentre(db.prisma, { id: params.id ?? "" });
    if (!detail) {
      return problemResponse(
        statusProblem(404, "Nicht gefunden", "Eine veröffentlichte Beratungsstelle mit dieser id gibt es nicht. Ids liefert GET /api/v1/beratungsstellen."),
      );
    }
    return Response.json(beratungsstelle(detail, config.PUBLIC_URL), { headers: { "Cache-Control": "public, max-age=60" } });
  });
}

export async function action() {
  return methodNotAllowed(["GET", "HEAD"]);
}
