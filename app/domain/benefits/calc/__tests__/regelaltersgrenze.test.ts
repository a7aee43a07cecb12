import { describe, expect, it } from "vitest";
import type { Person } from "../../facts";
import { regelaltersgrenzeDatum, regelaltersgrenzeErreicht } from "../regelaltersgrenze";

const person = (p: Partial<Person>): Person => ({ index: 0, rolle: "antragsteller", einkommen: [], ...p });

describe("Regelaltersgrenze (§ 41 Abs. 2 SGB XII)", () => {
  it.each([
    ["1946-03-10", "2011-03-10"], // 65 years
    ["1947-03-10", "2012-04-10"], // + 1 month
    ["1958-05-31", "2024-05-31"], // 66 years
    ["1959-12-31", "2026-02-28"], // 66 + 2 months, day clamped to the end of February
    ["1960-07-15", "2026-11-15"], // 66 + 4 months
    ["1963-01-01", "2029-11-01"], // 66 + 10 months
    ["1964-01-10", "2031-01-10"], // 67 years
    ["1990-06-30", "2057-06-30"],
  ])("geboren %s: erreicht am %s", (geburt, grenze) => expect(regelaltersgrenzeDatum(geburt, "2026-11-22")).toBe(grenze));

  it.each([
    [{ geburtsdatum: "1960-07-15", alter: 66 }, "2026-11-22", true],
    [{ geburtsdatum: "1960-08-01", alter: 66 }, "2026-11-22", false],
    [{ geburtsdatum: "1964-01-10", alter: 67 }, "2031-01-10", true],
    [{ geburtsdatum: "1964-01-10", alter: 66 }, "2031-01-09", false],
    [{ alter: 67 }, "2026-11-22", true],
    [{ alter: 65 }, "2026-11-22", false],
    // 66 on 22.11.2026: born 23.11.1959 (limit reached in January 2026) to 22.11.1960 (not yet).
    [{ alter: 66 }, "2026-11-22", undefined],
    // 66 on 01.06.2024: born 1957/1958, limits 65 + 11 months and 66 years: reached either way.
    [{ alter: 66 }, "2024-06-01", true],
    [{}, "2026-11-22", undefined],
  ] as const)("%o am %s → %s", (p, stichtag, erwartet) => expect(regelaltersgrenzeErreicht(person(p), stichtag)).toBe(erwartet));

  it("answers repeated questions from its memo exactly as the first time, per Stichtag", () => {
    const born = person({ geburtsdatum: "1964-01-10" });
    for (let round = 0; round < 2; round++) {
      expect(regelaltersgrenzeErreicht(born, "2031-01-09")).toBe(false);
      expect(regelaltersgrenzeErreicht(born, "2031-01-10")).toBe(true);
      expect(regelaltersgrenzeErreicht(person({ alter: 66 }), "2026-11-22")).toBeUndefined();
      expect(regelaltersgrenzeErreicht(person({ alter: 66 }), "2024-06-01")).toBe(true);
    }
  });
});
