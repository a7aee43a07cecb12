import { describe, expect, it } from "vitest";
import { ageOn, formatGermanDate, isLocalDate, localDateInBerlin } from "../dates";

describe("dates", () => {
  it.each([
    ["2016-11-22", "2026-11-22", 10],
    ["2016-11-23", "2026-11-22", 9],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
  ])("born %s is %i years old on %s", (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it("computes the Berlin date across midnight and DST", () => {
    expect(localDateInBerlin(new Date("2026-11-21T23:30:00Z"))).toBe("2026-11-22");
    expect(localDateInBerlin(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(localDateInBerlin(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });

  it("changes the date at Berlin midnight, also when asked within the same minute before", () => {
    expect(localDateInBerlin(new Date("2026-11-22T22:59:00Z"))).toBe("2026-11-22");
    expect(localDateInBerlin(new Date("2026-11-22T22:59:59.999Z"))).toBe("2026-11-22");
    expect(localDateInBerlin(new Date("2026-11-22T23:00:00Z"))).toBe("2026-11-23");
    expect(localDateInBerlin(new Date("2026-11-22T22:59:30Z"))).toBe("2026-11-22");
  });

  it("validates calendar dates", () => {
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("22.11.2026")).toBe(false);
  });

  it("formats German dates", () => {
    expect(formatGermanDate("2026-07-01")).toBe("1. Juli 2026");
  });
});
