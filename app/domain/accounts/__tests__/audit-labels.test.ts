import { describe, expect, it } from "vitest";
import { aktionLabel, changedFieldLines, formatAuditValue } from "../audit-labels";

describe("audit log in words", () => {
  it.each([
    ["mitgliedschaft.rolle_geaendert", "Rolle geändert"],
    ["benutzer.deaktiviert", "Konto deaktiviert"],
    ["etwas.neues", "etwas.neues"],
  ])("labels %s as %s", (code, label) => expect(aktionLabel(code)).toBe(label));

  it.each<[unknown, string]>([
    [null, "leer"],
    [true, "Ja"],
    [["de", "tr"], "de, tr"],
    [[], "leer"],
    [{ strasse: "Demoweg 1", plz: "12345" }, "strasse Demoweg 1, plz 12345"],
  ])("formats %j as %s", (value, text) => expect(formatAuditValue(value)).toBe(text));

  it("shows changed fields as 'Feld: vorher → nachher' with value labels", () => {
    expect(changedFieldLines({ felder: { rolle: ["berater", "stellenleitung"], name: ["Alt", "Neu"] } }, { berater: "Beratung", stellenleitung: "Leitung" })).toEqual([
      "Rolle: Beratung → Leitung",
      "Name: Alt → Neu",
    ]);
    expect(changedFieldLines({ rolle: "berater" })).toEqual([]);
    expect(changedFieldLines(null)).toEqual([]);
  });
});
