import { describe, expect, it } from "vitest";
import { locateStep } from "../flow";
import { readStepForm } from "../validate";
import { alleinerziehend, env } from "./fixtures";

const haushalt = locateStep("haushalt", {}, env)!.questions;
const einkommen = locateStep("einkommen", alleinerziehend, env)!.questions;
const form = (fields: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]));

const validHaushalt = { alter: "34", plz: "04109", wohnart: "miete", partner: "nein", kinder: "2", weitere: "0" };

describe("readStepForm", () => {
  it("reads a valid step into typed answers", () => {
    expect(readStepForm(haushalt, form(validHaushalt))).toEqual({
      ok: true,
      answers: { alter: 34, plz: "04109", wohnart: "miete", partner: "nein", kinder: 2, weitere: 0 },
    });
  });

  it("names every missing answer, in the order of the page, and keeps what was typed", () => {
    const reading = readStepForm(haushalt, form({ alter: "34", plz: "4109", kinder: "zwei" }));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.feedback.errors).toEqual({
      plz: "Bitte geben Sie eine Postleitzahl mit 5 Ziffern an, zum Beispiel 04109.",
      wohnart: "Bitte beantworten Sie die Frage: Wie wohnen Sie?",
      partner: "Bitte beantworten Sie die Frage: Leben Sie mit einer Partnerin oder einem Partner zusammen?",
      kinder: "Bitte geben Sie die Anzahl der Kinder als ganze Zahl an, zum Beispiel 2.",
      weitere: "Bitte geben Sie die Anzahl weiterer Personen an.",
    });
    expect(reading.feedback.values).toMatchObject({ alter: "34", plz: "4109", kinder: "zwei", wohnart: "" });
  });

  it("rejects numbers outside the range and options that do not exist", () => {
    const reading = readStepForm(haushalt, form({ ...validHaushalt, alter: "12", wohnart: "schloss" }));
    expect(reading.ok || reading.feedback.errors).toEqual({
      alter: "Bitte geben Sie für Ihr Alter eine Zahl von 15 bis 120 an.",
      wohnart: "Bitte beantworten Sie die Frage: Wie wohnen Sie?",
    });
  });

  it("reads German amounts, stores empty optional fields as null and keeps checkbox order", () => {
    const reading = readStepForm(
      einkommen,
      form({ erwerb_brutto: "1.600", erwerb_netto: "1200,5", erwerb_abzuege: ["rv", "steuern"], unterhalt: "", vermoegen: "500" }),
    );
    expect(reading).toEqual({
      ok: true,
      answers: { erwerb_brutto: 160_000, erwerb_netto: 120_050, erwerb_abzuege: ["steuern", "rv"], unterhalt: null, vermoegen: 50_000 },
    });
  });

  it("accepts an empty checkbox group: nothing is paid", () => {
    const reading = readStepForm(einkommen, form({ erwerb_brutto: "500", erwerb_netto: "500", vermoegen: "0" }));
    expect(reading.ok && reading.answers.erwerb_abzuege).toEqual([]);
  });

  it("explains amounts it cannot read and too large ones", () => {
    const reading = readStepForm(
      einkommen,
      form({ erwerb_brutto: "viel", erwerb_netto: "", erwerb_abzuege: ["urlaub"], vermoegen: "99.000.000" }),
    );
    expect(reading.ok || reading.feedback.errors).toEqual({
      erwerb_brutto: "Bitte geben Sie Ihren Lohn als Betrag in Euro an, zum Beispiel 1.200,50 oder 450.",
      erwerb_netto: "Bitte geben Sie den Nettobetrag von Ihrem Lohn an.",
      erwerb_abzuege: "Bitte wählen Sie nur Antworten aus der Liste: Was wird von Ihrem Lohn bezahlt?",
      vermoegen: "Bitte prüfen Sie Ihr Vermögen: Der Betrag ist zu hoch.",
    });
  });

  it("cuts echoed values short: they travel through a cookie", () => {
    const reading = readStepForm(haushalt, form({ ...validHaushalt, alter: "x".repeat(500) }));
    expect(reading.ok || reading.feedback.values.alter).toHaveLength(60);
  });
});
