import { describe, expect, it } from "vitest";
import { formatIssue, formatSummary } from "../issues";
import { validateCentreCsv } from "../validate";

const HEADER = "externe_id;name;traeger;verband;themen;strasse;plz;ort;kanaele;oeffnungszeiten";
const row = (id: string, plz = "04109", extra = "Mo-Fr 09:00-12:00") =>
  `${id};Demo-Beratung ${id};Demo-Träger;caritas;schulden;Musterstraße 1;${plz};Leipzig;vor_ort;${extra}`;

describe("validating an import file", () => {
  it("accepts a file with only the required columns and any column order", () => {
    const reordered = "ORT, plz ,name,externe_id,traeger,verband,themen,strasse,kanaele\nLeipzig,04109,Demo-A,a,Demo-Träger,awo,sucht,Weg 1,telefon\n";
    const result = validateCentreCsv(reordered);
    expect(result).toMatchObject({ separator: ",", zeilen: 1, fileInvalid: false, issues: [] });
    expect(result.rows[0]).toMatchObject({ zeile: 2, externeId: "a", adresse: { strasse: "Weg 1", plz: "04109", ort: "Leipzig" }, sprachen: ["de"] });
  });

  it("reports each bad row with its physical line, also after a field spanning two lines", () => {
    const text = [HEADER, row("a", "04109", '"Mo 09:00-12:00 |\nDi 09:00-12:00"'), row("b", "506677"), row("c")].join("\n");
    const result = validateCentreCsv(text);
    expect(result.rows.map((centre) => [centre.externeId, centre.zeile])).toEqual([
      ["a", 2],
      ["c", 5],
    ]);
    expect(result.issues.map(formatIssue)).toEqual(["Zeile 4: plz – fünfstellige Postleitzahl erwartet"]);
  });

  it("refuses an externe_id used twice, naming the first line", () => {
    const result = validateCentreCsv([HEADER, row("a"), row("b"), row("a")].join("\n"));
    expect(result.rows.map((centre) => centre.externeId)).toEqual(["a", "b"]);
    expect(result.issues.map(formatIssue)).toEqual(["Zeile 4: externe_id – „a“ steht schon in Zeile 2"]);
  });

  it("reports rows whose field count differs from the header", () => {
    const result = validateCentreCsv([HEADER, `${row("a")};zuviel`].join("\n"));
    expect(result.issues.map(formatIssue)).toEqual([
      "Zeile 2: 11 Felder statt 10 wie in der Kopfzeile – steht das Trennzeichen „;“ in einem Feld ohne Anführungszeichen?",
    ]);
  });

  it("judges the header before any row", () => {
    const result = validateCentreCsv("externe_id;name;telfon;name\nx;y;z;w\n");
    expect(result.fileInvalid).toBe(true);
    expect(result.rows).toEqual([]);
    expect(result.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^Zeile 1: telfon – unbekannte Spalte – erlaubt sind: externe_id, name, /),
      "Zeile 1: name – Spalte kommt in der Kopfzeile doppelt vor",
      "Zeile 1: Pflichtspalte(n) fehlen: traeger, verband, themen, strasse, plz, ort, kanaele.",
    ]);
  });

  it("explains a header without separator", () => {
    const result = validateCentreCsv("externe_id\tname\tort\n1\t2\t3\n");
    expect(result.issues[0]?.meldung).toContain("kein Trennzeichen");
  });

  it("refuses a file with only a header, and an unreadable one", () => {
    expect(validateCentreCsv(`${HEADER}\n`)).toMatchObject({ fileInvalid: true, issues: [{ zeile: 1, meldung: expect.stringContaining("nur die Kopfzeile") }] });
    expect(validateCentreCsv(`${HEADER}\n"offen`)).toMatchObject({ fileInvalid: true, zeilen: 0, issues: [{ zeile: 2 }] });
  });

  it("writes the German summary line with thousands separators", () => {
    expect(formatSummary({ gelesen: 2000, neu: 1998, aktualisiert: 2, ungueltig: 0 })).toBe("2.000 Zeilen gelesen, 1.998 neu, 2 aktualisiert, 0 ungültig");
    expect(formatSummary({ gelesen: 1, neu: 0, aktualisiert: 0, ungueltig: 1 })).toBe("1 Zeile gelesen, 0 neu, 0 aktualisiert, 1 ungültig");
    expect(formatSummary({ gelesen: 3, neu: 0, aktualisiert: 1, unveraendert: 2, ungueltig: 0 })).toBe("3 Zeilen gelesen, 0 neu, 1 aktualisiert, 2 unverändert, 0 ungültig");
  });
});
