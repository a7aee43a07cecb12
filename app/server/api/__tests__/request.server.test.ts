import { describe, expect, it, vi } from "vitest";
import { jsonAnswer } from "../problem.server";
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
  const read = (body: string, contentType = "application/json") => readJsonBody(contentType, Buffer.from(body));

  it("returns the parsed value, with a byte order mark or surrounding spaces", () => {
    expect(read('\uFEFF {"a": 1} ')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses a body that is not JSON with 400", () => {
    const result = read("{a: 1}");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.answer.status).toBe(400);
  });

  it("refuses another content type with 415 before looking at the body", () => {
    const result = read('{"a": 1}', "text/plain");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.answer).toMatchObject({ status: 415, headers: { "Accept-Post": "application/json" } });
  });
});

describe("answerApi", () => {
  function fakeLog() {
    const error = vi.fn();
    return { error, log: { logger: { error }, requestId: "req-1" } };
  }

  it("passes a handler's answer through", async () => {
    const { log, error } = fakeLog();
    const ok = jsonAnswer({ ok: true }, {});
    expect(await answerApi(log, () => ok)).toBe(ok);
    expect(error).not.toHaveBeenCalled();
  });

  it("turns an unexpected error into a logged 500 problem without the request's data", async () => {
    const { log, error } = fakeLog();
    const answer = await answerApi(log, () => {
      throw new Error("kaputt");
    });
    expect(answer.status).toBe(500);
    expect(answer.headers["Content-Type"]).toBe("application/problem+json");
    expect(answer.body).toMatchObject({ type: "about:blank", status: 500, title: "Technischer Fehler" });
    expect(error).toHaveBeenCalledWith({ reqId: "req-1", err: "kaputt" }, "api");
  });
});
