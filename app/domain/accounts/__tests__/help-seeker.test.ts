import { describe, expect, it } from "vitest";
import { anonymisedAppointmentFields, GELOESCHT_NAME, normalisePseudonym, readRegistration } from "../help-seeker";

const valid = { pseudonym: "  Stille   Eule 42 ", email: "", passwort: "drei lange Wörter hintereinander", passwortWiederholung: "drei lange Wörter hintereinander", datenschutz: "ja" };

describe("readRegistration", () => {
  it("accepts a pseudonym and a password, e-mail optional; stores the pseudonym lower-cased", () => {
    const reading = readRegistration(valid);
    expect(reading).toMatchObject({ ok: true, pseudonym: "stille eule 42", anzeigename: "Stille Eule 42", email: null });
    expect(readRegistration({ ...valid, email: " Eule@Example.org " })).toMatchObject({ ok: true, email: "eule@example.org" });
  });

  it.each([
    [{ pseudonym: "" }, "pseudonym", /Bitte wählen Sie ein Pseudonym/],
    [{ pseudonym: "ab" }, "pseudonym", /zu kurz/],
    [{ pseudonym: "x".repeat(41) }, "pseudonym", /zu lang/],
    [{ pseudonym: "eule@example.org" }, "pseudonym", /nur Buchstaben/],
    [{ email: "keine-adresse" }, "email", /gültige E-Mail-Adresse/],
    [{ passwort: "kurz", passwortWiederholung: "kurz" }, "passwort", /zu kurz/],
    [{ passwort: "Stille Eule 42", passwortWiederholung: "Stille Eule 42" }, "passwort", /nicht Ihre E-Mail-Adresse oder Ihr Pseudonym/],
    [{ passwort: "", passwortWiederholung: "" }, "passwort", /Bitte wählen Sie ein Passwort/],
    [{ passwortWiederholung: "etwas anderes" }, "passwortWiederholung", /stimmen nicht überein/],
    [{ datenschutz: "" }, "datenschutz", /Datenschutz/],
  ] as const)("refuses %j on %s", (patch, fieldId, message) => {
    const reading = readRegistration({ ...valid, ...patch });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors).toEqual([expect.objectContaining({ fieldId, message: expect.stringMatching(message) })]);
    // What was typed comes back, the passwords never.
    expect(reading.values).not.toHaveProperty("passwort");
  });
});

describe("account deletion values", () => {
  it("removes every personal field of an appointment", () => {
    expect(anonymisedAppointmentFields()).toEqual({ name: GELOESCHT_NAME, email: null, telefon: null, anliegen: null, benutzerId: null, idempotenzKey: null, anfrageHash: null });
    expect(normalisePseudonym(" Eule ")).toBe("eule");
  });
});
