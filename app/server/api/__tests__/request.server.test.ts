import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it, vi } from "vitest";
import { answerApi, isJsonContentType, readJsonBody } from "../request.server";

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["APPLICATION/JSON;CHARSET=UTF-8", true],
    ['application/json; charset="utf-8"', true],
    ["application/json; charset=latin1", false],
    ["application/problem+json", false],
    ["text/json", false],
    ["application/jsonp", false],
    ["", false],
    [null, false],
  ])("%s → %s", (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});

describe("readJsonBody", () => {
  const request = (body: string) => new Request("http://x/api", { method: "POST", headers: { "Content-Type": "application/json" }, body });

  it("returns the parsed value, with a byte order mark or surrounding spaces", async () => {
    expect(await readJsonBody(request('\uFEFF {"a": 1} '))).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses a body that is not JSON with 400", async () => {
    const result = await readJsonBody(request("{a: 1}"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(400);
  });
});

describe("answerApi", () => {
  function fakeContext() {
    const error = vi.fn();
    return { error, context: { services: { logger: { error } }, requestId: "req-1" } as unknown as AppLoadContext };
  }

  it("passes a handler's answer through", async () => {
    const { context, error } = fakeContext();
    const response = await answerApi(context, () => new Response("ok"));
    expect(await response.text()).toBe("ok");
    expect(error).not.toHaveBeenCalled();
  });

  it("turns an unexpected error into a logged 500 problem without the request's data", async () => {
    const { context, error } = fakeContext();
    const response = await answerApi(context, () => {
      throw new Error("kaputt");
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ type: "about:blank", status: 500, title: "Technischer Fehler" });
    expect(error).toHaveBeenCalledWith({ reqId: "req-1", err: "kaputt" }, "api");
  });
});
