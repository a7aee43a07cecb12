/**
 * GET /api/v1/leistungen (the catalog for other portals) and POST /api/v1/leistungscheck (facts
 * as JSON in, one estimate per benefit out). The Stichtag defaults to today in Europe/Berlin,
 * read here at the edge; everything after is pure.
 */
import { localDateInBerlin } from "../../../domain/shared/dates";
import { invalidFactsProblem, jsonAnswer, problemAnswer } from "../problem.server";
import { readJsonBody } from "../request.server";
import type { ApiEndpoint } from "../router.server";
import { leistungscheck } from "./leistungscheck.server";
import { leistungsliste } from "./leistungen.server";

export const leistungenEndpoint: ApiEndpoint = {
  path: "/api/v1/leistungen",
  get: () => jsonAnswer(leistungsliste(), { "Cache-Control": "public, max-age=300" }),
};

export const leistungscheckEndpoint: ApiEndpoint = {
  path: "/api/v1/leistungscheck",
  post: async ({ services, contentType, body }) => {
    const read = readJsonBody(contentType, await body());
    if (!read.ok) return read.answer;
    const result = leistungscheck(read.value, localDateInBerlin(new Date()));
    if (!result.ok) return problemAnswer(invalidFactsProblem(services.config.PUBLIC_URL, result.errors));
    return jsonAnswer(result.antwort, { "Cache-Control": "no-store" });
  },
};
