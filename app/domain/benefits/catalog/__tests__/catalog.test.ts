import { describe, expect, it } from "vitest";
import { BENEFIT_SLUGS } from "../../slugs";
import { TOPIC_SLUGS } from "../../../counselling/topics";
import { benefitPage, benefitsByGroup, CATALOG } from "../index";

const STICHTAGE = ["2025-06-01", "2026-11-22"];
const entries = BENEFIT_SLUGS.map((slug) => [slug, CATALOG[slug]] as const);

describe("benefit catalog", () => {
  it.each(entries)("%s is complete", (slug, info) => {
    expect(info.slug).toBe(slug);
    for (const text of [info.titel, info.kurzbeschreibung, info.rechtsgrundlage, info.antrag.stellenart]) expect(text.trim()).not.toBe("");
    for (const list of [info.wasIstDas, info.werKannEsBekommen, info.wieViel, info.antrag.wege, info.unterlagen, info.quellen]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(TOPIC_SLUGS).toContain(info.beratungsthema);
    expect(info.stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(entries)("%s: the short description is one sentence", (_slug, info) => {
    expect(info.kurzbeschreibung).toMatch(/^[^.]+\.$/);
  });

  it.each(entries)("%s: links are https and related benefits exist", (slug, info) => {
    const links = [...info.quellen, ...(info.antrag.onlineAntrag ? [info.antrag.onlineAntrag] : [])];
    for (const link of links) {
      expect(link.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(link.titel.trim()).not.toBe("");
    }
    expect(info.verwandt.length).toBeGreaterThan(0);
    for (const v of info.verwandt) {
      expect(BENEFIT_SLUGS).toContain(v.slug);
      expect(v.slug).not.toBe(slug);
    }
    expect(new Set(info.verwandt.map((v) => v.slug)).size).toBe(info.verwandt.length);
  });

  // Figures live in the parameter tables; the texts must not carry their own copies that could go stale.
  it.each(entries)("%s: texts name no euro amounts", (_slug, info) => {
    const texts = [info.kurzbeschreibung, ...info.wasIstDas, ...info.werKannEsBekommen, ...info.wieViel, ...info.antrag.wege];
    for (const text of texts) expect(text).not.toMatch(/\d\s*(€|Euro)/);
  });

  it.each(entries.flatMap(([slug, info]) => STICHTAGE.map((stichtag) => [slug, stichtag, info] as const)))(
    "%s: every figure on %s is in force with a source",
    (_slug, stichtag, info) => {
      for (const k of info.kennzahlen(stichtag)) {
        expect(k.gueltigAb <= stichtag, `${k.label} gültig ab ${k.gueltigAb}`).toBe(true);
        expect(k.quelle.trim()).not.toBe("");
        expect(k.label.trim()).not.toBe("");
        if (k.betrag !== undefined) expect(Number.isInteger(k.betrag) && k.betrag > 0).toBe(true);
        else expect(k.text.trim()).not.toBe("");
      }
    },
  );

  it("groups every benefit exactly once and leaves no group empty", () => {
    const groups = benefitsByGroup();
    expect(groups.flatMap((g) => g.leistungen.map((l) => l.slug)).sort()).toEqual([...BENEFIT_SLUGS].sort());
    for (const g of groups) expect(g.leistungen.length).toBeGreaterThan(0);
  });

  // § 67 SGB XII is a service (advice, support) without fixed amounts; every other page shows figures.
  it.each(entries.filter(([slug]) => slug !== "hilfe-in-besonderen-sozialen-schwierigkeiten"))("%s shows key figures", (_slug, info) => {
    expect(info.kennzahlen("2026-11-22").length).toBeGreaterThan(0);
  });

  it("shows the Kindergeld in force on the Stichtag", () => {
    expect(CATALOG.kindergeld.kennzahlen("2025-06-01")[0]).toMatchObject({ betrag: 25500, gueltigAb: "2025-01-01" });
    expect(CATALOG.kindergeld.kennzahlen("2026-11-22")[0]).toMatchObject({ betrag: 25900, gueltigAb: "2026-01-01" });
  });

  it("derives the § 85 SGB XII income limit from the Regelbedarf, Familienzuschlag rounded up to whole euros", () => {
    const [grundbetrag, familienzuschlag] = CATALOG["hilfe-zur-pflege"].kennzahlen("2026-11-22");
    expect(grundbetrag).toMatchObject({ betrag: 2 * 56300, gueltigAb: "2026-01-01" });
    expect(familienzuschlag).toMatchObject({ betrag: 39500 });
    expect(grundbetrag!.quelle).toMatch(/§ 85 Abs. 1 SGB XII.*RBSFV 2026/);
  });

  it("shows the Regelbedarf in force on the Stichtag", () => {
    const [stufe1] = CATALOG.grundsicherungsgeld.kennzahlen("2026-11-22");
    expect(stufe1).toMatchObject({ betrag: 56300, gueltigAb: "2026-01-01" });
    expect(stufe1!.quelle).toMatch(/RBSFV 2026/);
    expect(CATALOG.grundsicherungsgeld.kennzahlen("2025-06-01")[0]).toMatchObject({ betrag: 56300, gueltigAb: "2025-01-01" });
  });
});

describe("benefitPage", () => {
  it("resolves related benefits to their titles and the counselling topic to its label", () => {
    const page = benefitPage("kinderzuschlag", "2026-11-22");
    expect(page.verwandt).toContainEqual(expect.objectContaining({ slug: "wohngeld", titel: "Wohngeld" }));
    expect(page.beratungsthemaLabel).toBe("Familie und Erziehung");
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });
});
