/**
 * The HTTP edge of the API through the real Express app: the list of benefits, the OpenAPI
 * document, and every refusal (400 for broken JSON, 403, 404, 405, 411, 413, 415, 429) as
 * documented problem details instead of the HTML pages people get.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../../domain/benefits/catalog";
import { BENEFIT_SLUGS } from "../../../domain/benefits/slugs";
import { BEISPIELE } from "../leistungen/beispiele.server";
import type { ApiLeistung } from "../leistungen/leistungen.server";
import { openApiDocument } from "../openapi.server";
import { API_MAX_BODY_BYTES } from "../request.server";
import { PUBLIC_URL, startApiServer, type ApiServer } from "./support/api-app";
import { postJson, postText, send, type FullAnswer } from "./support/client";
import { createValidator } from "./support/openapi-validator";

const CHECK = "/api/v1/leistungscheck";
const document = openApiDocument(PUBLIC_URL);
const validator = createValidator(document);
let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const url = (path: string) => `${server.base}${path}`;

function expectProblem(answer: FullAnswer, status: number) {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  expect(validator.schemaErrors("Problem", answer.body)).toBe("");
  expect(answer.body).toMatchObject({ status });
}

/** A valid body padded with spaces to exactly `bytes` bytes. */
function paddedBody(bytes: number): string {
  const json = JSON.stringify(BEISPIELE.arbeitslos.value);
  return json + " ".repeat(bytes - Buffer.byteLength(json));
}

describe("GET /api/v1/leistungen", () => {
  it("lists every benefit from the catalog, documented, with its aliases", async () => {
    const answer = await send(url("/api/v1/leistungen"));
    expect(answer.status).toBe(200);
    expect(validator.answerErrors("/api/v1/leistungen", "get", answer)).toBe("");
    expect(answer.headers.get("cache-control")).toContain("public");
    const { leistungen } = answer.body as { leistungen: ApiLeistung[] };
    expect(leistungen.map((l) => l.slug)).toEqual([...BENEFIT_SLUGS]);
    for (const leistung of leistungen) {
      const info = CATALOG[leistung.slug];
      expect(leistung).toMatchObject({ titel: info.titel, rechtsgrundlage: info.rechtsgrundlage, online_antrag_url: info.antrag.onlineAntrag?.url ?? null });
    }
    expect(leistungen.find((l) => l.slug === "grundsicherungsgeld")!.aliase).toContain("buergergeld");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document as application/json at exactly this address", async () => {
    const answer = await send(url("/api/v1/openapi.json"));
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(document)));
    expect(validator.answerErrors("/api/v1/openapi.json", "get", answer)).toBe("");
    expect((await send(url("/api/v1/openapi-json"))).status).toBe(404);
  });
});

describe("refusals as problem details", () => {
  it("answers an unknown API address with 404", async () => {
    expectProblem(await send(url("/api/v1/gibt-es-nicht")), 404);
    expectProblem(await postJson(url("/api/v2/leistungscheck"), {}), 404);
  });

  it.each([
    ["GET", CHECK, "POST"],
    ["POST", "/api/v1/leistungen", "GET, HEAD"],
    ["DELETE", "/api/v1/openapi.json", "GET, HEAD"],
  ])("answers %s %s with 405 and Allow", async (method, path, allow) => {
    const answer = await send(url(path), { method, headers: { "Content-Type": "application/json" }, body: method === "GET" ? undefined : "{}" });
    expectProblem(answer, 405);
    expect(answer.headers.get("allow")).toBe(allow);
  });

  it("answers a body over 64 KB with 413 before reading it, and takes one of exactly 64 KB", async () => {
    const tooLarge = await postText(url(CHECK), paddedBody(API_MAX_BODY_BYTES + 1));
    expectProblem(tooLarge, 413);
    expect(validator.answerErrors(CHECK, "post", tooLarge)).toBe("");
    expect((await postText(url(CHECK), paddedBody(API_MAX_BODY_BYTES))).status).toBe(200);
  });

  it("answers a chunked body without length with 411", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(BEISPIELE.arbeitslos.value)));
        controller.close();
      },
    });
    const answer = await send(url(CHECK), { method: "POST", headers: { "Content-Type": "application/json" }, body, duplex: "half" } as RequestInit);
    expectProblem(answer, 411);
    expect(validator.answerErrors(CHECK, "post", answer)).toBe("");
  });

  it.each([
    ["text/plain", { "Content-Type": "text/plain" }],
    ["a form", { "Content-Type": "application/x-www-form-urlencoded" }],
    ["Latin-1 JSON", { "Content-Type": "application/json; charset=iso-8859-1" }],
    ["a JSON look-alike", { "Content-Type": "application/jsonp" }],
    ["no content type", {}],
  ])("answers %s with 415", async (_name, headers) => {
    const body = new TextEncoder().encode(JSON.stringify(BEISPIELE.arbeitslos.value));
    const answer = await send(url(CHECK), { method: "POST", headers, body });
    expectProblem(answer, 415);
    expect(answer.headers.get("accept-post")).toBe("application/json");
    expect(validator.answerErrors(CHECK, "post", answer)).toBe("");
  });

  it.each([
    ["a cut-off object", "{"],
    ["a broken list", '{"personen": [}'],
    ["an empty body", ""],
    ["only spaces", "   "],
    ["text after the object", '{"personen": [{"rolle": "antragsteller"}]} und mehr'],
    ["NaN", '{"vermoegen": NaN, "personen": [{"rolle": "antragsteller"}]}'],
    ["single quotes", "{'personen': []}"],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ])("answers %s with 400 Ungültiges JSON", async (_name, body) => {
    const answer = await postText(url(CHECK), body);
    expectProblem(answer, 400);
    expect(answer.body).toMatchObject({ type: "about:blank", title: "Ungültiges JSON" });
    expect(validator.answerErrors(CHECK, "post", answer)).toBe("");
  });

  it("lets clients without Origin through and refuses browsers on other sites with 403", async () => {
    const facts = BEISPIELE.arbeitslos.value;
    expect((await postJson(url(CHECK), facts)).status).toBe(200);
    expect((await postJson(url(CHECK), facts, { Origin: PUBLIC_URL })).status).toBe(200);
    const crossSite: Array<Record<string, string>> = [{ Origin: "https://andere-website.example" }, { "Sec-Fetch-Site": "cross-site" }];
    for (const headers of crossSite) {
      const answer = await postJson(url(CHECK), facts, headers);
      expectProblem(answer, 403);
      expect(validator.answerErrors(CHECK, "post", answer)).toBe("");
    }
  });

  it("tags every answer with a request id", async () => {
    expect((await send(url("/api/v1/leistungen"))).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("rate limit", () => {
  let limited: ApiServer;
  beforeAll(async () => {
    limited = await startApiServer({ RATE_LIMIT_PER_MINUTE: "2" });
  });
  afterAll(() => limited.close());

  it("answers 429 with Retry-After once the minute's budget is used", async () => {
    await send(`${limited.base}/api/v1/openapi.json`);
    await send(`${limited.base}/api/v1/openapi.json`);
    const answer = await postJson(`${limited.base}${CHECK}`, BEISPIELE.arbeitslos.value);
    expectProblem(answer, 429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(validator.answerErrors(CHECK, "post", answer)).toBe("");
  });
});
