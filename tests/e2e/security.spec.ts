import { expect, test } from "@playwright/test";
import { expectSecurityHeaders } from "./support/headers";

// These talk HTTP directly; playwright.config.ts runs them in the "js" project only.

test("every HTML response carries the security headers (crawl from the start page)", async ({ request, baseURL }) => {
  const seen = new Set<string>();
  const queue = ["/", "/gibt-es-nicht", "/test/fehler"];
  while (queue.length > 0 && seen.size < 100) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path, { maxRedirects: 0 });
    const type = response.headers()["content-type"] ?? "";
    if (!type.startsWith("text/html")) continue;
    expectSecurityHeaders(response.headers(), path);
    const html = await response.text();
    for (const match of html.matchAll(/href="(\/[^"#?]*)/g)) {
      const href = match[1]!;
      if (!href.startsWith("/build/") && !/\.\w+$/.test(href)) queue.push(href);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(4);
  expect(baseURL).toBeTruthy();
});

test("each response gets its own CSP nonce, and the page's scripts carry it", async ({ request }) => {
  const nonceOf = async () => {
    const response = await request.get("/");
    const csp = response.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    return nonce;
  };
  expect(await nonceOf()).not.toBe(await nonceOf());
});

test("a cross-origin POST is rejected", async ({ request }) => {
  const response = await request.post("/", {
    headers: { Origin: "https://angreifer.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "a=1",
  });
  expect(response.status()).toBe(403);
  expectSecurityHeaders(response.headers(), "403");
});

test("a cross-site POST without Origin is rejected by Fetch metadata", async ({ request }) => {
  const response = await request.post("/", {
    headers: { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded" },
    data: "a=1",
  });
  expect(response.status()).toBe(403);
});

test("a same-origin POST passes the origin check", async ({ request, baseURL }) => {
  const response = await request.post("/gibt-es-nicht", {
    headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: "a=1",
  });
  expect(response.status()).not.toBe(403);
});

test("an oversized body gets 413", async ({ request, baseURL }) => {
  const response = await request.post("/", {
    headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: `text=${"x".repeat(2 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
});

test("/healthz reports database, search and realtime", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { ok: true, kind: "pglite" },
    search: { ok: true, engine: "embedded" },
    realtime: { ok: true, adapter: "memory" },
  });
  expect(body.search.documents).toBeGreaterThan(0);
});

test("Socket.io answers on the same port and refuses foreign origins", async ({ request }) => {
  const ok = await request.get("/socket.io/?EIO=4&transport=polling");
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toMatch(/^0\{"sid"/);
  const foreign = await request.get("/socket.io/?EIO=4&transport=polling", { headers: { Origin: "https://angreifer.example" } });
  expect(foreign.status()).toBe(403);
});
