/**
 * The centre page (/beratungsstellen/<slug>) with and without JavaScript: reached from the
 * search, everything shown with today's hours marked in words, map links without third-party
 * tiles, 404 for an unknown slug, and "Fehler in den Angaben melden" with validation errors and
 * after sending (POST-redirect-GET with a one-time thank-you). Every state runs through axe.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

const TODAY = new Intl.DateTimeFormat("de-DE", { weekday: "long", timeZone: "Europe/Berlin" }).format(new Date());

async function openFirstCentre(page: Page, search: string): Promise<string> {
  await page.goto(`/beratungsstellen?${search}`);
  const link = page.getByRole("region", { name: "Ergebnisse" }).getByRole("listitem").first().getByRole("link").first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return name;
}

test.describe("Seite einer Beratungsstelle", () => {
  test("shows everything about the centre, today's hours marked in words", async ({ page }) => {
    const name = await openFirstCentre(page, "thema=schulden&ort=04109");
    await expect(page).toHaveTitle(`${name} – Beratung finden – Sozialplattform`);
    await expect(page.getByText("Demodaten: Diese Beratungsstelle ist erfunden")).toBeVisible();
    for (const heading of ["Kontakt", "Öffnungszeiten", "Barrierefreiheit", "Weitere Angaben", "Lage", "Über diese Angaben", "Fehler in den Angaben melden"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(/^Jetzt (geöffnet|geschlossen)\.$/)).toBeVisible();
    const today = page.getByRole("row", { name: /\(heute\)/ });
    await expect(today).toHaveCount(1);
    await expect(today).toContainText(`${TODAY} (heute)`);
    await expect(page.getByText("Zuletzt geprüft am")).toBeVisible();
    await expect(page.getByText("Datenquelle", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /auf OpenStreetMap zeigen/ })).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=5\d\.\d+&mlon=1\d\.\d+#map=17\/5\d\.\d+\/1\d\.\d+$/,
    );
    await expect(page.getByRole("link", { name: "In einer Karten-App auf diesem Gerät öffnen" })).toHaveAttribute("href", /^geo:5\d\.\d+,1\d\.\d+$/);
    // No map tiles or other third-party content is loaded.
    const foreign = (await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name))).filter(
      (url) => !url.startsWith(new URL(page.url()).origin),
    );
    expect(foreign).toEqual([]);
    await expectNoAxeViolations(page, "Seite einer Beratungsstelle");

    await page.getByRole("link", { name: "Schulden", exact: true }).click();
    await expect(page).toHaveURL(/\/beratungsstellen\?thema=schulden&ort=\d{5}/);
  });

  test("an unknown centre is a 404 page", async ({ page }) => {
    const response = await page.goto("/beratungsstellen/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expectNoAxeViolations(page, "Unbekannte Beratungsstelle");
  });

  test("reporting an error: explained validation errors, then a thank-you once", async ({ page }, testInfo) => {
    await openFirstCentre(page, "thema=sucht&ort=Hamburg");
    const centreUrl = page.url();

    await page.getByRole("button", { name: "Meldung senden" }).click();
    const summary = page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" });
    await expect(summary).toBeVisible();
    if (testInfo.project.use.javaScriptEnabled !== false) await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Bitte beschreiben Sie, welche Angabe nicht stimmt." })).toHaveAttribute("href", "#nachricht");
    await expect(page.getByLabel("Was stimmt nicht?")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "Fehlermeldung mit Fehlern");

    await page.getByLabel("Was stimmt nicht?").fill("Die Beratungsstelle ist im Oktober in die Demo-Straße 5 umgezogen.");
    await page.getByLabel(/E-Mail-Adresse oder Telefonnummer/).fill("melder@example.org");
    await page.getByRole("button", { name: "Meldung senden" }).click();

    await expect(page.getByText("Vielen Dank für Ihre Meldung")).toBeVisible();
    expect(page.url().split("#")[0]).toBe(centreUrl);
    await expect(page.getByLabel("Was stimmt nicht?")).toHaveValue("");
    await expect(page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" })).toHaveCount(0);
    await expectNoAxeViolations(page, "Fehlermeldung gesendet");

    await page.reload();
    await expect(page.getByText("Vielen Dank für Ihre Meldung")).toHaveCount(0);
  });
});
