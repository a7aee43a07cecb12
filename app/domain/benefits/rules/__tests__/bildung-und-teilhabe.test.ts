/**
 * Bildung und Teilhabe: who belongs to the group (under 18; pupils under 25) and whether a
 * benefit that opens it applies. Tables run through the whole engine; the unit tests give the
 * earlier verdicts directly, including the case that they are not there yet.
 */
import { describe, expect, it } from "vitest";
import { runCases, type BenefitCase } from "../../__tests__/case-runner";
import { parseFacts, type FactsInput } from "../../facts";
import type { BenefitResult, Einschaetzung, RuleContext } from "../../types";
import { rule } from "../bildung-und-teilhabe";

/** A parent who receives Grundsicherungsgeld, so a qualifying benefit is certain. */
const mitBezug = (...kinder: FactsInput["personen"]): FactsInput => ({
  wohnen: { art: "miete", wohnkosten_monat: 600 },
  personen: [{ rolle: "antragsteller", alter: 45, taetigkeit: "arbeitslos", bezieht_grundsicherung: true }, ...kinder],
});

const ALTERSGRUPPE: BenefitCase[] = [
  { name: "pupil 24 → wahrscheinlich", facts: mitBezug({ rolle: "kind", alter: 24, taetigkeit: "schule" }), expect: { "bildung-und-teilhabe": { einschaetzung: "wahrscheinlich", gruende: ["bildung-und-teilhabe.grundsicherung_bezug"] } } },
  { name: "pupil 25 → too old", facts: mitBezug({ rolle: "kind", alter: 25, taetigkeit: "schule" }), expect: { "bildung-und-teilhabe": { einschaetzung: "unwahrscheinlich", gruende: ["bildung-und-teilhabe.keine_kinder"] } } },
  { name: "17 without school → participation budget", facts: mitBezug({ rolle: "kind", alter: 17, taetigkeit: "beschaeftigt" }), expect: { "bildung-und-teilhabe": { einschaetzung: "wahrscheinlich" } } },
  { name: "18 working → not in the group", facts: mitBezug({ rolle: "kind", alter: 18, taetigkeit: "beschaeftigt" }), expect: { "bildung-und-teilhabe": { einschaetzung: "unwahrscheinlich" } } },
  { name: "19, activity missing → unklar", facts: mitBezug({ rolle: "kind", alter: 19 }), expect: { "bildung-und-teilhabe": { einschaetzung: "unklar", fehlend: ["personen.1.taetigkeit"], gruende: ["bildung-und-teilhabe.angaben_offen"] } } },
  { name: "child's age missing → unklar", facts: mitBezug({ rolle: "kind" }), expect: { "bildung-und-teilhabe": { einschaetzung: "unklar", fehlend: ["personen.1.alter"] } } },
  { name: "toddler 2 → in the group (Kita, participation)", facts: mitBezug({ rolle: "kind", alter: 2 }), expect: { "bildung-und-teilhabe": { einschaetzung: "wahrscheinlich", betragMonat: null } } },
];

const PERSONEN: BenefitCase[] = [
  {
    name: "single parent, children 4 and 9, net part-time 1,200 €, rent 750 € → a qualifying benefit is open",
    facts: {
      wohnort: { plz: "04109" },
      wohnen: { art: "miete", wohnkosten_monat: 750 },
      personen: [
        { rolle: "antragsteller", alter: 34, taetigkeit: "beschaeftigt", einkommen: [{ art: "erwerbstaetigkeit", brutto_monat: 1600, netto_monat: 1200, steuern: true, kranken_pflegeversicherung: true, rentenversicherung: true }] },
        { rolle: "kind", alter: 4 },
        { rolle: "kind", alter: 9, taetigkeit: "schule" },
      ],
    },
    expect: { "bildung-und-teilhabe": { einschaetzung: ["wahrscheinlich", "moeglich"] } },
  },
  { name: "pensioner living alone → nobody in the group", facts: { personen: [{ rolle: "antragsteller", alter: 70, taetigkeit: "rente" }] }, expect: { "bildung-und-teilhabe": { einschaetzung: "unwahrscheinlich", gruende: ["bildung-und-teilhabe.keine_kinder"] } } },
];

describe("bildung-und-teilhabe: age groups (qualifying benefit given)", () => runCases(ALTERSGRUPPE));
describe("bildung-und-teilhabe: personas through the engine", () => runCases(PERSONEN));

function household(facts: FactsInput) {
  const parsed = parseFacts(facts, "2026-11-22");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.household;
}

const familie = household({ personen: [{ rolle: "antragsteller", alter: 40 }, { rolle: "kind", alter: 8, taetigkeit: "schule" }, { rolle: "kind", alter: 12, taetigkeit: "schule" }] });

function verdict(slug: BenefitResult["leistung"], einschaetzung: Einschaetzung, fehlend: BenefitResult["fehlendeAngaben"] = []): BenefitResult {
  return { leistung: slug, einschaetzung, betragMonat: null, gruende: [], fehlendeAngaben: fehlend, naechsteSchritte: [] };
}

const alleUnwahrscheinlich: RuleContext["earlier"] = {
  grundsicherungsgeld: verdict("grundsicherungsgeld", "unwahrscheinlich"),
  "hilfe-zum-lebensunterhalt": verdict("hilfe-zum-lebensunterhalt", "unwahrscheinlich"),
  "grundsicherung-im-alter": verdict("grundsicherung-im-alter", "unwahrscheinlich"),
  kinderzuschlag: verdict("kinderzuschlag", "unwahrscheinlich"),
  wohngeld: verdict("wohngeld", "unwahrscheinlich"),
};

describe("bildung-und-teilhabe: reading the earlier verdicts", () => {
  it("no earlier verdicts yet → unklar", () => {
    const r = rule.evaluate({ household: familie, earlier: {} });
    expect(r.einschaetzung).toBe("unklar");
    expect(r.gruende.map((g) => g.code)).toContain("bildung-und-teilhabe.voraussetzung_offen");
  });
  it("Wohngeld and Kinderzuschlag wahrscheinlich → wahrscheinlich, both named", () => {
    const r = rule.evaluate({ household: familie, earlier: { ...alleUnwahrscheinlich, wohngeld: verdict("wohngeld", "wahrscheinlich"), kinderzuschlag: verdict("kinderzuschlag", "wahrscheinlich") } });
    expect(r.einschaetzung).toBe("wahrscheinlich");
    const grund = r.gruende.find((g) => g.code === "bildung-und-teilhabe.voraussetzung_wahrscheinlich");
    expect(grund?.text).toContain("Kinderzuschlag und Wohngeld");
  });
  it("only a possible Grundsicherungsgeld → moeglich", () => {
    const r = rule.evaluate({ household: familie, earlier: { ...alleUnwahrscheinlich, grundsicherungsgeld: verdict("grundsicherungsgeld", "moeglich") } });
    expect(r.einschaetzung).toBe("moeglich");
  });
  it("all qualifying benefits unwahrscheinlich → unwahrscheinlich without next step", () => {
    const r = rule.evaluate({ household: familie, earlier: alleUnwahrscheinlich });
    expect(r.einschaetzung).toBe("unwahrscheinlich");
    expect(r.naechsteSchritte).toEqual([]);
  });
  it("open earlier verdicts pass on their missing facts once", () => {
    const miete = { fakt: "wohnen.wohnkosten_monat", text: "Wohnkosten" };
    const r = rule.evaluate({
      household: familie,
      earlier: { ...alleUnwahrscheinlich, wohngeld: verdict("wohngeld", "unklar", [miete]), kinderzuschlag: verdict("kinderzuschlag", "unklar", [miete]) },
    });
    expect(r.einschaetzung).toBe("unklar");
    expect(r.fehlendeAngaben).toEqual([miete]);
  });
  it("the hint names the yearly school supplies for two pupils and the participation budget", () => {
    const r = rule.evaluate({ household: familie, earlier: alleUnwahrscheinlich });
    expect(r.betragMonat).toBeNull();
    // Amounts are written with a no-break space before "€".
    const hinweis = r.betragHinweis?.replace(/\u00a0/g, " ");
    expect(hinweis).toContain("130 € zu Beginn des Schuljahres und 65 € zum zweiten Halbjahr");
    expect(hinweis).toContain("zusammen 390 € im Schuljahr");
    expect(hinweis).toContain("bis zu 15 € im Monat");
  });
});
