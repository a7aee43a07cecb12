import { describe, expect, it } from "vitest";
import { formatClock, formatDistance, formatEuro, formatLongDate, formatNumber, weekdayName } from "../format";

// Intl puts no-break spaces (and Arabic a right-to-left mark) into numbers; compare plainly.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u200f/g, "");

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

  it.each([
    ["de", "1.200,50 €"],
    ["ls", "1.200,50 €"],
    ["en", "€1,200.50"],
    ["tr", "€1.200,50"],
    ["ar", "1,200.50 €"],
    ["uk", "1 200,50 EUR"],
    ["ru", "1 200,50 €"],
  ] as const)("in %s: %s", (locale, text) => {
    expect(plain(formatEuro(120_050, locale))).toBe(text);
  });
});

describe("numbers and dates per locale", () => {
  it.each([
    ["de", "2.000"],
    ["en", "2,000"],
    ["ar", "2,000"],
    ["ru", "2 000"],
  ] as const)("formatNumber in %s", (locale, text) => {
    expect(plain(formatNumber(2000, locale))).toBe(text);
  });

  it("long dates in German time, day before month in British English", () => {
    // 23:30 UTC on 7 December is already 8 December in Berlin.
    const date = new Date("2026-12-07T23:30:00Z");
    expect(formatLongDate(date)).toBe("Dienstag, 8. Dezember 2026");
    expect(formatLongDate(date, "en")).toBe("Tuesday, 8 December 2026");
    expect(formatLongDate(date, "ar")).toContain("الثلاثاء");
    expect(formatLongDate(date, "ar")).toContain("2026");
  });

  it.each([
    ["de", "1,9"],
    ["ls", "1,9"],
    ["en", "1.9"],
    ["ar", "1.9"],
    ["ru", "12,0"],
  ] as const)("formatDistance in %s: one decimal", (locale, text) => {
    expect(formatDistance(locale === "ru" ? 12 : 1.94, locale)).toBe(text);
  });

  it("formatClock: 24 hours in German time in every language", () => {
    // 08:05 UTC is 09:05 in Berlin in winter; 13:00 UTC is 15:00 in summer.
    expect(formatClock(new Date("2026-12-08T08:05:00Z"))).toBe("09:05");
    expect(formatClock(new Date("2026-12-08T08:05:00Z"), "en")).toBe("09:05");
    expect(formatClock(new Date("2026-07-01T13:00:00Z"), "ar")).toBe("15:00");
    expect(formatClock(new Date("2026-07-01T13:00:00Z"), "tr")).toBe("15:00");
  });

  it("weekday names count from Monday = 1", () => {
    expect(weekdayName(1)).toBe("Montag");
    expect(weekdayName(7)).toBe("Sonntag");
    expect(weekdayName(1, "en")).toBe("Monday");
    expect(weekdayName(5, "tr")).toBe("Cuma");
    expect(weekdayName(3, "uk")).toBe("середа");
    expect(weekdayName(2, "ru")).toBe("вторник");
    expect(weekdayName(6, "ar")).toBe("السبت");
    expect(() => weekdayName(0)).toThrow(RangeError);
    expect(() => weekdayName(8)).toThrow(RangeError);
  });
});
