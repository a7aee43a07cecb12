/** GET /api/v1/leistungen: the benefits of the catalog for other portals (see the OpenAPI document). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { leistungsliste } from "../server/api/leistungen/leistungen.server";
import { methodNotAllowed } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";

export async function loader({ context }: LoaderFunctionArgs) {
  return answerApi(context, () => Response.json(leistungsliste(), { headers: { "Cache-Control": "public, max-age=300" } }));
}

export async function action() {
  return methodNotAllowed(["GET", "HEAD"]);
}
