import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

test.describe("Beratung finden", () => {
  test("search by topic and PLZ region, with a shareable URL", async ({ page }) => {
    await page.goto("/beratungsstellen");
    await expect(page).toHaveTitle("Beratung finden – Sozialplattform");
    await expectNoAxeViolations(page, "Suche, Ausgangszustand");

    await page.getByLabel("Thema").selectOption("schulden");
    await page.getByLabel("Postleitzahl oder Ort").fill("04109");
    await page.getByRole("button", { name: "Suchen" }).click();

    await expect(page).toHaveURL(/thema=schulden/);
    await expect(page).toHaveURL(/ort=04109/);
    await expect(page).toHaveTitle("Beratung finden: Schulden – Sozialplattform");
    const results = page.getByRole("region", { name: "Ergebnisse" }).getByRole("listitem");
    await expect(results.first()).toBeVisible();
    for (const text of await results.allTextContents()) {
      expect(text).toContain("Leipzig");
      expect(text).toContain("Schulden");
    }
    await expect(page.getByRole("status")).toHaveText(/\d+ Beratungsstellen? gefunden/);
    await expectNoAxeViolations(page, "Suche mit Ergebnissen");
  });

  test("an empty result explains what to try next", async ({ page }) => {
    await page.goto("/beratungsstellen?thema=jugend&ort=99999");
    await expect(page.getByRole("status")).toHaveText("0 Beratungsstellen gefunden");
    await expect(page.getByText("Wir haben keine passende Beratungsstelle gefunden")).toBeVisible();
    await expectNoAxeViolations(page, "Suche ohne Ergebnis");
  });

  test("an unknown topic is explained, not an error", async ({ page }) => {
    const response = await page.goto("/beratungsstellen?thema=gibtsnicht");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Dieses Thema kennen wir nicht")).toBeVisible();
    await expectNoAxeViolations(page, "Suche mit unbekanntem Thema");
  });

  test("results are paginated", async ({ page }) => {
    await page.goto("/beratungsstellen");
    await expect(page.getByRole("status")).toHaveText(/20 Beratungsstellen gefunden – Seite 1 von 2/);
    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page.getByRole("status")).toHaveText(/Seite 2 von 2/);
    await expect(page.getByRole("link", { name: "Vorherige Seite" })).toBeVisible();
    await expectNoAxeViolations(page, "Suche, zweite Seite");
  });
});
