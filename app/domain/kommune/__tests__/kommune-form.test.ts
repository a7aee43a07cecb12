import { describe, expect, it } from "vitest";
import { isHttpsUrl, parsePlzList, validateNewKommune, validateZustaendigkeit, type ZustaendigkeitFormValues } from "../kommune-form";

const VALID: ZustaendigkeitFormValues = {
  leistung: "wohngeld",
  name: "Wohngeldstelle Demostadt",
  strasse: "Demoweg 1",
  plz: "99991",
  ort: "Demostadt",
  oeffnungszeiten: "Mo–Fr 8–12 Uhr",
  telefon: "0999 12345-0",
  email: "wohngeld@demostadt.invalid",
  onlineAntrag: "https://www.demostadt.invalid/wohngeld",
};

describe("validateZustaendigkeit", () => {
  it("accepts a complete office and trims it", () => {
    const result = validateZustaendigkeit({ ...VALID, name: "  Wohngeldstelle Demostadt " });
    expect(result).toEqual({ ok: true, data: { ...VALID } });
  });

  it("stores the alias under the benefit it names, and empty optional fields as null", () => {
    const result = validateZustaendigkeit({ ...VALID, leistung: "buergergeld", telefon: " ", email: "", onlineAntrag: "", oeffnungszeiten: "" });
    expect(result).toEqual({ ok: true, data: { ...VALID, leistung: "grundsicherungsgeld", telefon: null, email: null, onlineAntrag: null, oeffnungszeiten: "" } });
  });

  it.each([
    [{ leistung: "" }, "leistung", "Bitte wählen Sie die Leistung."],
    [{ leistung: "erfunden" }, "leistung", "Bitte wählen Sie die Leistung."],
    [{ name: "" }, "name", "Bitte geben Sie den Namen der zuständigen Stelle ein."],
    [{ strasse: " " }, "strasse", "Bitte geben Sie Straße und Hausnummer ein."],
    [{ plz: "9999" }, "plz", "Bitte geben Sie die Postleitzahl mit 5 Ziffern ein, zum Beispiel 99999."],
    [{ ort: "" }, "ort", "Bitte geben Sie den Ort ein."],
    [{ telefon: "ruf mich an" }, "telefon", "Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen, +, /, - oder Klammern ein."],
    [{ email: "kein-at" }, "email", "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel wohngeld@beispiel.de."],
    [{ onlineAntrag: "http://www.demostadt.invalid/wohngeld" }, "onlineAntrag", expect.stringContaining("https://")],
    [{ onlineAntrag: "javascript:alert(1)" }, "onlineAntrag", expect.stringContaining("https://")],
    [{ onlineAntrag: "www.demostadt.invalid" }, "onlineAntrag", expect.stringContaining("https://")],
  ])("%j → error at %s", (change, fieldId, message) => {
    const result = validateZustaendigkeit({ ...VALID, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ fieldId, message }]);
  });

  it("reports one error per field, in form order", () => {
    const result = validateZustaendigkeit({ ...VALID, name: "", plz: "x", onlineAntrag: "ftp://x.y" });
    expect(result.ok ? [] : result.errors.map((e) => e.fieldId)).toEqual(["name", "plz", "onlineAntrag"]);
  });
});

describe("isHttpsUrl", () => {
  it.each([
    ["https://www.beispiel.de/antrag?x=1", true],
    ["https://beispiel.de", true],
    ["http://beispiel.de", false],
    ["https://localhost", false],
    ["https://user:pw@beispiel.de", false],
    ["https://beispiel .de", false],
    ["beispiel.de", false],
  ])("%s → %s", (url, expected) => {
    expect(isHttpsUrl(url)).toBe(expected);
  });
});

describe("a new Kommune", () => {
  const values = { name: "Demostadt", ags: "99999001", plz: "99992, 99991\n99991", redaktionName: "Demo-Redaktion", redaktionEmail: "redaktion@demostadt.invalid" };

  it("parses the PLZ list: sorted, unique", () => {
    expect(parsePlzList("99992, 99991\n99991;99993 ")).toEqual({ plz: ["99991", "99992", "99993"], ungueltig: [] });
    expect(parsePlzList("9999 abcde 99991")).toEqual({ plz: ["99991"], ungueltig: ["9999", "abcde"] });
  });

  it("accepts name, AGS and PLZ", () => {
    expect(validateNewKommune(values)).toEqual({ ok: true, data: { ...values, plz: ["99991", "99992"] } });
  });

  it.each([
    [{ ags: "9999900" }, "ags"],
    [{ ags: "9999900A" }, "ags"],
    [{ plz: "" }, "plz"],
    [{ plz: "99991 123" }, "plz"],
    [{ name: "" }, "name"],
    [{ redaktionEmail: "" }, "redaktionEmail"],
  ])("%j → error at %s", (change, fieldId) => {
    const result = validateNewKommune({ ...values, ...change });
    expect(result.ok ? [] : result.errors.map((e) => e.fieldId)).toEqual([fieldId]);
  });
});
