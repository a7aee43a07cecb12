import { describe, expect, it } from "vitest";
import { canManage, transition, type TerminStatus } from "../status";

describe("booking status", () => {
  it.each<[TerminStatus, TerminStatus, boolean]>([
    ["gebucht", "bestaetigt", true],
    ["gebucht", "storniert", true],
    ["bestaetigt", "storniert", true],
    ["storniert", "gebucht", true],
    ["storniert", "bestaetigt", false],
    ["nicht_erschienen", "gebucht", false],
    ["bestaetigt", "gebucht", false],
  ])("%s → %s allowed: %s", (from, to, ok) => {
    expect(transition(from, to).ok).toBe(ok);
  });

  it("manages only active appointments in the future", () => {
    const now = new Date("2026-01-05T08:00:00Z");
    expect(canManage("gebucht", new Date("2026-01-05T09:00:00Z"), now)).toBe(true);
    expect(canManage("gebucht", now, now)).toBe(false);
    expect(canManage("storniert", new Date("2026-01-06T09:00:00Z"), now)).toBe(false);
  });
});
