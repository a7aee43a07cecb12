import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, KONTAKT_MAX, NACHRICHT_MAX, readErrorReport } from "../error-report";

describe("reading an error report", () => {
  it("accepts a short text without contact", () => {
    expect(readErrorReport({ nachricht: "  Die Stelle ist umgezogen.  ", kontakt: "" })).toEqual({
      kind: "ok",
      report: { nachricht: "Die Stelle ist umgezogen.", kontakt: null },
    });
  });

  it("keeps a contact and counts \\r\\n as one character", () => {
    const nachricht = `${"x".repeat(NACHRICHT_MAX - 1)}\r\n`;
    expect(readErrorReport({ nachricht: `${"a".repeat(NACHRICHT_MAX - 2)}\r\nb`, kontakt: "name@example.org" })).toMatchObject({
      kind: "ok",
      report: { kontakt: "name@example.org" },
    });
    expect(readErrorReport({ nachricht })).toMatchObject({ kind: "ok" });
  });

  it.each<[Record<string, string | undefined>, Record<string, string>]>([
    [{ nachricht: "   " }, { nachricht: "Bitte beschreiben Sie, welche Angabe nicht stimmt." }],
    [{}, { nachricht: "Bitte beschreiben Sie, welche Angabe nicht stimmt." }],
    [{ nachricht: "x".repeat(NACHRICHT_MAX + 1) }, { nachricht: "Bitte fassen Sie sich kürzer: höchstens 2.000 Zeichen." }],
    [{ nachricht: "ok", kontakt: "k".repeat(KONTAKT_MAX + 1) }, { kontakt: "Die Kontaktangabe darf höchstens 200 Zeichen lang sein." }],
  ])("refuses %o with a message per field", (form, errors) => {
    const reading = readErrorReport(form);
    expect(reading.kind).toBe("invalid");
    if (reading.kind === "invalid") {
      expect(reading.errors).toEqual(errors);
      expect(reading.values.nachricht).toBe((form.nachricht ?? "").trim());
    }
  });

  it("recognises a filled honeypot before anything else", () => {
    expect(readErrorReport({ nachricht: "", [HONEYPOT_FIELD]: "https://spam.example" })).toEqual({ kind: "spam" });
  });
});
