import { describe, expect, it } from "vitest";
import { absenceUntilText, activeAbsenceNote, readAbsenceForm } from "../absence";

describe("chat absence note", () => {
  const note = { text: "  Wir sind bis 2. Januar nicht erreichbar. ", bis: "2027-01-02" };

  it("is shown up to and including its last day in Berlin, then expires by itself", () => {
    expect(activeAbsenceNote(note, new Date("2026-12-24T12:00:00Z"))).toEqual({ text: "Wir sind bis 2. Januar nicht erreichbar.", bis: "2027-01-02" });
    // 2 January, 23:30 in Berlin is still the last day.
    expect(activeAbsenceNote(note, new Date("2027-01-02T22:30:00Z"))).not.toBeNull();
    // 3 January, 00:30 in Berlin: over.
    expect(activeAbsenceNote(note, new Date("2027-01-02T23:30:00Z"))).toBeNull();
  });

  it("without a date stays until removed; an empty text is no note", () => {
    expect(activeAbsenceNote({ text: "Heute nur per E-Mail.", bis: null }, new Date("2030-01-01T00:00:00Z"))).toEqual({ text: "Heute nur per E-Mail.", bis: null });
    expect(activeAbsenceNote({ text: "   ", bis: "2027-01-02" }, new Date("2026-12-24T12:00:00Z"))).toBeNull();
    expect(activeAbsenceNote({ text: null, bis: null }, new Date())).toBeNull();
  });

  it("names the last day in German", () => {
    expect(absenceUntilText({ text: "x", bis: "2027-01-02" })).toBe("Dieser Hinweis gilt bis einschließlich 2. Januar 2027.");
    expect(absenceUntilText({ text: "x", bis: null })).toBeNull();
  });

  it("reads the form: empty removes, the date is optional but not in the past and not without a text", () => {
    const today = "2026-12-20";
    expect(readAbsenceForm({ abwesenheit_text: "Wir sind bis 2. Januar nicht erreichbar.", abwesend_bis: "2027-01-02" }, today)).toEqual({
      ok: true,
      note: { text: "Wir sind bis 2. Januar nicht erreichbar.", bis: "2027-01-02" },
    });
    expect(readAbsenceForm({ abwesenheit_text: " ", abwesend_bis: "" }, today)).toEqual({ ok: true, note: { text: null, bis: null } });
    const errorsOf = (fields: Record<string, string>) => {
      const reading = readAbsenceForm(fields, today);
      return reading.ok ? [] : reading.errors.map((e) => e.fieldId);
    };
    expect(errorsOf({ abwesenheit_text: "Weg", abwesend_bis: "2026-12-19" })).toEqual(["abwesend_bis"]);
    expect(errorsOf({ abwesenheit_text: "Weg", abwesend_bis: "2026-02-30" })).toEqual(["abwesend_bis"]);
    expect(errorsOf({ abwesenheit_text: "", abwesend_bis: "2027-01-02" })).toEqual(["abwesenheit_text"]);
    expect(errorsOf({ abwesenheit_text: "x".repeat(301), abwesend_bis: "" })).toEqual(["abwesenheit_text"]);
  });
});
