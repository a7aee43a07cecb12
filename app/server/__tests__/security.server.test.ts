import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.server";
import { bodyLimit, loggedPath, rateLimit, requestContext, sameOriginOnly, securityHeaders } from "../security.server";

let base: string;
let close: () => void;
let now = 0;

beforeAll(async () => {
  const app = express();
  app.use(requestContext(createLogger("silent")));
  app.use(securityHeaders({ hsts: true }));
  app.use(rateLimit({ perMinute: 50, now: () => now }));
  app.use(sameOriginOnly("https://sozial.example.org"));
  app.use(bodyLimit(1024));
  app.all("*", (_req, res) => {
    res.type("html").send(`<p>${res.locals.nonce}</p>`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const form = (extra: Record<string, string> = {}, body = "a=1") =>
  ({ method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...extra }, body }) as const;

describe("security middleware", () => {
  it("masks the management token of a booking in logged paths", () => {
    expect(loggedPath("/termine/verwalten/abc-DEF_123")).toBe("/termine/verwalten/:token");
    expect(loggedPath("/termine/verwalten/abc-DEF_123/bestaetigung")).toBe("/termine/verwalten/:token/bestaetigung");
    expect(loggedPath("/termine/verwalten/abc/kalender")).toBe("/termine/verwalten/:token/kalender");
    expect(loggedPath("/termine/verwalten/abc-DEF_123/verschieben")).toBe("/termine/verwalten/:token/verschieben");
    expect(loggedPath("/beratungsstellen/x/termin")).toBe("/beratungsstellen/x/termin");
  });

  it("sets the security headers with a fresh nonce per response", async () => {
    const [a, b] = await Promise.all([fetch(base), fetch(base)]);
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await a.text()).toContain(nonce);
    expect(b.headers.get("content-security-policy")).not.toContain(nonce);
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("same-origin");
    expect(a.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("gives API answers a fixed CSP that loads nothing, without a nonce", async () => {
    const answer = await fetch(`${base}/api/v1/leistungen`);
    expect(answer.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    // A handler that does ask still gets one, made on first use.
    expect(await answer.text()).toMatch(/^<p>[A-Za-z0-9+/]{22}==<\/p>$/);
  });

  it("keeps a well-formed incoming request id and replaces a bad one", async () => {
    expect((await fetch(base, { headers: { "X-Request-Id": "lb-123" } })).headers.get("x-request-id")).toBe("lb-123");
    const replaced = (await fetch(base, { headers: { "X-Request-Id": "<script>" } })).headers.get("x-request-id");
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects a cross-origin POST and accepts the public and the own origin", async () => {
    expect((await fetch(base, form({ Origin: "https://evil.example" }))).status).toBe(403);
    expect((await fetch(base, form({ Origin: "null" }))).status).toBe(403);
    expect((await fetch(base, form({ Origin: "https://sozial.example.org" }))).status).toBe(200);
    expect((await fetch(base, form({ Origin: base }))).status).toBe(200);
  });

  it("uses Fetch metadata when Origin is missing", async () => {
    expect((await fetch(base, form({ "Sec-Fetch-Site": "cross-site" }))).status).toBe(403);
    expect((await fetch(base, form({ "Sec-Fetch-Site": "same-origin" }))).status).toBe(200);
  });

  it("answers 413 for a body over the limit, before reading it", async () => {
    const response = await fetch(base, form({ Origin: base }, `a=${"x".repeat(2000)}`));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Zu viele Daten");
  });

  it("answers 411 for a chunked body without length", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("a=1"));
        controller.close();
      },
    });
    const response = await fetch(base, { method: "POST", headers: { Origin: base }, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(411);
  });

  it("limits requests per IP with 429 and Retry-After, then lets them through again", async () => {
    now = 10_000_000;
    let last: Response | undefined;
    for (let i = 0; i < 51; i++) last = await fetch(base);
    expect(last!.status).toBe(429);
    expect(last!.headers.get("retry-after")).toBe("60");
    expect(last!.headers.get("content-security-policy")).toBeTruthy();
    now += 60_000;
    expect((await fetch(base)).status).toBe(200);
  });
});
