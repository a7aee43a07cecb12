/** POST /api/v1/termine: book a slot; optional Idempotency-Key header. */
import type { ActionFunctionArgs } from "@remix-run/node";
import { methodNotAllowed } from "../server/api/problem.server";
import { answerApi, readJsonBody } from "../server/api/request.server";
import { bookingAnswer } from "../server/api/termine/termine.server";

export async function action({ request, context }: ActionFunctionArgs) {
  return answerApi(context, async () => {
    if (request.method !== "POST") return methodNotAllowed(["POST"]);
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    return bookingAnswer(context, body.value, request.headers.get("Idempotency-Key"), new Date());
  });
}

export async function loader() {
  return methodNotAllowed(["POST"]);
}
