import { describe, expect, it } from "vitest";
import { formatDate, formatRanges, todayHours, upcomingExceptions, weekdayOf, weekRows } from "../hours-view";
import { parseOpeningHours, type LocalMoment, type WeeklyRule } from "../opening-hours";

function rules(text: string): WeeklyRule[] {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.rules;
}
const WEEK = rules("Mo-Do 09:00-12:00, 13:00-16:00 | Fr 09:00-12:00");
// Monday 2026-11-23, Friday 2026-11-27, Thursday 2026-12-24.
const at = (datum: string, wochentag: LocalMoment["wochentag"], hhmm: string): LocalMoment => {
  const [h, m] = hhmm.split(":").map(Number);
  return { datum, wochentag, minute: h! * 60 + m! };
};

describe("today's hours", () => {
  it.each([
    [at("2026-11-23", 1, "10:30"), true, "Heute 9:00–12:00 und 13:00–16:00 Uhr"],
    [at("2026-11-23", 1, "12:30"), false, "Heute 9:00–12:00 und 13:00–16:00 Uhr"],
    [at("2026-11-23", 1, "16:00"), false, "Heute 9:00–12:00 und 13:00–16:00 Uhr"],
    [at("2026-11-27", 5, "11:59"), true, "Heute 9:00–12:00 Uhr"],
    [at("2026-11-28", 6, "10:00"), false, "Heute geschlossen"],
  ])("at %o: open %s, %s", (moment, openNow, text) => {
    expect(todayHours(WEEK, [], moment)).toMatchObject({ known: true, openNow, text });
  });

  it("follows an exception: closed on Christmas Eve, shorter on the 23rd", () => {
    const exceptions = [{ datum: "2026-12-24", zeiten: [] }, { datum: "2026-12-23", zeiten: [{ von: 540, bis: 600 }] }];
    expect(todayHours(WEEK, exceptions, at("2026-12-24", 4, "10:00"))).toMatchObject({ openNow: false, text: "Heute geschlossen" });
    expect(todayHours(WEEK, exceptions, at("2026-12-23", 3, "09:30"))).toMatchObject({ openNow: true, text: "Heute 9:00–10:00 Uhr" });
  });

  it("says so when a centre gives no hours at all", () => {
    expect(todayHours([], [], at("2026-11-23", 1, "10:00"))).toEqual({ known: false, openNow: false, ranges: [], text: "Keine Öffnungszeiten angegeben" });
  });

  it("shows a day open around the clock", () => {
    expect(formatRanges([{ von: 0, bis: 1440 }])).toBe("0:00–24:00 Uhr");
  });
});

describe("the week on the centre page", () => {
  it("lists Monday to Sunday and marks today", () => {
    const rows = weekRows(WEEK, at("2026-11-27", 5, "08:00"));
    expect(rows.map((row) => [row.tag, row.zeiten, row.heute])).toEqual([
      ["Montag", "9:00–12:00 und 13:00–16:00 Uhr", false],
      ["Dienstag", "9:00–12:00 und 13:00–16:00 Uhr", false],
      ["Mittwoch", "9:00–12:00 und 13:00–16:00 Uhr", false],
      ["Donnerstag", "9:00–12:00 und 13:00–16:00 Uhr", false],
      ["Freitag", "9:00–12:00 Uhr", true],
      ["Samstag", "geschlossen", false],
      ["Sonntag", "geschlossen", false],
    ]);
  });

  it("lists the coming exceptions in date order, without past ones or those too far ahead", () => {
    const exceptions = [
      { datum: "2026-12-31", zeiten: [{ von: 540, bis: 720 }], hinweis: "Silvester" },
      { datum: "2026-11-01", zeiten: [], hinweis: "vorbei" },
      { datum: "2026-12-24", zeiten: [], hinweis: "Heiligabend" },
      { datum: "2026-11-22", zeiten: [], hinweis: null },
      { datum: "2027-06-01", zeiten: [], hinweis: "zu weit" },
    ];
    expect(upcomingExceptions(exceptions, at("2026-11-22", 7, "12:00"))).toEqual([
      { datum: "2026-11-22", tag: "Sonntag, 22.11.2026", zeiten: "geschlossen", hinweis: null, heute: true },
      { datum: "2026-12-24", tag: "Donnerstag, 24.12.2026", zeiten: "geschlossen", hinweis: "Heiligabend", heute: false },
      { datum: "2026-12-31", tag: "Donnerstag, 31.12.2026", zeiten: "9:00–12:00 Uhr", hinweis: "Silvester", heute: false },
    ]);
  });

  it.each([
    ["2026-11-22", 7],
    ["2026-11-23", 1],
    ["2026-03-29", 7],
    ["2024-02-29", 4],
  ] as const)("%s is weekday %i", (datum, wochentag) => {
    expect(weekdayOf(datum)).toBe(wochentag);
  });

  it("writes dates the German way", () => {
    expect(formatDate("2026-01-05")).toBe("05.01.2026");
  });
});
