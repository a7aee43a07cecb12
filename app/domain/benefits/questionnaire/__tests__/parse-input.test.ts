import { describe, expect, it } from "vitest";
import { locateStep } from "../flow";
import { formatEuroInput, parseEuroCents, parseWholeNumber, toInputValue } from "../parse-input";
import { alleinerziehend, env } from "./fixtures";

describe("parseEuroCents", () => {
  it.each([
    ["1.200,50", 120_050],
    ["1200,5", 120_050],
    ["1200", 120_000],
    ["1.200", 120_000],
    ["12.345.678,9", 1_234_567_890],
    ["0", 0],
    ["0,01", 1],
    ["1 200,50 €", 120_050],
    ["1\u00a0200 EUR", 120_000],
    ["450 Euro", 45_000],
    ["1200.50", 120_050],
    ["1.20", 120],
    ["  750  ", 75_000],
  ])("%j → %i cents", (input, cents) => {
    expect(parseEuroCents(input)).toBe(cents);
  });

  it.each(["", "abc", "-5", "1,234", "12,", ",50", "1.2.3", "1.20,5", "12.00.000", "1e3", "1234567890", "5 %"])("%j is not an amount", (input) => {
    expect(parseEuroCents(input)).toBeUndefined();
  });
});

describe("formatEuroInput", () => {
  it.each([
    [120_050, "1.200,50"],
    [45_000, "450"],
    [5, "0,05"],
    [123_456_700, "1.234.567"],
  ])("%i cents → %j, and back", (cents, text) => {
    expect(formatEuroInput(cents)).toBe(text);
    expect(parseEuroCents(text)).toBe(cents);
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["34", 34],
    [" 0 ", 0],
    ["120", 120],
    ["3,5", undefined],
    ["-1", undefined],
    ["1000", undefined],
    ["vier", undefined],
  ])("%j → %s", (input, value) => {
    expect(parseWholeNumber(input)).toBe(value);
  });
});

describe("toInputValue", () => {
  const byId = Object.fromEntries(locateStep("einkommen", alleinerziehend, env)!.questions.map((q) => [q.id, q]));
  it.each([
    ["erwerb_brutto", 160_050, "1.600,50"],
    ["unterhalt", null, ""],
    ["vermoegen", undefined, ""],
    ["erwerb_abzuege", ["kv"], ["kv"]],
    ["erwerb_abzuege", undefined, ["steuern", "kv", "rv"]],
    ["erwerb_abzuege", [], []],
  ] as const)("%s: %j → %j", (id, value, shown) => {
    expect(toInputValue(byId[id]!, value as never)).toEqual(shown);
  });
});
