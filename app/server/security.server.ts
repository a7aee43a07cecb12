/**
 * HTTP hardening that applies to every response: request id + access log, security headers with
 * a per-request CSP nonce, same-origin check for state-changing requests, body size limit and a
 * per-IP rate limit. Each is a small Express middleware so app.server.ts reads as a list. Their
 * refusals are HTML pages, except under /api/, where clients get problem details.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { PROBLEM_CONTENT_TYPE, statusProblem } from "./api/problem.server";
import type { Logger } from "./logger.server";
import { FixedWindowLimiter } from "./rate-limit.server";

declare module "express-serve-static-core" {
  interface Locals {
    nonce: string;
    requestId: string;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The JSON API serves no documents, scripts or styles: its answers may load nothing and be framed
 * nowhere. A fixed string, so API requests need no nonce at all.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A tiny HTML page for answers given before Remix is reached (403, 411, 413, 429). */
export function plainPage(title: string, text: string): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Sozialplattform</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Zur Startseite</a></p></main></body></html>`;
}

/** A refusal before Remix: the plain page for people, problem details (RFC 9457) under /api/. */
function refuse(req: Request, res: Response, status: number, title: string, text: string) {
  res.status(status);
  if (req.originalUrl.startsWith("/api/")) res.type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(statusProblem(status, title, text)));
  else res.type("html").send(plainPage(title, text));
}

/**
 * The path as the access log writes it: the private key of a booking's management link
 * (/termine/verwalten/<token>…) is replaced, so logs do not open anyone's appointment.
 */
export function loggedPath(path: string): string {
  return path.replace(/^\/termine\/verwalten\/[^/]+/, "/termine/verwalten/:token");
}

export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    res.locals.requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    // Made on first use: pages need one for their CSP and scripts, API answers never ask for it.
    let nonce: string | undefined;
    Object.defineProperty(res.locals, "nonce", { get: () => (nonce ??= randomBytes(16).toString("base64")), enumerable: true, configurable: true });
    res.setHeader("X-Request-Id", res.locals.requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      logger.info(
        {
          reqId: res.locals.requestId,
          method: req.method,
          path: loggedPath(req.path),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        },
        "request",
      );
    });
    next();
  };
}

export function securityHeaders(options: { hsts: boolean }): RequestHandler {
  return (req, res, next) => {
    res.setHeader("Content-Security-Policy", req.path.startsWith("/api/") ? API_CONTENT_SECURITY_POLICY : contentSecurityPolicy(res.locals.nonce));
    res.setHeader("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on
    // same-origin form posts, which would defeat the origin check below.
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader(
      "Permissions-Policy",
      "camera=(self), microphone=(self), geolocation=(self), payment=(), usb=()",
    );
    if (options.hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

export function isSameOrigin(req: Request, publicUrl: string): boolean {
  const origin = req.get("origin");
  if (origin === undefined) {
    // Browsers send Origin on every cross-origin POST; without it only Fetch metadata can
    // still tell us it is cross-site. Non-browser clients (curl, server-to-server) pass.
    const site = req.get("sec-fetch-site");
    return site === undefined || site === "same-origin" || site === "none";
  }
  const allowed = [new URL(publicUrl).origin, `${req.protocol}://${req.get("host")}`];
  return allowed.includes(origin);
}

export function sameOriginOnly(publicUrl: string): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isSameOrigin(req, publicUrl)) return next();
    refuse(
      req,
      res,
      403,
      "Anfrage abgelehnt",
      "Diese Anfrage kam nicht von dieser Website und wurde deshalb aus Sicherheitsgründen nicht ausgeführt.",
    );
  };
}

export function bodyLimit(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const length = req.get("content-length");
    if (length === undefined && req.get("transfer-encoding")) {
      refuse(req, res, 411, "Länge fehlt", "Bitte senden Sie die Daten mit Längenangabe.");
      return;
    }
    if (length !== undefined && Number(length) > maxBytes) {
      res.setHeader("Connection", "close");
      refuse(
        req,
        res,
        413,
        "Zu viele Daten",
        `Die gesendeten Daten sind größer als ${Math.round(maxBytes / 1024)} KB und wurden nicht angenommen.`,
      );
      return;
    }
    next();
  };
}

export function rateLimit(options: { perMinute: number; now?: () => number }): RequestHandler {
  const limiter = new FixedWindowLimiter({ limit: options.perMinute, windowMs: 60_000 });
  const now = options.now ?? Date.now;
  return (req: Request, res: Response, next: NextFunction) => {
    const verdict = limiter.hit(req.ip ?? "unknown", now());
    if (verdict.allowed) return next();
    res.setHeader("Retry-After", String(verdict.retryAfterSeconds));
    refuse(
      req,
      res,
      429,
      "Zu viele Anfragen",
      `Von Ihrem Anschluss kamen in kurzer Zeit sehr viele Anfragen. Bitte versuchen Sie es in ${verdict.retryAfterSeconds} Sekunden erneut.`,
    );
  };
}
