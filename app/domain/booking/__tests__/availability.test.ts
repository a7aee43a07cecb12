import { describe, expect, it } from "vitest";
import { findSlot, generateSlots, nearestAlternatives } from "../availability";
import type { AvailabilityInput, BusyInterval, RuleException, WeeklyRule } from "../types";
import { isoWithOffset } from "../wall-time";

const TZ = "Europe/Berlin";
const rule = (overrides: Partial<WeeklyRule> = {}): WeeklyRule => ({
  kalenderId: "k1", wochentag: 1, von: "09:00", bis: "12:00", dauerMin: 60, pufferMin: 0, arten: ["vor_ort", "telefon"], ...overrides,
});
const noPolicy = { k1: { vorlaufMin: 0, horizontTage: 3650, maxProTag: null }, k2: { vorlaufMin: 0, horizontTage: 3650, maxProTag: null } };
const base = (overrides: Partial<AvailabilityInput>): AvailabilityInput => ({
  rules: [rule()], exceptions: [], busy: [], policies: noPolicy, now: new Date("2026-01-01T00:00:00Z"), von: "2026-01-05", bis: "2026-01-05", ...overrides,
});
const starts = (input: AvailabilityInput) => generateSlots(input).map((slot) => isoWithOffset(slot.start, TZ));

type Case = [name: string, input: AvailabilityInput, expected: string[]];

const cases: Case[] = [
  ["weekly rule, Monday 9–12, 60 min", base({}), ["2026-01-05T09:00:00+01:00", "2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["other weekday has no slots", base({ von: "2026-01-06", bis: "2026-01-06" }), []],
  ["buffer widens the step", base({ rules: [rule({ dauerMin: 45, pufferMin: 15 })] }), ["2026-01-05T09:00:00+01:00", "2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["end of day: a slot must end by the window end", base({ rules: [rule({ von: "22:30", bis: "23:59", dauerMin: 45 })] }), ["2026-01-05T22:30:00+01:00"]],
  ["end of day: exactly fitting last slot", base({ rules: [rule({ von: "22:00", bis: "23:30", dauerMin: 45 })] }), ["2026-01-05T22:00:00+01:00", "2026-01-05T22:45:00+01:00"]],
  ["minimum notice: slot starting exactly at now + notice is offered", base({ now: new Date("2026-01-05T06:00:00Z"), policies: { k1: { vorlaufMin: 180, horizontTage: 30, maxProTag: null } } }), ["2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["minimum notice: one minute later drops it", base({ now: new Date("2026-01-05T06:01:00Z"), policies: { k1: { vorlaufMin: 180, horizontTage: 30, maxProTag: null } } }), ["2026-01-05T11:00:00+01:00"]],
  ["horizon: day beyond is not offered", base({ now: new Date("2025-12-29T12:00:00Z"), policies: { k1: { vorlaufMin: 0, horizontTage: 6, maxProTag: null } } }), []],
  ["horizon: last day is offered", base({ now: new Date("2025-12-29T12:00:00Z"), policies: { k1: { vorlaufMin: 0, horizontTage: 7, maxProTag: null } } }), ["2026-01-05T09:00:00+01:00", "2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["past dates in the range are skipped", base({ now: new Date("2026-01-06T08:00:00Z"), von: "2026-01-05", bis: "2026-01-12" }), ["2026-01-12T09:00:00+01:00", "2026-01-12T10:00:00+01:00", "2026-01-12T11:00:00+01:00"]],
];

const busy = (start: string, ende: string, art: BusyInterval["art"] = "termin", kalenderId = "k1"): BusyInterval => ({ kalenderId, start: new Date(start), ende: new Date(ende), art });
const exceptionCases: Case[] = [
  ["holiday closes the whole centre", base({ exceptions: [{ typ: "geschlossen", kalenderId: null, datum: "2026-01-05" }] }), []],
  ["absence of one calendar in the morning", base({ exceptions: [{ typ: "geschlossen", kalenderId: "k1", datum: "2026-01-05", von: "09:00", bis: "10:30" }] }), ["2026-01-05T11:00:00+01:00"]],
  ["absence of another calendar does not matter", base({ exceptions: [{ typ: "geschlossen", kalenderId: "k2", datum: "2026-01-05" }] }), ["2026-01-05T09:00:00+01:00", "2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["extra time on a Tuesday", base({ von: "2026-01-06", bis: "2026-01-06", exceptions: [{ typ: "zusatz", kalenderId: "k1", datum: "2026-01-06", von: "14:00", bis: "15:00", dauerMin: 30, pufferMin: 0, arten: ["video"] }] }), ["2026-01-06T14:00:00+01:00", "2026-01-06T14:30:00+01:00"]],
  ["existing booking takes its slot", base({ busy: [busy("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z")] }), ["2026-01-05T09:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["buffer keeps a gap to an existing booking", base({ rules: [rule({ dauerMin: 45, pufferMin: 15 })], busy: [busy("2026-01-05T09:00:00Z", "2026-01-05T09:45:00Z")] }), ["2026-01-05T09:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["booking on another calendar does not block", base({ busy: [busy("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z", "termin", "k2")] }), ["2026-01-05T09:00:00+01:00", "2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["maximum per day reached", base({ policies: { k1: { vorlaufMin: 0, horizontTage: 30, maxProTag: 1 } }, busy: [busy("2026-01-05T08:00:00Z", "2026-01-05T09:00:00Z")] }), []],
  ["blocked time does not count towards the maximum", base({ policies: { k1: { vorlaufMin: 0, horizontTage: 30, maxProTag: 1 } }, busy: [busy("2026-01-05T08:00:00Z", "2026-01-05T09:00:00Z", "blockiert")] }), ["2026-01-05T10:00:00+01:00", "2026-01-05T11:00:00+01:00"]],
  ["filter by kind", base({ art: "video" }), []],
];

// Overnight windows make the DST hour visible: Sunday 00:00–05:00, hourly.
const night = (datum: string): AvailabilityInput => base({ von: datum, bis: datum, rules: [rule({ wochentag: 7, von: "00:00", bis: "05:00", dauerMin: 60 })] });
const halfHourly = (datum: string): AvailabilityInput => base({ von: datum, bis: datum, rules: [rule({ wochentag: 7, von: "01:00", bis: "04:00", dauerMin: 30 })] });
const dstCases: Case[] = [
  ["2026-03-29 spring forward: no 02:xx", night("2026-03-29"), ["2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T04:00:00+02:00"]],
  ["2026-03-29 spring forward, half-hourly", halfHourly("2026-03-29"), ["2026-03-29T01:00:00+01:00", "2026-03-29T01:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T03:30:00+02:00"]],
  ["2026-10-25 fall back: the repeated hour once per offset", night("2026-10-25"), ["2026-10-25T00:00:00+02:00", "2026-10-25T01:00:00+02:00", "2026-10-25T02:00:00+02:00", "2026-10-25T02:00:00+01:00", "2026-10-25T03:00:00+01:00", "2026-10-25T04:00:00+01:00"]],
  ["2027-03-28 spring forward: no 02:xx", night("2027-03-28"), ["2027-03-28T00:00:00+01:00", "2027-03-28T01:00:00+01:00", "2027-03-28T03:00:00+02:00", "2027-03-28T04:00:00+02:00"]],
  ["2027-10-31 fall back", night("2027-10-31"), ["2027-10-31T00:00:00+02:00", "2027-10-31T01:00:00+02:00", "2027-10-31T02:00:00+02:00", "2027-10-31T02:00:00+01:00", "2027-10-31T03:00:00+01:00", "2027-10-31T04:00:00+01:00"]],
  ["summer day keeps +02:00", base({ von: "2026-07-06", bis: "2026-07-06", rules: [rule({ von: "09:00", bis: "10:00" })] }), ["2026-07-06T09:00:00+02:00"]],
];

describe("generateSlots", () => {
  it.each([...cases, ...exceptionCases, ...dstCases])("%s", (_name, input, expected) => {
    expect(starts(input)).toEqual(expected);
  });

  it.each(["2026-03-29", "2027-03-28"])("no slot on %s starts or ends in local 02:00–02:59 for any rule grid", (datum) => {
    for (const dauerMin of [15, 20, 30, 45, 60, 90]) {
      const slots = generateSlots(base({ von: datum, bis: datum, rules: [rule({ wochentag: 7, von: "00:00", bis: "06:00", dauerMin, pufferMin: 5 })] }));
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) expect(isoWithOffset(slot.start, TZ).slice(11, 13)).not.toBe("02");
    }
  });

  it.each(["2026-10-25", "2027-10-31"])("slots on %s never overlap and never repeat", (datum) => {
    for (const dauerMin of [15, 30, 45, 60]) {
      const slots = generateSlots(base({ von: datum, bis: datum, rules: [rule({ wochentag: 7, von: "00:00", bis: "06:00", dauerMin }), rule({ wochentag: 7, von: "01:30", bis: "03:30", dauerMin })] }));
      for (let i = 1; i < slots.length; i++) expect(slots[i]!.start.getTime()).toBeGreaterThanOrEqual(slots[i - 1]!.ende.getTime());
    }
  });

  it("a closure on the DST night covers the whole 25-hour day", () => {
    const closed: RuleException = { typ: "geschlossen", kalenderId: null, datum: "2026-10-25" };
    expect(starts({ ...night("2026-10-25"), exceptions: [closed] })).toEqual([]);
  });
});

describe("findSlot and nearestAlternatives", () => {
  const slots = generateSlots(base({ von: "2026-01-05", bis: "2026-01-05", rules: [rule({ von: "08:00", bis: "14:00" }), rule({ kalenderId: "k2", von: "08:00", bis: "10:00", arten: ["video"] })] }));
  it("finds the slot for a start and kind", () => {
    expect(findSlot(slots, new Date("2026-01-05T09:00:00+01:00"), "telefon")?.kalenderId).toBe("k1");
    expect(findSlot(slots, new Date("2026-01-05T09:00:00+01:00"), "video")?.kalenderId).toBe("k2");
    expect(findSlot(slots, new Date("2026-01-05T09:30:00+01:00"), "telefon")).toBeUndefined();
  });
  it("offers the three nearest other starts of the same kind, in time order", () => {
    const alternatives = nearestAlternatives(slots, new Date("2026-01-05T10:00:00+01:00"), "vor_ort");
    expect(alternatives.map((slot) => isoWithOffset(slot.start, TZ))).toEqual(["2026-01-05T08:00:00+01:00", "2026-01-05T09:00:00+01:00", "2026-01-05T11:00:00+01:00"]);
  });
});
