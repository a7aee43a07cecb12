/**
 * POST /api/v1/gespraeche (issue 7): starts an anonymous conversation with a centre that offers
 * the chat; the answer's token is what the /chat socket handshake and the page /chat/{token} take.
 * An optional Idempotency-Key (at least 16 characters) makes a repeated request return the same conversation.
 */
import { readJsonBody } from "../request.server";
import type { ApiEndpoint } from "../router.server";
import { startAnswer } from "./gespraeche.server";

export const conversationsEndpoint: ApiEndpoint = {
  path: "/api/v1/gespraeche",
  post: async ({ services, contentType, body, header }) => {
    const read = readJsonBody(contentType, await body());
    if (!read.ok) return read.answer;
    return startAnswer(services, read.value, header("idempotency-key"));
  },
};
