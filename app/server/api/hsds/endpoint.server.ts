/** GET /api/v1/export/hsds: the published centres as Open Referral HSDS 3.0 (see the OpenAPI document). */
import { invalidFactsProblem, jsonAnswer, problemAnswer } from "../problem.server";
import type { ApiEndpoint } from "../router.server";
import { hsdsOrganizationsPage, readHsdsQuery } from "./export.server";

export const hsdsEndpoint: ApiEndpoint = {
  path: "/api/v1/export/hsds",
  get: async ({ services, query }) => {
    const { config, db } = services;
    const read = readHsdsQuery(query);
    if (!read.ok) return problemAnswer(invalidFactsProblem(config.PUBLIC_URL, read.errors));
    const page = await hsdsOrganizationsPage(db.prisma, read.query);
    const headers: Record<string, string> = { "Cache-Control": "public, max-age=300" };
    if (!page.last_page) headers.Link = `<${config.PUBLIC_URL}/api/v1/export/hsds?page=${page.page_number + 1}&per_page=${read.query.perPage}>; rel="next"`;
    return jsonAnswer(page, headers);
  },
};
