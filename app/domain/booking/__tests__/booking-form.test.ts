import { describe, expect, it } from "vitest";
import { composeAnliegen, missingChoice, pickerQuery, pickerStep, readBookingForm, readPickerParams, readSlotStart, weekPaging, weekStart } from "../booking-form";
import { meetingDetails } from "../confirmation";

const params = (query: string) => readPickerParams(new URLSearchParams(query), ["vor_ort", "telefon"]);

describe("picker parameters", () => {
  it.each([
    ["", {}, 1],
    ["art=telefon", { art: "telefon" }, 2],
    ["art=video", {}, 1],
    ["art=telefon&tag=2026-12-08", { art: "telefon", tag: "2026-12-08" }, 3],
    ["art=telefon&tag=2026-02-30", { art: "telefon" }, 2],
    ["tag=2026-12-08", {}, 1],
    ["art=telefon&tag=2026-12-08&zeit=2026-12-08T08:00:00.000Z", { art: "telefon", tag: "2026-12-08", zeit: "2026-12-08T08:00:00.000Z" }, 4],
    ["art=telefon&tag=2026-12-08&zeit=2026-12-08T08:00:00Z", { art: "telefon", tag: "2026-12-08", zeit: "2026-12-08T08:00:00.000Z" }, 4],
    ["art=telefon&tag=2026-12-08&zeit=morgen", { art: "telefon", tag: "2026-12-08" }, 3],
    ["art=telefon&woche=2026-12-10", { art: "telefon", woche: "2026-12-07" }, 2],
  ])("%s → %o, step %i", (query, expected, step) => {
    const read = params(query);
    expect(read).toEqual(expected);
    expect(pickerStep(read)).toBe(step);
  });

  it("tells a step sent without a choice from one not reached yet", () => {
    expect(missingChoice(params("schritt=1"))).toEqual({ fieldId: "art", message: "Bitte wählen Sie, wie Sie beraten werden möchten." });
    expect(missingChoice(params("art=telefon&schritt=2"))?.fieldId).toBe("tag");
    expect(missingChoice(params("art=telefon&tag=2026-12-08&schritt=3"))?.fieldId).toBe("zeit");
    expect(missingChoice(params("art=telefon"))).toBeNull();
    expect(missingChoice(params("art=telefon&tag=2026-12-08&schritt=2"))).toBeNull();
  });

  it("builds query strings without empty values", () => {
    expect(pickerQuery({})).toBe("");
    expect(pickerQuery({ art: "telefon", woche: undefined, tag: "2026-12-08" })).toBe("?art=telefon&tag=2026-12-08");
  });

  it("starts weeks on Monday and pages within this week and the horizon", () => {
    expect(weekStart("2026-12-07")).toBe("2026-12-07");
    expect(weekStart("2026-12-13")).toBe("2026-12-07");
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
    expect(weekPaging("2026-12-07", "2026-12-09", "2027-02-05")).toEqual({ previous: null, next: "2026-12-14" });
    expect(weekPaging("2026-12-14", "2026-12-09", "2026-12-20")).toEqual({ previous: "2026-12-07", next: null });
  });
});

describe("booking form", () => {
  const valid = { name: " Pseudonym Ahorn ", email: "", telefon: "", thema: "", notiz: "", einwilligung: "ja", schluessel: "0b6c1f2e-8f4e-4b7a-9d3c-1a2b3c4d5e6f" };

  it("needs only a name and the consent; optional fields empty become undefined", () => {
    const read = readBookingForm(valid, ["schulden"]);
    expect(read).toMatchObject({ ok: true, details: { name: "Pseudonym Ahorn", idempotencyKey: valid.schluessel } });
    if (!read.ok) throw new Error("expected ok");
    expect(read.details.email).toBeUndefined();
    expect(read.details.anliegen).toBeUndefined();
  });

  it("lists every error in form order in German and keeps what was typed", () => {
    const read = readBookingForm({ ...valid, name: "", email: "kein-at", telefon: "abc", thema: "erfunden", notiz: "x".repeat(501), einwilligung: "" }, ["schulden"]);
    expect(read.ok).toBe(false);
    if (read.ok) throw new Error("expected errors");
    expect(read.errors.map((e) => e.fieldId)).toEqual(["name", "email", "telefon", "thema", "notiz", "einwilligung"]);
    expect(read.errors[0]!.message).toBe("Bitte geben Sie einen Namen oder ein Pseudonym ein.");
    expect(read.values).toMatchObject({ email: "kein-at", telefon: "abc", notiz: "x".repeat(501) });
  });

  it("refuses a missing idempotency key on the first field", () => {
    const read = readBookingForm({ ...valid, schluessel: "" }, []);
    expect(read.ok ? [] : read.errors).toEqual([{ fieldId: "name", message: "Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab." }]);
  });

  it("joins topic and note into the booking's anliegen", () => {
    expect(composeAnliegen("schulden", "Kontopfändung\nseit Mai")).toBe("Thema: Schulden\nKontopfändung\nseit Mai");
    expect(composeAnliegen("", "Nur Notiz")).toBe("Nur Notiz");
    expect(composeAnliegen("", "")).toBeUndefined();
    const read = readBookingForm({ ...valid, thema: "schulden", notiz: "a\r\nb" }, ["schulden"]);
    expect(read.ok && read.details.anliegen).toBe("Thema: Schulden\na\nb");
  });

  it("reads the slot start only as an ISO instant in UTC", () => {
    expect(readSlotStart("2026-12-08T08:00:00.000Z")?.toISOString()).toBe("2026-12-08T08:00:00.000Z");
    expect(readSlotStart("2026-12-08T09:00:00+01:00")).toBeNull();
    expect(readSlotStart(undefined)).toBeNull();
  });
});

describe("meeting details on the confirmation", () => {
  const centre = { name: "Demo-Beratung", strasse: "Demo-Weg 1", plz: "04109", ort: "Leipzig", telefon: "0341 111", email: "demo@example.org" };
  it.each([
    ["vor_ort", { email: null, telefon: null }, "Ort", "Demo-Beratung|Demo-Weg 1|04109 Leipzig"],
    ["telefon", { email: null, telefon: "0160 222" }, "Telefon", "Die Beratungsstelle ruft Sie zur vereinbarten Zeit unter 0160 222 an."],
    ["telefon", { email: null, telefon: null }, "Telefon", "Bitte rufen Sie die Beratungsstelle zur vereinbarten Zeit an: 0341 111."],
    ["video", { email: "a@example.org", telefon: null }, "Video", "Den Zugang zum Videogespräch schickt Ihnen die Beratungsstelle vor dem Termin an a@example.org."],
  ] as const)("%s with %o", (art, contact, term, lines) => {
    expect(meetingDetails(art, centre, contact)).toEqual({ term, lines: lines.split("|") });
  });
  it("asks to get in touch for video without an e-mail address", () => {
    expect(meetingDetails("video", centre, { email: null, telefon: null }).lines[0]).toContain("bitte melden Sie sich vor dem Termin: Telefon 0341 111");
  });
});
