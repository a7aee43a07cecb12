/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the public API. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "../server/api/openapi.server";
import { methodNotAllowed } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";

export async function loader({ context }: LoaderFunctionArgs) {
  return answerApi(context, () =>
    Response.json(openApiDocument(context.services.config.PUBLIC_URL), { headers: { "Cache-Control": "public, max-age=300" } }),
  );
}

export async function action() {
  return methodNotAllowed(["GET", "HEAD"]);
}
