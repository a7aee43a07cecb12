/** GET /api/v1/beratungsstellen: the centre search for other portals (see the OpenAPI document). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { localMoment } from "../domain/counselling/opening-hours";
import { trefferliste } from "../server/api/beratungsstellen/answers.server";
import { readApiCentreQuery } from "../server/api/beratungsstellen/query.server";
import { invalidFactsProblem, methodNotAllowed, problemResponse } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";
import { searchCentrePage } from "../server/counselling/centre-search.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return answerApi(context, async () => {
    const { config, search, places } = context.services;
    const read = readApiCentreQuery(new URL(request.url).searchParams);
    if (!read.ok) return problemResponse(invalidFactsProblem(config.PUBLIC_URL, read.errors));
    const { form, perPage, barrierefrei, anonym } = read.query;
    const outcome = await searchCentrePage({ search, places }, form, {
      moment: localMoment(new Date()),
      perPage,
      flags: { barrierefrei, anonym },
    });
    if (outcome.kind === "unknown-place") {
      const suggestions = outcome.place.suggestions.map((suggestion) => suggestion.value);
      const meldung = `ort: „${outcome.place.input}“ kennen wir nicht${suggestions.length ? `; meinten Sie ${suggestions.join(", ")}?` : ""}`;
      return problemResponse(invalidFactsProblem(config.PUBLIC_URL, [{ pfad: "ort", meldung }]));
    }
    const body = trefferliste(outcome, { seite: form.seite, proSeite: perPage }, config.PUBLIC_URL);
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
  });
}

export async function action() {
  return methodNotAllowed(["GET", "HEAD"]);
}
