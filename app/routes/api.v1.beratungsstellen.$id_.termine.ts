/** GET /api/v1/beratungsstellen/{id}/termine?von&bis&art: free slots (the clock is read here, at the edge). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";
import { availabilityAnswer } from "../server/api/termine/termine.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return answerApi(context, () => availabilityAnswer(context, params.id ?? "", new URL(request.url).searchParams, new Date()));
}

export async function action() {
  return methodNotAllowed(["GET"]);
}
