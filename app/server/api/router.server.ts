/**
 * The public JSON API as plain Express handlers, mounted in app.server.ts after the security
 * middleware and before Remix (docs/decisions/0008-json-api-in-express.md). Each endpoint names
 * its path and a handler per method; the handler gets what it needs (query, path parameters,
 * the body's bytes on demand, the services) and answers an ApiAnswer, which is serialised once
 * and written with its Content-Length. Addresses under /api that no endpoint names fall through
 * to Remix's catch-all (routes/api.$.ts), which answers 404 as problem details.
 */
import { Router, type Request, type Response } from "express";
import type { Services } from "../context.server";
import { beratungsstelleEndpoint, beratungsstellenEndpoint } from "./beratungsstellen/endpoints.server";
import { orteEndpoint } from "./beratungsstellen/orte.server";
import { conversationsEndpoint } from "./gespraeche/endpoints.server";
import { hsdsEndpoint } from "./hsds/endpoint.server";
import { leistungenEndpoint, leistungscheckEndpoint } from "./leistungen/endpoints.server";
import { openApiEndpoint } from "./openapi.server";
import { bookingEndpoint, cancelEndpoint, freeSlotsEndpoint } from "./termine/endpoints.server";
import { methodNotAllowed, type ApiAnswer } from "./problem.server";
import { answerApi, API_MAX_BODY_BYTES } from "./request.server";

export type ApiCall = {
  services: Services;
  requestId: string;
  query: URLSearchParams;
  params: Record<string, string>;
  contentType: string | null;
  /** The request body's bytes (the size limit was checked before, from Content-Length). */
  body: () => Promise<Buffer>;
  /** A request header by its (case-insensitive) name, or null. */
  header: (name: string) => string | null;
};

export type ApiHandler = (call: ApiCall) => ApiAnswer | Promise<ApiAnswer>;

/** One address of the API; GET also answers HEAD. Methods without a handler answer 405. */
export type ApiEndpoint = { path: string; get?: ApiHandler; post?: ApiHandler; delete?: ApiHandler };

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  openApiEndpoint,
  leistungenEndpoint,
  leistungscheckEndpoint,
  beratungsstellenEndpoint,
  beratungsstelleEndpoint,
  orteEndpoint,
  hsdsEndpoint,
  freeSlotsEndpoint,
  bookingEndpoint,
  cancelEndpoint,
  conversationsEndpoint,
];

function readBody(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      // Content-Length was checked; this only guards against a client sending more than it said.
      if (size > API_MAX_BODY_BYTES) req.destroy(new Error("body larger than its Content-Length"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(req: Request, res: Response, answer: ApiAnswer) {
  res.statusCode = answer.status;
  for (const name in answer.headers) res.setHeader(name, answer.headers[name]!);
  // 204 and the like carry no body.
  if (answer.body === undefined) {
    res.end();
    return;
  }
  // Encoded once: the length and the socket write use the same bytes (a string would be scanned
  // for its length and encoded again inside the write).
  const bytes = Buffer.from(JSON.stringify(answer.body));
  res.setHeader("Content-Length", bytes.length);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

function allowedMethods(endpoint: ApiEndpoint): string[] {
  return [...(endpoint.get ? ["GET", "HEAD"] : []), ...(endpoint.post ? ["POST"] : []), ...(endpoint.delete ? ["DELETE"] : [])];
}

export function apiRouter(services: Services, endpoints: readonly ApiEndpoint[] = API_ENDPOINTS): Router {
  const router = Router();
  for (const endpoint of endpoints) {
    const allowed = allowedMethods(endpoint);
    router.all(endpoint.path, (req, res) => {
      const requestId = res.locals.requestId;
      const handler =
        req.method === "GET" || req.method === "HEAD" ? endpoint.get : req.method === "POST" ? endpoint.post : req.method === "DELETE" ? endpoint.delete : undefined;
      const queryAt = req.originalUrl.indexOf("?");
      const call: ApiCall = {
        services,
        requestId,
        query: new URLSearchParams(queryAt < 0 ? "" : req.originalUrl.slice(queryAt + 1)),
        params: req.params as Record<string, string>,
        contentType: req.get("content-type") ?? null,
        body: () => readBody(req),
        header: (name) => req.get(name) ?? null,
      };
      void answerApi({ logger: services.logger, requestId }, () => (handler ? handler(call) : methodNotAllowed(allowed))).then((answer) => {
        if (!res.destroyed) send(req, res, answer);
      });
    });
  }
  return router;
}
