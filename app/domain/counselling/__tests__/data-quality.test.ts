import { describe, expect, it } from "vitest";
import { addMonthsToLocalDate, dueIfCheckedOnOrBefore, isCheckDue, isStale, reminderDueOn, staleHint, verificationState } from "../data-quality";

describe("addMonthsToLocalDate", () => {
  it.each([
    ["2026-01-15", 6, "2026-07-15"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-12-01", 12, "2027-12-01"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addMonthsToLocalDate(date, months)).toBe(expected);
  });
});

describe("verificationState", () => {
  it("is due for a reminder from the day 6 months after the check", () => {
    expect(reminderDueOn("2026-05-07")).toBe("2026-11-07");
    expect(verificationState("2026-05-07", "2026-11-06")).toBe("aktuell");
    expect(verificationState("2026-05-07", "2026-11-07")).toBe("pruefung_faellig");
  });

  it("is stale only when older than 12 months", () => {
    expect(isStale("2025-12-07", "2026-12-07")).toBe(false);
    expect(verificationState("2025-12-07", "2026-12-07")).toBe("pruefung_faellig");
    expect(verificationState("2025-12-06", "2026-12-07")).toBe("veraltet");
  });

  it("treats a centre never checked as its own state", () => {
    expect(verificationState(null, "2026-12-07")).toBe("nie_geprueft");
  });
});

describe("staleHint", () => {
  it("shows a hint for entries older than 12 months only", () => {
    expect(staleHint("2026-10-01", "2026-12-07")).toBeNull();
    expect(staleHint("2026-05-01", "2026-12-07")).toBeNull();
    expect(staleHint("2025-11-30", "2026-12-07")).toMatch(/seit mehr als 12 Monaten nicht bestätigt/);
    expect(staleHint(null, "2026-12-07")).toBeNull();
  });
});

describe("dueIfCheckedOnOrBefore", () => {
  it.each([
    ["2027-06-15", "2026-12-15"],
    ["2027-02-28", "2026-08-31"],
    ["2027-03-01", "2026-09-01"],
    ["2028-02-29", "2027-08-31"],
    ["2027-08-31", "2027-02-28"],
  ])("on %s a check on or before %s is due", (heute, latest) => {
    expect(dueIfCheckedOnOrBefore(heute)).toBe(latest);
    expect(verificationState(latest, heute)).not.toBe("aktuell");
    const [y, m, d] = latest.split("-").map(Number) as [number, number, number];
    const dayAfter = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    expect(verificationState(dayAfter, heute)).toBe("aktuell");
  });

  it("isCheckDue: never checked or reminder due", () => {
    expect(isCheckDue(null, "2027-01-01")).toBe(true);
    expect(isCheckDue("2026-07-01", "2027-01-01")).toBe(true);
    expect(isCheckDue("2026-07-02", "2027-01-01")).toBe(false);
    expect(isCheckDue("2025-01-01", "2027-01-01")).toBe(true);
  });
});
