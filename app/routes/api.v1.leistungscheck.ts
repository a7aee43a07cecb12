/**
 * POST /api/v1/leistungscheck: facts as JSON in, one estimate per benefit out. The Stichtag
 * defaults to today in Europe/Berlin, read here at the edge; everything after is pure.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { localDateInBerlin } from "../domain/shared/dates";
import { leistungscheck } from "../server/api/leistungen/leistungscheck.server";
import { invalidFactsProblem, methodNotAllowed, problemResponse } from "../server/api/problem.server";
import { answerApi, readJsonBody } from "../server/api/request.server";

export async function action({ request, context }: ActionFunctionArgs) {
  return answerApi(context, async () => {
    if (request.method !== "POST") return methodNotAllowed(["POST"]);
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const result = leistungscheck(body.value, localDateInBerlin(new Date()));
    if (!result.ok) return problemResponse(invalidFactsProblem(context.services.config.PUBLIC_URL, result.errors));
    return Response.json(result.antwort, { headers: { "Cache-Control": "no-store" } });
  });
}

export async function loader() {
  return methodNotAllowed(["POST"]);
}
