import { describe, expect, it } from "vitest";
import { agendaRange, parseAgendaQuery, parseBlockForm, parseStaffAction, staffActions } from "../agenda";

const ID = "0b4e7c1e-5a4f-4d7e-9a51-0d3f4c2b1a90";

describe("agendaRange", () => {
  it("shows one day with the neighbouring days to page to", () => {
    expect(agendaRange("2026-03-01", "tag")).toEqual({ ansicht: "tag", datum: "2026-03-01", von: "2026-03-01", bis: "2026-03-01", zurueck: "2026-02-28", weiter: "2026-03-02" });
  });

  it("shows the week from Monday to Sunday, also across a month and the DST change", () => {
    expect(agendaRange("2026-03-29", "woche")).toMatchObject({ von: "2026-03-23", bis: "2026-03-29", zurueck: "2026-03-16", weiter: "2026-03-30" });
    expect(agendaRange("2026-03-30", "woche")).toMatchObject({ von: "2026-03-30", bis: "2026-04-05" });
  });
});

describe("parseAgendaQuery", () => {
  it("reads date, view and centre, and falls back to today's day view", () => {
    expect(parseAgendaQuery(new URLSearchParams({ datum: "2026-12-24", ansicht: "woche", stelle: ID }), "2026-12-07")).toEqual({ datum: "2026-12-24", ansicht: "woche", stelle: ID });
    expect(parseAgendaQuery(new URLSearchParams({ datum: "2026-02-30", ansicht: "monat", stelle: "x" }), "2026-12-07")).toEqual({ datum: "2026-12-07", ansicht: "tag", stelle: null });
  });
});

describe("staffActions", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const ahead = new Date("2026-12-08T10:00:00Z");
  const past = new Date("2026-12-07T09:30:00Z");

  it("offers confirm and cancel ahead, no-show once begun, re-entering a cancelled one ahead", () => {
    expect(staffActions("gebucht", ahead, now)).toEqual(["bestaetigen", "absagen"]);
    expect(staffActions("bestaetigt", ahead, now)).toEqual(["absagen"]);
    expect(staffActions("bestaetigt", past, now)).toEqual(["nicht_erschienen"]);
    expect(staffActions("storniert", ahead, now)).toEqual(["reaktivieren"]);
    expect(staffActions("storniert", past, now)).toEqual([]);
    expect(staffActions("nicht_erschienen", past, now)).toEqual([]);
  });
});

describe("parseStaffAction", () => {
  it("needs a reason to cancel and limits its length", () => {
    expect(parseStaffAction({ terminId: ID, aktion: "absagen", grund: "  " })).toMatchObject({ ok: false, errors: { grund: expect.stringContaining("Grund") } });
    expect(parseStaffAction({ terminId: ID, aktion: "absagen", grund: "x".repeat(501) })).toMatchObject({ ok: false, errors: { grund: expect.stringContaining("500") } });
    expect(parseStaffAction({ terminId: ID, aktion: "absagen", grund: " Krankheit " })).toEqual({ ok: true, value: { terminId: ID, aktion: "absagen", grund: "Krankheit" } });
    expect(parseStaffAction({ terminId: ID, aktion: "bestaetigen" })).toEqual({ ok: true, value: { terminId: ID, aktion: "bestaetigen", grund: null } });
  });

  it("refuses unknown actions and ids", () => {
    expect(parseStaffAction({ terminId: "1", aktion: "loeschen" })).toMatchObject({ ok: false, errors: { terminId: expect.any(String), aktion: expect.any(String) } });
  });
});

describe("parseBlockForm", () => {
  const today = "2026-12-07";

  it("takes a window or the whole day", () => {
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "2026-12-24", sperreVon: "09:00", sperreBis: "12:30" }, today)).toEqual({
      ok: true,
      value: { kalenderId: ID, datum: "2026-12-24", von: "09:00", bis: "12:30", ganzerTag: false },
    });
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "2026-12-24", sperreVon: "", sperreBis: "" }, today)).toMatchObject({ ok: true, value: { ganzerTag: true } });
  });

  it("explains a bad date, a past date, bad times and an end before the start", () => {
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "24.12.2026" }, today)).toMatchObject({ ok: false, errors: { sperreDatum: expect.stringContaining("JJJJ-MM-TT") } });
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "2026-12-01" }, today)).toMatchObject({ ok: false, errors: { sperreDatum: "Das Datum liegt in der Vergangenheit." } });
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "2026-12-24", sperreVon: "9 Uhr", sperreBis: "12:00" }, today)).toMatchObject({ ok: false, errors: { sperreVon: expect.stringContaining("HH:MM") } });
    expect(parseBlockForm({ kalenderId: ID, sperreDatum: "2026-12-24", sperreVon: "12:00", sperreBis: "09:00" }, today)).toMatchObject({ ok: false, errors: { sperreBis: "Das Ende muss nach dem Beginn liegen." } });
  });
});
