/**
 * The centre search (/beratungsstellen) with and without JavaScript, on the demo data: topic and
 * place with a shareable URL, filters with their counts, the empty state, an unknown place with
 * suggestions, unknown URL values, nationwide offers and paging. Every state runs through axe.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

const results = (page: Page) => page.getByRole("region", { name: "Ergebnisse" }).getByRole("listitem");
const status = (page: Page) => page.getByRole("region", { name: "Ergebnisse" }).getByRole("status");

/** "Englisch (12)" → 12 */
async function countInLabel(page: Page, select: string, optionLabel: string): Promise<number> {
  const text = await page.getByLabel(select).locator("option", { hasText: optionLabel }).textContent();
  return Number(/\((\d[\d.]*)\)/.exec(text ?? "")![1]!.replace(".", ""));
}

test.describe("Beratung finden", () => {
  test("search by topic and PLZ, nearest first, with a shareable URL", async ({ page }) => {
    await page.goto("/beratungsstellen");
    await expect(page).toHaveTitle("Beratung finden – Sozialplattform");
    await expectNoAxeViolations(page, "Suche, Ausgangszustand");

    await page.getByLabel("Thema").selectOption("schulden");
    await page.getByLabel("Postleitzahl oder Ort").fill("04109");
    await page.getByRole("button", { name: "Suchen" }).click();

    await expect(page).toHaveURL(/thema=schulden/);
    await expect(page).toHaveURL(/ort=04109/);
    await expect(page).toHaveTitle("Beratung finden: Schulden – Sozialplattform");
    await expect(status(page)).toHaveText(/^\d+ Beratungsstellen? gefunden im Umkreis von 25 km um 04109 Leipzig/);
    await expect(results(page).first()).toBeVisible();
    const texts = await results(page).allTextContents();
    for (const text of texts) {
      expect(text).toContain("Schulden");
      expect(text).toMatch(/Leipzig|Bundesweit erreichbar/);
      expect(text).toContain("Demodaten");
      expect(text).toMatch(/Heute (geschlossen|\d)|Keine Öffnungszeiten angegeben/);
    }
    const distances = texts.flatMap((text) => /([\d,]+) km entfernt/.exec(text)?.[1] ?? []).map((km) => Number(km.replace(",", ".")));
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await expectNoAxeViolations(page, "Suche mit Ergebnissen");

    // The address alone reproduces the search.
    await page.goto(page.url());
    await expect(page.getByLabel("Thema")).toHaveValue("schulden");
    await expect(page.getByLabel("Postleitzahl oder Ort")).toHaveValue("04109");
  });

  test("place suggestions while typing (with JavaScript); a picked one searches around it", async ({ page }, testInfo) => {
    test.skip(testInfo.project.use.javaScriptEnabled === false, "an enhancement: without JavaScript the place is resolved on submit");
    await page.goto("/beratungsstellen");
    const ort = page.getByLabel("Postleitzahl oder Ort");
    await ort.pressSequentially("Leip");
    const option = page.locator('#ort-vorschlaege option[value="04103 Leipzig"]');
    await expect(option).toHaveCount(1);
    await expect(ort).toHaveAttribute("list", "ort-vorschlaege");
    await expectNoAxeViolations(page, "Suche mit Ortsvorschlägen");
    // Choosing a suggestion fills the field with its value, as the browser's datalist does.
    await ort.fill(await option.getAttribute("value") ?? "");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(status(page)).toHaveText(/gefunden im Umkreis von 25 km um 04103 Leipzig/);
  });

  test("filters narrow the results by exactly the count shown next to them", async ({ page }) => {
    await page.goto("/beratungsstellen?thema=sucht&ort=Berlin");
    const english = await countInLabel(page, "Sprache der Beratung", "Englisch");
    expect(english).toBeGreaterThan(0);
    await page.getByLabel("Sprache der Beratung").selectOption("en");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/sprache=en/);
    await expect(status(page)).toHaveText(new RegExp(`^${english} Beratungsstellen? gefunden`));

    const stepFree = page.getByRole("checkbox", { name: /stufenlos zugänglich sind/ });
    // The first option of a checkbox group carries the group's id (ChoiceGroup).
    const stepFreeCount = Number(/\((\d+)\)/.exec((await page.locator('label[for="nur"]').textContent()) ?? "")?.[1]);
    await stepFree.check();
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/nur=barrierefrei/);
    await expect(status(page)).toHaveText(new RegExp(`^${stepFreeCount} Beratungsstellen? gefunden`));
    await expect(page.getByLabel("Sprache der Beratung")).toHaveValue("en");
    await expect(page.getByRole("checkbox", { name: /stufenlos zugänglich sind/ })).toBeChecked();
    for (const text of await results(page).allTextContents()) expect(text).toContain("Englisch");
    await expectNoAxeViolations(page, "Suche mit Filtern");
  });

  test("an empty result offers a wider radius, online offers and crisis lines", async ({ page }) => {
    await page.goto("/beratungsstellen?thema=jugend&ort=Helgoland&umkreis=5");
    await expect(status(page)).toHaveText("0 Beratungsstellen gefunden im Umkreis von 5 km um Helgoland");
    await expect(page.getByText("Wir haben keine passende Beratungsstelle gefunden")).toBeVisible();
    await expect(page.getByRole("link", { name: "0800 111 0 111" })).toHaveAttribute("href", "tel:+498001110111");
    await expect(page.getByRole("link", { name: "116 123" })).toHaveAttribute("href", "tel:116123");
    await expect(page.getByRole("link", { name: /Online- und Telefonberatung/ })).toHaveAttribute("href", /umkreis=bundesweit/);
    await expectNoAxeViolations(page, "Suche ohne Ergebnis");

    await page.getByRole("link", { name: "Im Umkreis von 10 km suchen" }).click();
    await expect(page).toHaveURL(/umkreis=10/);
    await expect(status(page)).toHaveText(/im Umkreis von 10 km um Helgoland/);
  });

  test("an unknown place gets suggestions, never an error page", async ({ page }) => {
    const response = await page.goto("/beratungsstellen?thema=sucht&ort=Leipzg");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Einen Ort „Leipzg“ haben wir nicht gefunden.").first()).toBeVisible();
    await expect(status(page)).toHaveText(/Ort nicht gefunden/);
    await expect(page.getByLabel("Postleitzahl oder Ort")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "Suche mit unbekanntem Ort");

    await page.getByRole("link", { name: "Leipzig", exact: true }).click();
    await expect(page).toHaveURL(/thema=sucht/);
    await expect(status(page)).toHaveText(/gefunden im Umkreis von 25 km um (\d{5} )?Leipzig/);
    await expect(results(page).first()).toBeVisible();
  });

  test("an unknown topic is explained, not an error", async ({ page }) => {
    const response = await page.goto("/beratungsstellen?thema=gibtsnicht");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Dieses Thema kennen wir nicht")).toBeVisible();
    await expectNoAxeViolations(page, "Suche mit unbekanntem Thema");
  });

  test("online and phone offers can be shown on their own", async ({ page }) => {
    await page.goto("/beratungsstellen?ort=04109");
    await page.getByLabel("Umkreis").selectOption("bundesweit");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(status(page)).toHaveText(/gefunden \(bundesweite Online- und Telefonangebote\)/);
    const texts = await results(page).allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain("Bundesweit erreichbar");
  });

  test("results are paginated", async ({ page }) => {
    await page.goto("/beratungsstellen?thema=sucht");
    await expect(status(page)).toHaveText(/Beratungsstellen gefunden – Seite 1 von \d+/);
    const first = await results(page).first().textContent();
    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(status(page)).toHaveText(/Seite 2 von \d+/);
    await expect(page).toHaveURL(/seite=2/);
    expect(await results(page).first().textContent()).not.toBe(first);
    await expect(page.getByRole("link", { name: "Vorherige Seite" })).toBeVisible();
    await expectNoAxeViolations(page, "Suche, zweite Seite");
  });
});
