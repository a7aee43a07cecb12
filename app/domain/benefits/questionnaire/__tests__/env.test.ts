import { describe, expect, it } from "vitest";
import { questionnaireEnv } from "../env";

const env = questionnaireEnv("2026-11-22");

describe("questionnaireEnv", () => {
  it("gives one candidate where the postcode lies in one municipality", () => {
    expect(env.mietstufenFuerPlz("04109")).toEqual([{ mietstufe: expect.any(Number), orte: ["Leipzig"] }]);
  });

  it("gives one candidate per Mietstufe where a postcode spans municipalities", () => {
    const candidates = env.mietstufenFuerPlz("22113");
    expect(candidates.length).toBeGreaterThan(1);
    expect(new Set(candidates.map((c) => c.mietstufe)).size).toBe(candidates.length);
    expect(candidates.flatMap((c) => c.orte)).toEqual(expect.arrayContaining(["Hamburg"]));
  });

  it("gives nothing for a postcode the data does not know", () => {
    expect(env.mietstufenFuerPlz("00000")).toEqual([]);
  });
});
