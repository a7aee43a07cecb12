import { describe, expect, it } from "vitest";
import { decodeUtf8, detectSeparator, parseCsv } from "../csv";

const records = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.problem.meldung);
  return [parsed.header, ...parsed.records];
};

describe("CSV reading", () => {
  it.each([
    ["a;b;c\n", ";"],
    ["a,b,c\n", ","],
    ['"x;y",b,c\n', ","],
    ['"a,b";c\n', ";"],
    ["a;b,c\n", ";"],
    ["nur_eine_spalte\n", ";"],
  ])("detects the separator of %j as %s", (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it("reads semicolon files with BOM and CRLF", () => {
    const parsed = parseCsv("\uFEFFa;b\r\n1;2\r\n3;4\r\n");
    expect(parsed).toEqual({
      ok: true,
      separator: ";",
      header: { zeile: 1, cells: ["a", "b"] },
      records: [
        { zeile: 2, cells: ["1", "2"] },
        { zeile: 3, cells: ["3", "4"] },
      ],
    });
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, counting physical lines", () => {
    const text = 'a,b,c\n"x, y","sagt ""ja""","zwei\r\nZeilen"\n4,5,6';
    expect(records(text)).toEqual([
      { zeile: 1, cells: ["a", "b", "c"] },
      { zeile: 2, cells: ["x, y", 'sagt "ja"', "zwei\nZeilen"] },
      { zeile: 4, cells: ["4", "5", "6"] },
    ]);
  });

  it("keeps empty fields and skips blank lines and rows of empty cells", () => {
    expect(records("a;b;c\n\n1;;3\n;;\n\n7;8;\n")).toEqual([
      { zeile: 1, cells: ["a", "b", "c"] },
      { zeile: 3, cells: ["1", "", "3"] },
      { zeile: 6, cells: ["7", "8", ""] },
    ]);
  });

  it("takes a stray quote inside an unquoted field literally", () => {
    expect(records('a;b\n12" Zoll;2\n')[1]).toEqual({ zeile: 2, cells: ['12" Zoll', "2"] });
  });

  it("reports a quote that is never closed at the line where the field starts", () => {
    expect(parseCsv('a;b\n1;2\n3;"offen\n\n')).toEqual({
      ok: false,
      problem: { zeile: 3, meldung: "Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen." },
    });
  });

  it("reports text after a closing quote", () => {
    const parsed = parseCsv('a;b\n"Musterstr." 5;2\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.zeile).toBe(2);
  });

  it("reports an empty file and refuses files over the row limit", () => {
    expect(parseCsv("\uFEFF\n\n")).toMatchObject({ ok: false, problem: { zeile: 1 } });
    expect(parseCsv("a\n1\n2\n3\n", 2)).toMatchObject({ ok: false, problem: { zeile: 4, meldung: expect.stringContaining("mehr als 2 Datenzeilen") } });
    expect(parseCsv("a\n1\n2\n", 2).ok).toBe(true);
  });

  it("decodes UTF-8 and refuses other encodings", () => {
    expect(decodeUtf8(new TextEncoder().encode("Straße"))).toBe("Straße");
    expect(decodeUtf8(Uint8Array.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]))).toBeUndefined(); // "Straße" in Windows-1252
  });
});
