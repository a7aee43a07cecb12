/**
 * The booking endpoints (issue 6): GET free slots of a centre, POST a booking with an optional
 * Idempotency-Key, DELETE a booking with its management token. The clock is read here, at the edge.
 */
import { readJsonBody } from "../request.server";
import type { ApiEndpoint } from "../router.server";
import { availabilityAnswer, bookingAnswer, cancelAnswer, tokenOf } from "./termine.server";

export const freeSlotsEndpoint: ApiEndpoint = {
  path: "/api/v1/beratungsstellen/:id/termine",
  get: ({ services, params, query }) => availabilityAnswer(services, params.id ?? "", query, new Date()),
};

export const bookingEndpoint: ApiEndpoint = {
  path: "/api/v1/termine",
  post: async ({ services, contentType, body, header }) => {
    const read = readJsonBody(contentType, await body());
    if (!read.ok) return read.answer;
    return bookingAnswer(services, read.value, header("idempotency-key"), new Date());
  },
};

export const cancelEndpoint: ApiEndpoint = {
  path: "/api/v1/termine/:buchungscode",
  delete: ({ services, params, query, header }) => cancelAnswer(services, params.buchungscode ?? "", tokenOf(header("authorization"), query), new Date()),
};
