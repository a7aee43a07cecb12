/** The guard of the /verwaltung/kommune/<id> pages: the Kommune, if the account may edit it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { assertCan } from "../../domain/accounts/permissions";
import { requireStaff } from "../auth/guard.server";
import { loadKommune } from "./kommunen.server";

/** Staff with second factor, the Kommune of `params.id` (else 404) and "kommune.bearbeiten" for it (else 403). */
export async function editableKommune({ request, params, context }: Pick<LoaderFunctionArgs, "request" | "params" | "context">) {
  const actor = await requireStaff(request, context);
  const kommune = await loadKommune(context.services.db.prisma, params.id);
  if (!kommune) throw new Response("Diese Kommune gibt es nicht.", { status: 404 });
  assertCan(actor, "kommune.bearbeiten", { kommuneId: kommune.id });
  return { actor, kommune };
}
