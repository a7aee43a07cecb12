/** DELETE /api/v1/termine/{buchungscode} with the management token (Bearer header or ?token=). */
import type { ActionFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "../server/api/problem.server";
import { answerApi } from "../server/api/request.server";
import { cancelAnswer, tokenOf } from "../server/api/termine/termine.server";

export async function action({ request, params, context }: ActionFunctionArgs) {
  return answerApi(context, async () => {
    if (request.method !== "DELETE") return methodNotAllowed(["DELETE"]);
    return cancelAnswer(context, params.buchungscode ?? "", tokenOf(request), new Date());
  });
}

export async function loader() {
  return methodNotAllowed(["DELETE"]);
}
