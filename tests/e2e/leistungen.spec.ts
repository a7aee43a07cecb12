import { BENEFIT_SLUGS, type BenefitSlug } from "../../app/domain/benefits/slugs";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

/** What each page must show: its h1, the official online application (if one exists nationwide) and the counselling topic. */
const PAGES: Record<BenefitSlug, { titel: string; onlineAntrag: string | null; thema: string }> = {
  arbeitslosengeld: {
    titel: "Arbeitslosengeld",
    onlineAntrag: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/arbeitslos-melden-arbeitslosengeld-beantragen",
    thema: "existenzsicherung",
  },
  grundsicherungsgeld: { titel: "Grundsicherungsgeld", onlineAntrag: "https://www.jobcenter.digital/", thema: "existenzsicherung" },
  bafoeg: { titel: "BAföG", onlineAntrag: "https://www.bafoeg-digital.de/", thema: "jugend" },
  berufsausbildungsbeihilfe: {
    titel: "Berufsausbildungsbeihilfe (BAB)",
    onlineAntrag: "https://www.arbeitsagentur.de/bildung/ausbildung/berufsausbildungsbeihilfe-bab",
    thema: "jugend",
  },
  "bildung-und-teilhabe": { titel: "Bildung und Teilhabe", onlineAntrag: null, thema: "familie" },
  "grundsicherung-im-alter": { titel: "Grundsicherung im Alter und bei Erwerbsminderung", onlineAntrag: null, thema: "existenzsicherung" },
  "hilfe-zum-lebensunterhalt": { titel: "Hilfe zum Lebensunterhalt", onlineAntrag: null, thema: "existenzsicherung" },
  "hilfe-zur-pflege": { titel: "Hilfe zur Pflege", onlineAntrag: null, thema: "pflege" },
  "hilfe-in-besonderen-sozialen-schwierigkeiten": {
    titel: "Hilfe zur Überwindung besonderer sozialer Schwierigkeiten",
    onlineAntrag: null,
    thema: "wohnungsnot",
  },
  "hilfen-zur-gesundheit": { titel: "Hilfen zur Gesundheit", onlineAntrag: null, thema: "existenzsicherung" },
  kindergeld: { titel: "Kindergeld", onlineAntrag: "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-beantragen", thema: "familie" },
  kinderzuschlag: {
    titel: "Kinderzuschlag",
    onlineAntrag: "https://www.arbeitsagentur.de/familie-und-kinder/kinderzuschlag-beantragen",
    thema: "familie",
  },
  wohngeld: { titel: "Wohngeld", onlineAntrag: null, thema: "existenzsicherung" },
  eingliederungshilfe: { titel: "Eingliederungshilfe", onlineAntrag: null, thema: "behinderung" },
};

/** § 67 SGB XII is advice and support; it has no fixed amounts. */
const WITHOUT_FIGURES: BenefitSlug[] = ["hilfe-in-besonderen-sozialen-schwierigkeiten"];

const SECTIONS = [
  "Was ist das?",
  "Wer kann es bekommen?",
  "Wie viel?",
  "So beantragen Sie",
  "Diese Unterlagen brauchen Sie meist",
  "Verwandte Leistungen und Vorrang",
  "Beratung in Ihrer Nähe",
  "Quellen",
];

test.describe("Leistungen", () => {
  test("the table above covers every benefit", () => {
    expect(Object.keys(PAGES).sort()).toEqual([...BENEFIT_SLUGS].sort());
  });

  test("the overview lists every benefit in groups and leads to the Leistungs-Check", async ({ page }) => {
    const response = await page.goto("/leistungen");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Sozialleistungen im Überblick – Sozialplattform");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sozialleistungen im Überblick");
    await expect(page.getByRole("link", { name: "Zum Leistungs-Check" })).toHaveAttribute("href", "/leistungs-check");
    for (const gruppe of ["Geld zum Leben", "Wohnen", "Familie und Kinder", "Ausbildung", "Pflege, Gesundheit, Behinderung", "Besondere Lebenslagen"]) {
      await expect(page.getByRole("heading", { level: 2, name: gruppe })).toBeVisible();
    }
    const main = page.getByRole("main");
    for (const [slug, { titel }] of Object.entries(PAGES)) {
      const card = main.getByRole("heading", { level: 3, name: titel, exact: true });
      await expect(card.getByRole("link")).toHaveAttribute("href", `/leistungen/${slug}`);
    }
    await expectNoAxeViolations(page, "Leistungen, Übersicht");
  });

  test("a card leads to the benefit page", async ({ page }) => {
    await page.goto("/leistungen");
    await page.getByRole("link", { name: "Kinderzuschlag", exact: true }).click();
    await expect(page).toHaveURL(/\/leistungen\/kinderzuschlag$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kinderzuschlag");
    await expect(page).toHaveTitle("Kinderzuschlag – Sozialplattform");
  });

  for (const [slug, expected] of Object.entries(PAGES) as Array<[BenefitSlug, (typeof PAGES)[BenefitSlug]]>) {
    test(`/leistungen/${slug} shows all sections, dated figures and the way to apply`, async ({ page }) => {
      const response = await page.goto(`/leistungen/${slug}`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(`${expected.titel} – Sozialplattform`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.titel);
      for (const section of SECTIONS) await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();

      const wieViel = page.getByRole("region", { name: "Wie viel?" });
      const figures = wieViel.getByRole("definition");
      if (WITHOUT_FIGURES.includes(slug)) {
        await expect(figures).toHaveCount(0);
      } else {
        expect(await figures.count()).toBeGreaterThan(0);
        for (const figure of await figures.allTextContents()) {
          expect(figure).toMatch(/Stand: gültig ab \d{1,2}\. [A-Za-zä]+ \d{4}\. Quelle: \S/);
        }
      }

      const antrag = page.getByRole("region", { name: "So beantragen Sie" });
      const external = antrag.locator('a[rel~="external"]');
      if (expected.onlineAntrag) {
        await expect(external).toHaveCount(1);
        await expect(external).toHaveAttribute("href", expected.onlineAntrag);
        await expect(external).toContainText("(externe Seite)");
      } else {
        await expect(external).toHaveCount(0);
      }

      await expect(page.getByRole("link", { name: /^Beratungsstellen zum Thema .+ in Ihrer Nähe$/ })).toHaveAttribute(
        "href",
        `/beratungsstellen?thema=${expected.thema}`,
      );
      const related = page.getByRole("region", { name: "Verwandte Leistungen und Vorrang" }).getByRole("link");
      expect(await related.count()).toBeGreaterThan(0);
      for (const href of await related.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        expect(href).toMatch(new RegExp(`^/leistungen/(${BENEFIT_SLUGS.join("|")})$`));
      }
      await expect(page.getByRole("region", { name: "Quellen" }).locator('a[href^="https://"]').first()).toBeVisible();
      await expectNoAxeViolations(page, `Leistung ${slug}`);
    });
  }

  test("the old name Bürgergeld redirects permanently to Grundsicherungsgeld", async ({ page }) => {
    const direct = await page.request.get("/leistungen/buergergeld", { maxRedirects: 0 });
    expect(direct.status()).toBe(301);
    expect(direct.headers()["location"]).toBe("/leistungen/grundsicherungsgeld");

    await page.goto("/leistungen/buergergeld");
    await expect(page).toHaveURL(/\/leistungen\/grundsicherungsgeld$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grundsicherungsgeld");
  });

  test("an unknown benefit is a 404 page in the frame", async ({ page }) => {
    const response = await page.goto("/leistungen/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Seite nicht gefunden – Sozialplattform");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expectNoAxeViolations(page, "Leistung unbekannt");
  });

  test("the pages reflow at 320 CSS px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/leistungen", "/leistungen/grundsicherungsgeld", "/leistungen/hilfe-in-besonderen-sozialen-schwierigkeiten"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} bei 320 px`);
    }
  });
});
