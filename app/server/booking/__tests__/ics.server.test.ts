import { describe, expect, it } from "vitest";
import { icsCalendar, sequenceOf } from "../ics.server";

describe("iCalendar file of a booking", () => {
  const event = { uid: "0c8f", start: new Date("2026-03-02T09:00:00Z"), ende: new Date("2026-03-02T10:00:00Z"), art: "telefon" as const, summary: "Beratungstermin T-ABCD-EFGH" };

  it("carries a SEQUENCE that grows with every later change, so calendar apps replace a moved appointment", () => {
    const createdAt = new Date("2026-02-01T12:00:00Z");
    expect(sequenceOf({ createdAt, updatedAt: createdAt })).toBe(0);
    const moved = sequenceOf({ createdAt, updatedAt: new Date("2026-02-03T08:30:00Z") });
    const movedAgain = sequenceOf({ createdAt, updatedAt: new Date("2026-02-03T08:30:05Z") });
    expect(moved).toBeGreaterThan(0);
    expect(movedAgain).toBeGreaterThan(moved);
    const text = icsCalendar([{ ...event, sequence: moved }], new Date("2026-02-03T08:31:00Z"));
    expect(text).toContain(`\r\nUID:0c8f@sozialplattform\r\nDTSTAMP:20260203T083100Z\r\nSEQUENCE:${moved}\r\nDTSTART:20260302T090000Z\r\n`);
  });

  it("writes SEQUENCE:0 for an event without one", () => {
    expect(icsCalendar([event], new Date("2026-02-03T08:31:00Z"))).toContain("\r\nSEQUENCE:0\r\n");
  });
});
