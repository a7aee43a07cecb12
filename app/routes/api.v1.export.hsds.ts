/** GET /api/v1/export/hsds: the published centres as Open Referral HSDS 3.0 (see the OpenAPI document). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { hsdsOrganizationsPage, readHsdsQuery } from "../server/api/hsds/export.server";
import { invalidFactsProblem, methodNotAllowed, problemResponse } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  return answerApi(context, async () => {
    const { config, db } = context.services;
    const url = new URL(request.url);
    const read = readHsdsQuery(url.searchParams);
    if (!read.ok) return problemResponse(invalidFactsProblem(config.PUBLIC_URL, read.errors));
    const page = await hsdsOrganizationsPage(db.prisma, read.query);
    const headers: Record<string, string> = { "Cache-Control": "public, max-age=300" };
    if (!page.last_page) headers.Link = `<${config.PUBLIC_URL}/api/v1/export/hsds?page=${page.page_number + 1}&per_page=${read.query.perPage}>; rel="next"`;
    return Response.json(page, { headers });
  });
}

export async function action() {
  return methodNotAllowed(["GET", "HEAD"]);
}
