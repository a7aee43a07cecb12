import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "../../accounts/permissions";
import type { HoursException, LocalMoment, WeeklyRule } from "../../counselling/opening-hours";
import { chatReachability, counsellingCentreIds, FALLBACK_WORKING_DAYS, reachabilityText, readStartForm, unreadCount } from "../inbox";

const S1 = "11111111-1111-4111-8111-111111111111";
const S2 = "22222222-2222-4222-8222-222222222222";
const T1 = "33333333-3333-4333-8333-333333333333";
const m = (rolle: ActorMembership["rolle"], scope: Partial<ActorMembership> = {}): ActorMembership => ({ rolle, traegerId: null, beratungsstelleId: null, kommuneId: null, ...scope });
const actor = (...memberships: ActorMembership[]): Actor => ({ benutzerId: "b", anzeigename: "Demo", istPersonal: true, memberships });

describe("counsellingCentreIds", () => {
  it.each([
    ["berater at one centre", actor(m("berater", { beratungsstelleId: S1 })), [S1]],
    ["stellenleitung and berater at two", actor(m("stellenleitung", { beratungsstelleId: S1 }), m("berater", { beratungsstelleId: S2 })), [S1, S2]],
    ["traeger_admin (no centre membership)", actor(m("traeger_admin", { traegerId: T1 })), []],
    ["plattform_admin", actor(m("plattform_admin")), []],
    ["kommune_redaktion", actor(m("kommune_redaktion", { kommuneId: T1 })), []],
  ])("%s", (_name, who, expected) => {
    expect(counsellingCentreIds(who)).toEqual(expected);
  });

  it("gives a help seeker account nothing", () => {
    expect(counsellingCentreIds({ ...actor(m("berater", { beratungsstelleId: S1 })), istPersonal: false })).toEqual([]);
  });
});

describe("unreadCount", () => {
  it("counts the help seeker's messages after the counsellors' read marker", () => {
    expect(unreadCount({ letzteSeq: 5, gelesenBeratung: 2 }, [1, 3, 5])).toBe(2);
    expect(unreadCount({ letzteSeq: 5, gelesenBeratung: 5 }, [1, 3, 5])).toBe(0);
  });
});

// Mo–Fr 09:00–16:00; 2026-12-07 is a Monday.
const WEEKDAYS: WeeklyRule[] = [1, 2, 3, 4, 5].map((wochentag) => ({ wochentag: wochentag as WeeklyRule["wochentag"], von: 540, bis: 960 }));
const at = (datum: string, wochentag: LocalMoment["wochentag"], hhmm: string): LocalMoment => {
  const [h, min] = hhmm.split(":").map(Number);
  return { datum, wochentag, minute: h! * 60 + min! };
};

describe("chatReachability", () => {
  const christmas: HoursException[] = [
    { datum: "2026-12-24", zeiten: [] },
    { datum: "2026-12-25", zeiten: [] },
  ];
  it.each([
    ["open now (Mon 10:00)", WEEKDAYS, [], at("2026-12-07", 1, "10:00"), { live: true }],
    ["before opening today (Mon 08:00)", WEEKDAYS, [], at("2026-12-07", 1, "08:00"), { live: false, werktage: 1 }],
    ["after closing (Mon 17:00): next day", WEEKDAYS, [], at("2026-12-07", 1, "17:00"), { live: false, werktage: 1 }],
    ["Friday evening: Monday is one working day", WEEKDAYS, [], at("2026-12-11", 5, "18:00"), { live: false, werktage: 1 }],
    ["Wednesday 23 Dec evening, closed 24/25: Monday 28th", WEEKDAYS, christmas, at("2026-12-23", 3, "18:00"), { live: false, werktage: 3 }],
    ["closing exception today", WEEKDAYS, [{ datum: "2026-12-07", zeiten: [] }], at("2026-12-07", 1, "10:00"), { live: false, werktage: 1 }],
    ["no opening hours at all", [], [], at("2026-12-07", 1, "10:00"), { live: false, werktage: FALLBACK_WORKING_DAYS }],
  ] satisfies Array<[string, WeeklyRule[], HoursException[], LocalMoment, unknown]>)("%s", (_name, rules, exceptions, moment, expected) => {
    expect(chatReachability(rules, exceptions, moment)).toEqual(expected);
  });

  it("says it in words", () => {
    expect(reachabilityText({ live: true })).toMatch(/^Jetzt erreichbar/);
    expect(reachabilityText({ live: false, werktage: 1 })).toContain("innerhalb eines Werktags");
    expect(reachabilityText({ live: false, werktage: 3 })).toContain("innerhalb von 3 Werktagen");
  });
});

describe("readStartForm", () => {
  it("accepts pseudonym, optional topic and consent", () => {
    expect(readStartForm({ pseudonym: " Blaue Möwe 12 ", thema: "", einwilligung: "ja" }, S1)).toEqual({ ok: true, pseudonym: "Blaue Möwe 12" });
    expect(readStartForm({ pseudonym: "Eule", thema: "Schulden", einwilligung: "ja" }, S1)).toEqual({ ok: true, pseudonym: "Eule", thema: "Schulden" });
  });

  it("names every problem and keeps what was typed", () => {
    const reading = readStartForm({ pseudonym: "<Eule>", thema: "x".repeat(61) }, S1);
    expect(reading).toMatchObject({ ok: false, values: { pseudonym: "<Eule>", thema: "x".repeat(61), einwilligung: false } });
    if (reading.ok) throw new Error("expected errors");
    expect(reading.errors.map((e) => e.fieldId)).toEqual(["pseudonym", "thema", "einwilligung"]);
    const empty = readStartForm({ pseudonym: "  ", einwilligung: "ja" }, S1);
    expect(empty.ok ? [] : empty.errors.map((e) => e.fieldId)).toEqual(["pseudonym"]);
  });
});
