/** GET /api/v1/beratungsstellen (the centre search for other portals) and GET /api/v1/beratungsstellen/{id}. */
import { localMoment } from "../../../domain/counselling/opening-hours";
import { findPublishedCentre } from "../../counselling/centre-read.server";
import { searchCentrePage } from "../../counselling/centre-search.server";
import { invalidFactsProblem, jsonAnswer, problemAnswer, statusProblem } from "../problem.server";
import type { ApiEndpoint } from "../router.server";
import { beratungsstelle, trefferliste } from "./answers.server";
import { readApiCentreQuery } from "./query.server";

export const beratungsstellenEndpoint: ApiEndpoint = {
  path: "/api/v1/beratungsstellen",
  get: async ({ services, query }) => {
    const { config, search, places } = services;
    const read = readApiCentreQuery(query);
    if (!read.ok) return problemAnswer(invalidFactsProblem(config.PUBLIC_URL, read.errors));
    const { form, perPage, barrierefrei, anonym } = read.query;
    const outcome = await searchCentrePage({ search, places }, form, {
      moment: localMoment(new Date()),
      perPage,
      flags: { barrierefrei, anonym },
    });
    if (outcome.kind === "unknown-place") {
      const suggestions = outcome.place.suggestions.map((suggestion) => suggestion.value);
      const meldung = `ort: „${outcome.place.input}“ kennen wir nicht${suggestions.length ? `; meinten Sie ${suggestions.join(", ")}?` : ""}`;
      return problemAnswer(invalidFactsProblem(config.PUBLIC_URL, [{ pfad: "ort", meldung }]));
    }
    const body = trefferliste(outcome, { seite: form.seite, proSeite: perPage }, config.PUBLIC_URL);
    return jsonAnswer(body, { "Cache-Control": "public, max-age=60" });
  },
};

export const beratungsstelleEndpoint: ApiEndpoint = {
  path: "/api/v1/beratungsstellen/:id",
  get: async ({ services, params }) => {
    const { config, db } = services;
    const detail = await findPublishedCentre(db.prisma, { id: params.id ?? "" });
    if (!detail) {
      return problemAnswer(
        statusProblem(404, "Nicht gefunden", "Eine veröffentlichte Beratungsstelle mit dieser id gibt es nicht. Ids liefert GET /api/v1/beratungsstellen."),
      );
    }
    return jsonAnswer(beratungsstelle(detail, config.PUBLIC_URL), { "Cache-Control": "public, max-age=60" });
  },
};
