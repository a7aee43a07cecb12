import { describe, expect, it } from "vitest";
import type { BenefitResult } from "../../../domain/benefits/types";
import { priorityNotes, resultGroups } from "../result-view";

const result = (overrides: Partial<BenefitResult> & Pick<BenefitResult, "leistung" | "einschaetzung">): BenefitResult => ({
  betragMonat: null,
  gruende: [],
  fehlendeAngaben: [],
  naechsteSchritte: [],
  ...overrides,
});

const nbsp = (text: string | undefined) => text?.replace(/\u00a0/g, " ");

describe("resultGroups", () => {
  const results = [
    result({ leistung: "arbeitslosengeld", einschaetzung: "unwahrscheinlich" }),
    result({ leistung: "grundsicherungsgeld", einschaetzung: "moeglich" }),
    result({ leistung: "kindergeld", einschaetzung: "wahrscheinlich", betragMonat: 51_800, betragHinweis: "259 € je Kind." }),
    result({ leistung: "wohngeld", einschaetzung: "unklar", fehlendeAngaben: [{ fakt: "wohnort.mietstufe", text: "Die Mietstufe Ihres Wohnorts." }] }),
    result({ leistung: "kinderzuschlag", einschaetzung: "wahrscheinlich", betragMonat: 12_345 }),
  ];

  it("puts the likely benefits first and leaves out empty groups", () => {
    const groups = resultGroups(results, "04109");
    expect(groups.map((g) => [g.titel, g.ergebnisse.map((e) => e.slug)])).toEqual([
      ["Wahrscheinlich", ["kindergeld", "kinderzuschlag"]],
      ["Möglicherweise", ["grundsicherungsgeld"]],
      ["Noch unklar", ["wohngeld"]],
      ["Nach Ihren Angaben eher nicht", ["arbeitslosengeld"]],
    ]);
    expect(resultGroups([results[2]!], undefined).map((g) => g.einschaetzung)).toEqual(["wahrscheinlich"]);
  });

  it("states amounts as „ca. … € im Monat“ with the note how they were estimated", () => {
    const [likely] = resultGroups(results, "04109");
    expect(nbsp(likely!.ergebnisse[0]!.betrag)).toBe("ca. 518 € im Monat");
    expect(likely!.ergebnisse[0]!.betragHinweis).toBe("259 € je Kind.");
    expect(nbsp(likely!.ergebnisse[1]!.betrag)).toBe("ca. 123,45 € im Monat");
    const unclear = resultGroups(results, "04109")[2]!.ergebnisse[0]!;
    expect(unclear.betrag).toBeUndefined();
    expect(unclear.fehlend).toEqual(["Die Mietstufe Ihres Wohnorts."]);
  });

  it("turns next steps into links: the online application, the office type, counselling near the postcode", () => {
    const steps = resultGroups(
      [
        result({
          leistung: "wohngeld",
          einschaetzung: "wahrscheinlich",
          naechsteSchritte: [
            { art: "online_antrag", text: "Online-Antrag", url: "https://example.org/antrag" },
            { art: "stelle", text: "Zuständig ist: Wohngeldstelle.", stellenart: "Wohngeldstelle der Stadt oder Gemeinde" },
            { art: "beratung", text: "Beratung", thema: "existenzsicherung" },
            { art: "hinweis", text: "Beantragen Sie zuerst Wohngeld." },
          ],
        }),
      ],
      "04109",
    )[0]!.ergebnisse[0]!.schritte;
    expect(steps).toEqual([
      { art: "extern", text: "Online-Antrag", url: "https://example.org/antrag" },
      { art: "text", text: "Zuständig ist in der Regel: Wohngeldstelle der Stadt oder Gemeinde" },
      { art: "intern", text: "Beratung", url: "/beratungsstellen?thema=existenzsicherung&plz=04109" },
      { art: "text", text: "Beantragen Sie zuerst Wohngeld." },
    ]);
  });
});

describe("priorityNotes", () => {
  it("collects the Vorrang and Wahlrecht reasons of benefits that may apply", () => {
    const notes = priorityNotes([
      result({
        leistung: "grundsicherungsgeld",
        einschaetzung: "moeglich",
        gruende: [
          { code: "grundsicherungsgeld.bedarf", text: "Ihr Bedarf." },
          { code: "grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag", text: "Wohngeld und Kinderzuschlag gehen vor." },
        ],
      }),
      result({ leistung: "kinderzuschlag", einschaetzung: "moeglich", gruende: [{ code: "kinderzuschlag.wahlrecht_x", text: "Sie dürfen wählen." }] }),
      result({
        leistung: "hilfe-zum-lebensunterhalt",
        einschaetzung: "unwahrscheinlich",
        gruende: [{ code: "hilfe-zum-lebensunterhalt.vorrang_grundsicherungsgeld", text: "Das Jobcenter ist zuständig." }],
      }),
    ]);
    expect(notes.map((n) => n.text)).toEqual(["Wohngeld und Kinderzuschlag gehen vor.", "Sie dürfen wählen."]);
    expect(notes[0]!.titel).toMatch(/Grundsicherungsgeld/);
  });
});
