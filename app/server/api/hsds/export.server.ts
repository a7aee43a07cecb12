/**
 * GET /api/v1/export/hsds: the published centres as HSDS 3.0 organizations (Träger) with their
 * services and locations, paged like the HSDS API reference's `/organizations` (Page object with
 * total_items, total_pages, page_number, size, first_page, last_page, empty, contents). Paging
 * by organization keeps every answer bounded however large the directory grows; a Träger appears
 * on exactly one page with all its published centres. Unpublished centres never appear, and a
 * Träger without a published centre neither.
 */
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { CENTRE_INCLUDE, type CentreRecord } from "../../search-sync.server";
import type { FeldFehler } from "../problem.server";
import { toHsdsOrganization, type HsdsObject } from "./mapping.server";

export const HSDS_DEFAULT_PER_PAGE = 50;
export const HSDS_MAX_PER_PAGE = 200;

export type HsdsPage = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
};

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name}: ganze Zahl von ${min} bis ${max} erwartet` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `${name}: ganze Zahl von ${min} bis ${max} erwartet` })
    .optional()
    .transform((value) => value ?? fallback);

const querySchema = z.object({
  page: integer("page", 1, 1_000_000, 1),
  per_page: integer("per_page", 1, HSDS_MAX_PER_PAGE, HSDS_DEFAULT_PER_PAGE),
});

export type HsdsQuery = { page: number; perPage: number };

export function readHsdsQuery(params: URLSearchParams): { ok: true; query: HsdsQuery } | { ok: false; errors: FeldFehler[] } {
  const parsed = querySchema.safeParse({ page: params.get("page") ?? undefined, per_page: params.get("per_page") ?? undefined });
  if (parsed.success) return { ok: true, query: { page: parsed.data.page, perPage: parsed.data.per_page } };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ pfad: String(issue.path[0] ?? ""), meldung: issue.message })) };
}

const PUBLISHED = { veroeffentlicht: true } as const;

export async function hsdsOrganizationsPage(prisma: PrismaClient, query: HsdsQuery): Promise<HsdsPage> {
  const where = { beratungsstellen: { some: PUBLISHED } };
  // One snapshot, so the count, the page and its centres agree while centres are being edited.
  const { total, traeger, centres } = await prisma.$transaction(
    async (tx) => {
      const total = await tx.traeger.count({ where });
      const traeger = await tx.traeger.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (query.page - 1) * query.perPage, take: query.perPage });
      const centres: CentreRecord[] = traeger.length
        ? await tx.beratungsstelle.findMany({
            where: { ...PUBLISHED, traegerId: { in: traeger.map((entry) => entry.id) } },
            include: CENTRE_INCLUDE,
            orderBy: [{ name: "asc" }, { id: "asc" }],
          })
        : [];
      return { total, traeger, centres };
    },
    { isolationLevel: "RepeatableRead", timeout: 30_000 },
  );
  const byTraeger = new Map<string, CentreRecord[]>();
  for (const centre of centres) {
    const list = byTraeger.get(centre.traegerId);
    if (list) list.push(centre);
    else byTraeger.set(centre.traegerId, [centre]);
  }
  const contents = traeger.map((entry) => toHsdsOrganization(entry, byTraeger.get(entry.id) ?? []));
  const totalPages = Math.ceil(total / query.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: query.page,
    size: contents.length,
    first_page: query.page === 1,
    last_page: query.page >= totalPages,
    empty: total === 0,
    contents,
  };
}
