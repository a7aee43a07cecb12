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

describe("Leichte Sprache (interface language ls)", () => {
  const results = [
    result({
      leistung: "wohngeld",
      einschaetzung: "wahrscheinlich",
      betragMonat: 37_800,
      betragHinweis: "Berechnet nach § 19 Wohngeldgesetz.",
      gruende: [
        { code: "wohngeld.betrag", text: "Nach Ihren Angaben bekommen Sie etwa 378\u00a0€ Wohngeld im Monat." },
        { code: "wohngeld.unbekannt", text: "Ein Grund ohne Leichte Sprache." },
      ],
      fehlendeAngaben: [{ fakt: "wohnort.plz", text: "Ihre Postleitzahl." }],
      naechsteSchritte: [
        { art: "hinweis", text: "Eigener Hinweis der Regel." },
        { art: "beratung", text: "Beratung", thema: "existenzsicherung" },
      ],
    }),
    result({
      leistung: "grundsicherungsgeld",
      einschaetzung: "moeglich",
      gruende: [{ code: "grundsicherungsgeld.vorrang_arbeitslosengeld", text: "Arbeitslosengeld geht vor. Reicht es nicht für Ihren Bedarf, bekommen Sie ergänzend Grundsicherungsgeld." }],
    }),
  ];

  it("replaces the texts that have a Leichte-Sprache version and keeps the others", () => {
    const [likely] = resultGroups(results, "04109", "ls");
    const card = likely!.ergebnisse[0]!;
    expect(likely!.titel).toBe("Wahrscheinlich");
    expect(likely!.text).toBe("Diese Leistungen bekommen Sie wahrscheinlich. Aber das Amt entscheidet. Das Amt sagt auch, wie viel Geld Sie bekommen.");
    expect(nbsp(card.betrag)).toBe("Wir schätzen: etwa 378 € im Monat.");
    expect(card.betragHinweis).toBe("Das ist nur eine Schätzung. Das Amt rechnet genau nach.");
    expect(card.gruende.map(nbsp)).toEqual(["Sie bekommen wohl etwa 378 € Wohn-Geld im Monat.", "Ein Grund ohne Leichte Sprache."]);
    expect(card.fehlend).toEqual(["Wie ist Ihre Post-Leit-Zahl? Davon hängt das Wohn-Geld ab."]);
    expect(card.schritte).toEqual([
      { art: "text", text: "Eigener Hinweis der Regel." },
      { art: "intern", text: "Eine Beratungs-Stelle hilft Ihnen beim Antrag. Das kostet meist nichts.", url: "/beratungsstellen?thema=existenzsicherung&plz=04109" },
    ]);
    expect(priorityNotes(results, "ls").map((n) => n.text)).toEqual([
      "Arbeitslosen-Geld kommt zuerst. Reicht das Geld nicht für Ihr Leben? Dann bekommen Sie zusätzlich Grund-Sicherungs-Geld.",
    ]);
  });

  it("leaves the German view as it is for every other language", () => {
    expect(resultGroups(results, "04109", "en")).toEqual(resultGroups(results, "04109"));
    expect(priorityNotes(results, "de")).toEqual(priorityNotes(results));
  });
});
