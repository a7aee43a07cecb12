import { describe, expect, it } from "vitest";
import { formatEuro } from "../format";

// Intl puts a no-break space before the euro sign; compare with ordinary spaces.
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("formatEuro", () => {
  it.each([
    [56_300, "563 €"],
    [120_050, "1.200,50 €"],
    [5, "0,05 €"],
    [0, "0 €"],
    [123_456_789, "1.234.567,89 €"],
  ])("%i cents → %s", (cents, text) => {
    expect(plain(formatEuro(cents))).toBe(text);
  });
});
