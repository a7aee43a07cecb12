import { describe, expect, it } from "vitest";
import { HOTLINES, hotlinesFor } from "../hotlines";
import { isTopicSlug } from "../topics";

describe("national hotlines", () => {
  it("lists the checked numbers, dialable as written", () => {
    const numbers = HOTLINES.flatMap((line) => line.numbers.map((number) => [number.display, number.dial]));
    expect(numbers).toEqual([
      ["0800 111 0 111", "+498001110111"],
      ["0800 111 0 222", "+498001110222"],
      ["116 123", "116123"],
      ["01806 313031", "+491806313031"],
    ]);
    for (const [display, dial] of numbers) expect(dial!.replace("+49", "0")).toBe(display!.replace(/ /g, ""));
  });

  it("names only known topics", () => {
    for (const line of HOTLINES) for (const thema of line.themen) expect(isTopicSlug(thema)).toBe(true);
  });

  it("puts the topic's own line first and leaves out lines for other topics", () => {
    expect(hotlinesFor("sucht").map((line) => line.name)).toEqual(["Sucht & Drogen Hotline", "TelefonSeelsorge"]);
    expect(hotlinesFor("schulden").map((line) => line.name)).toEqual(["TelefonSeelsorge"]);
    expect(hotlinesFor(undefined).map((line) => line.name)).toEqual(["TelefonSeelsorge", "Sucht & Drogen Hotline"]);
  });
});
