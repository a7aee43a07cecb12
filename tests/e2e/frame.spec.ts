import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

test.describe("page frame", () => {
  test("start page explains the platform and offers the entry points", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Startseite – Sozialplattform");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe finden, die Ihnen zusteht");

    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    for (const label of ["Leistungen finden", "Beratung finden", "Für Beratungsstellen und Kommunen", "Anmelden"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("link", { name: "Beratung finden" }).nth(1)).toBeVisible();
    await expect(page.getByText("Demoversion mit erfundenen Daten")).toBeVisible();
    await expectNoAxeViolations(page, "Startseite");
  });

  test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectNoAxeViolations(page, "Startseite, Sprunglink fokussiert");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhalt$/);
    await expect(page.locator("main#inhalt")).toBeFocused();
  });

  test("focus is visible on links", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test("the layout reflows at 320 CSS px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/gibt-es-nicht"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} bei 320 px`);
    }
  });

  test("unknown addresses get an accessible 404 page in the frame", async ({ page }) => {
    const response = await page.goto("/gibt-es-nicht/wirklich");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Seite nicht gefunden – Sozialplattform");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Zur Startseite" })).toBeVisible();
    await expectNoAxeViolations(page, "404");
  });

  test("a server error shows an accessible 500 page with a reference", async ({ page }) => {
    const response = await page.goto("/test/fehler");
    expect(response?.status()).toBe(500);
    await expect(page).toHaveTitle("Technischer Fehler – Sozialplattform");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technischer Fehler");
    await expect(page.getByText(/nennen Sie bitte diese Kennung/)).toBeVisible();
    await expect(page.getByText("Absichtlicher Fehler")).toHaveCount(0);
    await expectNoAxeViolations(page, "500");
  });

  test("links work; with JavaScript as client-side navigation without a full page load", async ({ page }, testInfo) => {
    const withJs = testInfo.project.use.javaScriptEnabled !== false;
    await page.goto("/gibt-es-nicht");
    if (withJs) {
      await page.waitForFunction(() => "__remixRouter" in window);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    }
    await page.getByRole("main").getByRole("link", { name: "Zur Startseite" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe finden, die Ihnen zusteht");
    await expect(page).toHaveTitle("Startseite – Sozialplattform");
    if (withJs) expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await expectNoAxeViolations(page, "Startseite nach Navigation");
  });

  test("every page has a unique, descriptive title", async ({ page }) => {
    const titles = new Map<string, string>();
    for (const path of ["/", "/gibt-es-nicht", "/test/fehler"]) {
      await page.goto(path);
      titles.set(path, await page.title());
    }
    expect(new Set(titles.values()).size).toBe(titles.size);
    for (const title of titles.values()) expect(title).toMatch(/^.+ – Sozialplattform$/);
  });
});
