import { describe, expect, it } from "vitest";
import { evaluateAll } from "../../engine";
import { parseFacts } from "../../facts";
import type { BenefitSlug } from "../../slugs";
import type { BenefitResult, Einschaetzung, NaechsterSchritt } from "../../types";
import { CATALOG } from "../index";
import { standardNextSteps, withStandardNextSteps } from "../next-steps";

type Case = [BenefitSlug, Einschaetzung, Array<Partial<NaechsterSchritt>>];

const KINDERGELD_ONLINE = "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-beantragen";

describe("standardNextSteps", () => {
  it.each<Case>([
    [
      "kindergeld",
      "wahrscheinlich",
      [
        { art: "online_antrag", url: KINDERGELD_ONLINE },
        { art: "stelle", stellenart: "Familienkasse der Bundesagentur für Arbeit" },
        { art: "beratung", thema: "familie" },
      ],
    ],
    [
      "grundsicherungsgeld",
      "moeglich",
      [
        { art: "online_antrag", url: "https://www.jobcenter.digital/" },
        { art: "stelle", stellenart: "Jobcenter" },
        { art: "beratung", thema: "existenzsicherung" },
      ],
    ],
    // No nationwide online application: office and counselling only.
    [
      "wohngeld",
      "unklar",
      [
        { art: "stelle", stellenart: "Wohngeldbehörde der Stadt- oder Kreisverwaltung" },
        { art: "beratung", thema: "existenzsicherung" },
      ],
    ],
    ["hilfe-zur-pflege", "wahrscheinlich", [{ art: "stelle" }, { art: "beratung", thema: "pflege" }]],
    // Unlikely: no application, no office – counselling only.
    ["kindergeld", "unwahrscheinlich", [{ art: "beratung", thema: "familie" }]],
    ["hilfe-in-besonderen-sozialen-schwierigkeiten", "unwahrscheinlich", [{ art: "beratung", thema: "wohnungsnot" }]],
  ])("%s, %s", (slug, einschaetzung, expected) => {
    const steps = standardNextSteps(slug, einschaetzung);
    expect(steps).toHaveLength(expected.length);
    steps.forEach((step, i) => {
      expect(step).toMatchObject(expected[i]!);
      expect(step.text.length).toBeGreaterThan(10);
    });
  });
});

describe("withStandardNextSteps", () => {
  const result = (naechsteSchritte: NaechsterSchritt[], einschaetzung: Einschaetzung = "wahrscheinlich"): BenefitResult => ({
    leistung: "kindergeld",
    einschaetzung,
    betragMonat: 25900,
    gruende: [],
    fehlendeAngaben: [],
    naechsteSchritte,
  });

  it("appends the standard steps after the rule's own", () => {
    const own: NaechsterSchritt = { art: "hinweis", text: "Legen Sie die Geburtsurkunde bereit." };
    const steps = withStandardNextSteps(result([own])).naechsteSchritte;
    expect(steps.map((s) => s.art)).toEqual(["hinweis", "online_antrag", "stelle", "beratung"]);
    expect(steps[0]).toBe(own);
  });

  it("does not repeat a step the rule already gives", () => {
    const own: NaechsterSchritt = { art: "online_antrag", text: "Jetzt online beantragen", url: KINDERGELD_ONLINE };
    const steps = withStandardNextSteps(result([own])).naechsteSchritte;
    expect(steps.filter((s) => s.art === "online_antrag")).toEqual([own]);
    expect(steps.map((s) => s.art)).toEqual(["online_antrag", "stelle", "beratung"]);
  });

  it("keeps everything else of the result unchanged", () => {
    const input = result([], "unwahrscheinlich");
    const output = withStandardNextSteps(input);
    expect({ ...output, naechsteSchritte: [] }).toEqual(input);
    expect(output.naechsteSchritte.map((s) => s.art)).toEqual(["beratung"]);
  });
});

describe("evaluateAll", () => {
  it("gives every result the counselling step, and the online application only where the benefit is not unlikely", () => {
    const parsed = parseFacts(
      {
        wohnort: { plz: "04109" },
        wohnen: { art: "miete", wohnkosten_monat: 450, heizkosten_monat: 70 },
        personen: [{ rolle: "antragsteller", alter: 30, erwerbsfaehig: true, taetigkeit: "arbeitslos", einkommen: [] }],
      },
      "2026-11-22",
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const results = evaluateAll(parsed.household);
    const verdicts = new Set(results.map((r) => r.einschaetzung));
    expect(verdicts.has("unwahrscheinlich") && (verdicts.has("wahrscheinlich") || verdicts.has("moeglich"))).toBe(true);

    for (const result of results) {
      const { antrag, beratungsthema } = CATALOG[result.leistung];
      expect(result.naechsteSchritte, result.leistung).toContainEqual(expect.objectContaining({ art: "beratung", thema: beratungsthema }));
      const online = result.naechsteSchritte.some((s) => s.art === "online_antrag" && s.url === antrag.onlineAntrag?.url);
      expect(online, result.leistung).toBe(antrag.onlineAntrag !== null && result.einschaetzung !== "unwahrscheinlich");
    }
  });
});
