import { describe, expect, it } from "vitest";
import { feedbackMails, FEEDBACK_MAX, readFeedback } from "../feedback";

describe("readFeedback", () => {
  it("accepts a message alone", () => {
    expect(readFeedback({ nachricht: " Das Formular ist zu klein. " })).toEqual({
      kind: "ok",
      feedback: { nachricht: "Das Formular ist zu klein.", seite: null, email: null },
    });
  });

  it("keeps the typed values and explains each error", () => {
    const reading = readFeedback({ nachricht: "", seite: "/leistungen", email: "kein-at" });
    expect(reading).toEqual({
      kind: "invalid",
      errors: {
        nachricht: "Bitte beschreiben Sie, was Sie nicht nutzen konnten.",
        email: "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an – oder lassen Sie das Feld leer.",
      },
      values: { nachricht: "", seite: "/leistungen", email: "kein-at" },
    });
  });

  it("limits the length", () => {
    const reading = readFeedback({ nachricht: "x".repeat(FEEDBACK_MAX + 1) });
    expect(reading.kind).toBe("invalid");
  });

  it("treats a filled honeypot as spam", () => {
    expect(readFeedback({ nachricht: "Hallo", webseite: "http://spam.example" })).toEqual({ kind: "spam" });
  });
});

describe("feedbackMails", () => {
  it("writes to the operator and confirms to the sender when an address is given", () => {
    const mails = feedbackMails({ nachricht: "Kontrast zu schwach", seite: "/", email: "person@beispiel.de" }, "betrieb@beispiel.de");
    expect(mails.map((m) => [m.an, m.anlass])).toEqual([
      ["betrieb@beispiel.de", "barrierefreiheit_rueckmeldung"],
      ["person@beispiel.de", "barrierefreiheit_bestaetigung"],
    ]);
    expect(mails[0]!.text).toContain("Kontrast zu schwach");
    expect(mails[1]!.text).not.toContain("Kontrast zu schwach");
  });

  it("sends only the operator mail without an address", () => {
    expect(feedbackMails({ nachricht: "x", seite: null, email: null }, "betrieb@beispiel.de")).toHaveLength(1);
  });
});
