import { describe, expect, it } from "vitest";
import {
  formatRules,
  hoursOn,
  isOpenAt,
  localMoment,
  parseOpeningHours,
  toOpeningHoursText,
  type HoursException,
  type WeeklyRule,
} from "../opening-hours";

const h = (text: string) => {
  const [hours, minutes] = text.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
};

function parsed(text: string): WeeklyRule[] {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.code} at ${result.error.position}`);
  return result.rules;
}

describe("parseOpeningHours", () => {
  it.each([
    ["Mo-Do 09:00-16:00 | Fr 09:00-12:00", [[1, "09:00", "16:00"], [2, "09:00", "16:00"], [3, "09:00", "16:00"], [4, "09:00", "16:00"], [5, "09:00", "12:00"]]],
    ["Mo, Mi 9-12, 13:30-16 Uhr", [[1, "09:00", "12:00"], [1, "13:30", "16:00"], [3, "09:00", "12:00"], [3, "13:30", "16:00"]]],
    ["Sa–Mo 10:00–14:00", [[1, "10:00", "14:00"], [6, "10:00", "14:00"], [7, "10:00", "14:00"]]],
    ["Fr 20:00-02:00", [[5, "20:00", "24:00"], [6, "00:00", "02:00"]]],
    ["So 00:00-24:00; Di 8.30-12.00 und 14.00-15.00", [[2, "08:30", "12:00"], [2, "14:00", "15:00"], [7, "00:00", "24:00"]]],
    ["Montag-Donnerstag 09:00-16:00 | Freitag 09:00-12:00", [[1, "09:00", "16:00"], [2, "09:00", "16:00"], [3, "09:00", "16:00"], [4, "09:00", "16:00"], [5, "09:00", "12:00"]]],
    ["Sonnabend, Sonntag 10-12", [[6, "10:00", "12:00"], [7, "10:00", "12:00"]]],
    ["", []],
    ["  |  ", []],
  ] as const)("%s", (text, expected) => {
    expect(parsed(text)).toEqual(expected.map(([wochentag, von, bis]) => ({ wochentag, von: h(von), bis: h(bis) })));
  });

  it.each([
    ["Xy 09:00-12:00", "opening_hours.day_expected", 0],
    ["Frx 09:00-12:00", "opening_hours.day_expected", 0],
    ["Mo-Do 09:00", "opening_hours.time_expected", 11],
    ["Mo-Do 25:00-26:00", "opening_hours.invalid_time", 6],
    ["Mo 09:00-09:00", "opening_hours.empty_range", 9],
    ["Mo-Fr 09:00-12:00 | Sa 10:61-12:00", "opening_hours.invalid_time", 23],
    ["Mo 09:00-12:00 nach Vereinbarung", "opening_hours.unexpected_text", 15],
    ["Mo- 09:00-12:00", "opening_hours.day_expected", 4],
    ["Mo 24:30-12:00", "opening_hours.invalid_time", 3],
  ] as const)("rejects %s with %s at %i", (text, code, position) => {
    const result = parseOpeningHours(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, position });
  });
});

describe("isOpenAt and hoursOn", () => {
  const rules = parsed("Mo-Do 09:00-16:00 | Fr 09:00-12:00");
  const exceptions: HoursException[] = [
    { datum: "2026-12-24", zeiten: [] },
    { datum: "2026-12-31", zeiten: [{ von: h("10:00"), bis: h("11:00") }] },
  ];

  it.each([
    [{ wochentag: 1, minute: h("09:00"), datum: "2026-11-23" }, true],
    [{ wochentag: 1, minute: h("08:59"), datum: "2026-11-23" }, false],
    [{ wochentag: 4, minute: h("15:59"), datum: "2026-11-26" }, true],
    [{ wochentag: 4, minute: h("16:00"), datum: "2026-11-26" }, false],
    [{ wochentag: 5, minute: h("12:30"), datum: "2026-11-27" }, false],
    [{ wochentag: 6, minute: h("10:00"), datum: "2026-11-28" }, false],
    [{ wochentag: 4, minute: h("10:00"), datum: "2026-12-24" }, false],
    [{ wochentag: 4, minute: h("10:30"), datum: "2026-12-31" }, true],
    [{ wochentag: 4, minute: h("12:00"), datum: "2026-12-31" }, false],
  ] as const)("%o → %s", (moment, open) => {
    expect(isOpenAt(rules, exceptions, moment)).toBe(open);
  });

  it("returns the exception's hours on that date and merges overlapping rules otherwise", () => {
    expect(hoursOn(rules, exceptions, "2026-12-24", 4)).toEqual([]);
    expect(hoursOn(rules, exceptions, "2026-12-31", 4)).toEqual([{ von: h("10:00"), bis: h("11:00") }]);
    const overlapping = parsed("Mo 09:00-12:00 | Mo 11:00-13:00 | Mo 14:00-15:00");
    expect(hoursOn(overlapping, [], "2026-11-23", 1)).toEqual([
      { von: h("09:00"), bis: h("13:00") },
      { von: h("14:00"), bis: h("15:00") },
    ]);
  });

  it("handles a night range split over midnight", () => {
    const night = parsed("Fr 20:00-02:00");
    expect(isOpenAt(night, [], { wochentag: 5, minute: h("23:59"), datum: "2026-11-27" })).toBe(true);
    expect(isOpenAt(night, [], { wochentag: 6, minute: h("01:30"), datum: "2026-11-28" })).toBe(true);
    expect(isOpenAt(night, [], { wochentag: 6, minute: h("02:00"), datum: "2026-11-28" })).toBe(false);
  });
});

describe("formatRules and toOpeningHoursText", () => {
  it.each([
    ["Mo-Do 09:00-16:00 | Fr 09:00-12:00", "Mo–Do 9:00–16:00 Uhr, Fr 9:00–12:00 Uhr", "Mo-Do 09:00-16:00 | Fr 09:00-12:00"],
    ["Mo, Di, Do 09:00-12:00, 13:00-15:30", "Mo, Di, Do 9:00–12:00 und 13:00–15:30 Uhr", "Mo, Di, Do 09:00-12:00, 13:00-15:30"],
    ["Sa-So 00:00-24:00 | Mi 18:00-20:00", "Mi 18:00–20:00 Uhr, Sa, So 0:00–24:00 Uhr", "Mi 18:00-20:00 | Sa, So 00:00-24:00"],
    ["", "", ""],
  ])("%s", (text, display, exported) => {
    const rules = parsed(text);
    expect(formatRules(rules)).toBe(display);
    expect(toOpeningHoursText(rules)).toBe(exported);
    expect(parsed(toOpeningHoursText(rules))).toEqual(rules);
  });
});

describe("localMoment (Europe/Berlin)", () => {
  it.each([
    // Winter time (UTC+1)
    ["2026-11-22T11:30:00Z", { wochentag: 7, minute: h("12:30"), datum: "2026-11-22" }],
    ["2026-11-22T23:15:00Z", { wochentag: 1, minute: h("00:15"), datum: "2026-11-23" }],
    // Summer time (UTC+2)
    ["2026-07-01T07:00:00Z", { wochentag: 3, minute: h("09:00"), datum: "2026-07-01" }],
    // Spring forward on 2026-03-29: 02:00 CET becomes 03:00 CEST
    ["2026-03-29T00:59:00Z", { wochentag: 7, minute: h("01:59"), datum: "2026-03-29" }],
    ["2026-03-29T01:00:00Z", { wochentag: 7, minute: h("03:00"), datum: "2026-03-29" }],
    // Fall back on 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice
    ["2026-10-25T00:30:00Z", { wochentag: 7, minute: h("02:30"), datum: "2026-10-25" }],
    ["2026-10-25T01:30:00Z", { wochentag: 7, minute: h("02:30"), datum: "2026-10-25" }],
    ["2026-10-25T02:00:00Z", { wochentag: 7, minute: h("03:00"), datum: "2026-10-25" }],
    // New Year's Eve, midnight
    ["2026-12-31T23:00:00Z", { wochentag: 5, minute: 0, datum: "2027-01-01" }],
  ])("%s", (instant, expected) => {
    expect(localMoment(new Date(instant))).toEqual(expected);
  });

  it("answers 'open now' across the spring DST change", () => {
    const rules = parsed("So 09:00-10:00");
    expect(isOpenAt(rules, [], localMoment(new Date("2026-03-29T07:30:00Z")))).toBe(true); // 09:30 CEST
    expect(isOpenAt(rules, [], localMoment(new Date("2026-03-29T08:30:00Z")))).toBe(false); // 10:30 CEST
  });
});
