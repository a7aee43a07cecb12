/** The committed Mietstufen table matches the committed text of the WoGV Anlage (scripts/generate-mietstufen.mjs). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mietstufenTabelle } from "../../app/domain/benefits/places/mietstufe";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];

describe("WoGV Anlage text and generated table", () => {
  const text = readFileSync(new URL("../../app/domain/benefits/places/data/wogv-anlage-2023.txt", import.meta.url), "utf8");
  const { anlage } = mietstufenTabelle();

  it("holds every line of the text file, in order, with its Land, table and Mietenstufe", () => {
    const expected: string[] = [];
    let section = "";
    for (const line of text.split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("@")) section = line.slice(1).split("|").map((s) => s.trim()).join("|");
      else expected.push(`${section}|${line}`);
    }
    expect(anlage.map((e) => `${e.land}|${e.tabelle}|${e.eintrag}|${ROMAN[e.mietstufe - 1]}`)).toEqual(expected);
  });

  it("covers all 16 Länder, 1601 Gemeinde lines, 279 Kreis lines and the island line", () => {
    expect(new Set(anlage.filter((e) => e.tabelle !== "Inseln").map((e) => e.land)).size).toBe(16);
    expect(anlage.filter((e) => e.tabelle === "Gemeinde")).toHaveLength(1601);
    expect(anlage.filter((e) => e.tabelle === "Kreis")).toHaveLength(279);
    expect(anlage.filter((e) => e.tabelle === "Inseln")).toEqual([{ land: "Gemeinsame Mietenstufe", tabelle: "Inseln", eintrag: "Inseln ohne Festlandanschluss", mietstufe: 5 }]);
  });
});
