/**
 * The Express app: hardening middleware, static files, /healthz, the JSON API (plain Express
 * handlers, docs/decisions/0008-json-api-in-express.md), then Remix for everything else. Kept
 * free of process concerns (listening, signals) so tests can mount it directly.
 */
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type ErrorRequestHandler, type Express } from "express";
import { API_MAX_BODY_BYTES } from "./api/request.server";
import { apiRouter } from "./api/router.server";
import type { Services } from "./context.server";
import { checkHealth } from "./health.server";
import { IMPORT_PATH, UPLOAD_HARD_LIMIT } from "./import/upload.server";
import {
  bodyLimit,
  plainPage,
  rateLimit,
  requestContext,
  sameOriginOnly,
  securityHeaders,
} from "./security.server";

/** Forms and JSON only; file uploads get their own limit where they are accepted. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function configureApp(app: Express, options: { services: Services; build: ServerBuild; rootDir: string }) {
  const { services, build, rootDir } = options;
  const { config, logger } = services;

  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(requestContext(logger));
  app.use(securityHeaders({ hsts: config.PUBLIC_URL.startsWith("https:") }));
  app.use(
    "/build",
    express.static(path.join(rootDir, "public/build"), { immutable: true, maxAge: "1y", index: false }),
  );
  // Only file-like paths reach the disk: page URLs have no extension, and a failed stat per page
  // view (with its error object) was a measurable share of every request.
  const publicFiles = express.static(path.join(rootDir, "public"), { maxAge: "1h", index: false });
  app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
  app.use(rateLimit({ perMinute: config.RATE_LIMIT_PER_MINUTE }));
  app.use(sameOriginOnly(config.PUBLIC_URL));
  app.use("/api", bodyLimit(API_MAX_BODY_BYTES));
  // The CSV upload takes larger bodies; the page itself checks the file size with a German message.
  const formLimit = bodyLimit(MAX_BODY_BYTES);
  const uploadLimit = bodyLimit(UPLOAD_HARD_LIMIT);
  app.use((req, res, next) => (req.path === IMPORT_PATH ? uploadLimit(req, res, next) : formLimit(req, res, next)));

  app.get("/healthz", async (_req, res) => {
    const report = await checkHealth({ database: services.db, search: services.search, realtime: services.realtime });
    res.status(report.status === "ok" ? 200 : 503).setHeader("Cache-Control", "no-store").json(report);
  });

  app.use(apiRouter(services));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (req, res) => ({ services, nonce: res.locals.nonce, requestId: res.locals.requestId, clientIp: req.ip ?? "" }),
    }),
  );

  const lastResort: ErrorRequestHandler = (error, _req, res, _next) => {
    logger.error({ reqId: res.locals.requestId, err: error instanceof Error ? error.message : String(error) }, "unhandled");
    if (res.headersSent) return;
    res
      .status(500)
      .type("html")
      .send(plainPage("Technischer Fehler", "Bitte versuchen Sie es später noch einmal."));
  };
  app.use(lastResort);
  return app;
}
