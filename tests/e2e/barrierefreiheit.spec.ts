/**
 * Accessibility of the platform frame and the BITV pages: the language switch (six languages and
 * Leichte Sprache, Arabic right-to-left) keeps the page and its query, the Leichte-Sprache and
 * Gebärdensprache pages are reachable from every footer, the accessibility statement's feedback
 * form explains errors and confirms success. Every state goes through axe, with and without
 * JavaScript. Reflow at 320 px and 200 %, text spacing and the keyboard walk over these pages (and
 * all other public ones) are in bedienbarkeit.spec.ts.
 */
import { horizontalOverflow } from "./support/a11y-checks";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

const NEW_PAGES = ["/barrierefreiheit", "/leichte-sprache", "/leichte-sprache/leistungen", "/gebaerdensprache"];
const FOOTER_LINKS = ["Erklärung zur Barrierefreiheit", "Leichte Sprache", "Gebärdensprache"];

test.describe("Barrierefreiheit", () => {
  test("switching to Arabic and back keeps the page and its query; lang and dir follow", async ({ page }) => {
    const start = "/beratungsstellen?thema=schulden";
    await page.goto(start);
    const languages = page.getByRole("navigation", { name: "Sprache" });
    const expected: Array<[string, string]> = [["Deutsch", "de"], ["Leichte Sprache", "de"], ["English", "en"], ["Türkçe", "tr"], ["العربية", "ar"], ["Українська", "uk"], ["Русский", "ru"]];
    for (const [name, lang] of expected) {
      await expect(languages.getByRole("link", { name, exact: true })).toHaveAttribute("lang", lang);
    }
    await expect(languages.getByRole("link", { name: "Deutsch" })).toHaveAttribute("aria-current", "true");

    await languages.getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/beratungsstellen\?thema=schulden$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("navigation", { name: "القائمة الرئيسية" }).getByRole("link", { name: "البحث عن استشارة" })).toBeVisible();
    // The finder is translated: no German marking, no German-only notice (sprachen.spec.ts shows both on an untranslated page).
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("البحث عن استشارة");
    await expect(page.locator("main")).not.toHaveAttribute("lang", /./);
    await expect(page.getByText("محتوى هذه الصفحة متوفر حاليًا باللغة الألمانية فقط")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "العربية" })).toHaveAttribute("aria-current", "true");
    await expectNoAxeViolations(page, "Beratungssuche auf Arabisch");

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page), "RTL at 320 px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "Beratungssuche auf Arabisch bei 320 px");
    await page.setViewportSize({ width: 1280, height: 720 });

    // Another page keeps the choice (cookie), then back to German on that page.
    await page.goto("/gibt-es-nicht");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
    await expect(page).toHaveTitle("الصفحة غير موجودة – Sozialplattform");
    await expectNoAxeViolations(page, "404 auf Arabisch");
    await page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/gibt-es-nicht$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expectNoAxeViolations(page, "404 wieder auf Deutsch");
  });

  test("the switcher is reachable by keyboard right after the skip link", async ({ page }) => {
    await page.goto("/leistungen");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Deutsch" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "English" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/leistungen$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement (Barrierefreiheit)" })).toBeVisible();
    await expectNoAxeViolations(page, "Leistungen auf Englisch");
  });

  test("Leichte Sprache as an overlay: German page, simpler frame texts", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Leichte Sprache" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("link", { name: "Zum Text springen" })).toBeAttached();
    await expect(page.getByRole("banner").getByText("Hier finden Sie Hilfe.")).toBeVisible();
    await expect(page.locator("main")).not.toHaveAttribute("lang", /./);
    await expectNoAxeViolations(page, "Startseite mit Leichte-Sprache-Rahmen");
  });

  test("Leichte Sprache and Gebärdensprache are reachable from the start page, every footer and every benefit page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Die Sozialplattform in Leichter Sprache erklärt" }).click();
    await expect(page).toHaveTitle("Leichte Sprache – Sozialplattform");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Informationen in Leichter Sprache");
    await expect(page.getByRole("heading", { name: "Der Leistungs-Check" })).toBeVisible();
    await expectNoAxeViolations(page, "Leichte Sprache");

    await page.goto("/leistungen/wohngeld");
    await page.getByRole("link", { name: "Wohngeld in Leichter Sprache" }).click();
    await expect(page).toHaveURL(/\/leichte-sprache\/leistungen#wohngeld$/);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(14);
    await expect(page.getByRole("region", { name: "Wohn-Geld" }).getByText("Wohn-Geld ist Geld für die Miete.")).toBeVisible();
    await expectNoAxeViolations(page, "Leistungen in Leichter Sprache");

    for (const path of ["/leistungen", "/gibt-es-nicht", ...NEW_PAGES]) {
      await page.goto(path);
      const footer = page.getByRole("contentinfo");
      for (const name of FOOTER_LINKS) await expect(footer.getByRole("link", { name, exact: true }), `${name} on ${path}`).toBeVisible();
    }
    await page.getByRole("contentinfo").getByRole("link", { name: "Gebärdensprache", exact: true }).click();
    await expect(page).toHaveTitle("Gebärdensprache – Sozialplattform");
    // Without a configured video the page says so and is complete through its transcript.
    await expect(page.getByText("Das Video in Gebärdensprache ist auf dieser Installation noch nicht eingestellt.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Abschrift", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "So finden Sie sich auf der Seite zurecht", level: 3 })).toBeVisible();
    await expectNoAxeViolations(page, "Gebärdensprache ohne Video");
  });

  test("the accessibility statement names status, limitations, date, feedback and the Schlichtungsstelle", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Erklärung zur Barrierefreiheit" }).click();
    await expect(page).toHaveTitle("Erklärung zur Barrierefreiheit – Sozialplattform");
    for (const heading of [
      "Stand der Vereinbarkeit mit den Anforderungen",
      "Nicht barrierefreie Inhalte",
      "Erstellung dieser Erklärung",
      "Barrieren melden: Feedback und Kontakt",
      "Schlichtungsverfahren",
    ]) {
      await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    }
    await expect(page.getByText("teilweise vereinbar")).toBeVisible();
    await expect(page.getByText("Diese Erklärung wurde am 7. Dezember 2026 erstellt")).toBeVisible();
    await expect(page.getByRole("link", { name: "Website der Schlichtungsstelle" })).toHaveAttribute("href", "https://www.schlichtungsstelle-bgg.de");
    await expectNoAxeViolations(page, "Erklärung zur Barrierefreiheit");
  });

  test("feedback form: explained errors with values kept, then a confirmation", async ({ page }, testInfo) => {
    await page.goto("/barrierefreiheit");
    await page.getByLabel("Ihre E-Mail-Adresse für die Antwort").fill("keine-adresse");
    await page.getByLabel("Auf welcher Seite?").fill("/leistungen");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();

    const summary = page.getByRole("region", { name: "Bitte prüfen Sie 2 Angaben" });
    await expect(summary).toBeVisible();
    if (testInfo.project.use.javaScriptEnabled !== false) await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Bitte beschreiben Sie, was Sie nicht nutzen konnten." })).toHaveAttribute("href", "#nachricht");
    await expect(page.getByLabel("Was konnten Sie nicht nutzen?")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Ihre E-Mail-Adresse für die Antwort")).toHaveValue("keine-adresse");
    await expect(page.getByLabel("Auf welcher Seite?")).toHaveValue("/leistungen");
    await expectNoAxeViolations(page, "Rückmeldeformular mit Fehlern");

    await page.getByLabel("Was konnten Sie nicht nutzen?").fill("Der Fokusrahmen im Leistungs-Check ist bei hohem Kontrast kaum sichtbar.");
    await page.getByLabel("Ihre E-Mail-Adresse für die Antwort").fill("pruefung@example.org");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await expect(page.getByText("Vielen Dank für Ihre Rückmeldung")).toBeVisible();
    await expect(page).toHaveURL(/\/barrierefreiheit#rueckmeldung$/);
    await expect(page.getByLabel("Was konnten Sie nicht nutzen?")).toHaveValue("");
    await expectNoAxeViolations(page, "Rückmeldung gesendet");

    // The flash is shown once.
    await page.reload();
    await expect(page.getByText("Vielen Dank für Ihre Rückmeldung")).toHaveCount(0);
  });

  test("a foreign return target of the language switch goes to the start page", async ({ page }) => {
    await page.goto("/sprache?wahl=tr&zurueck=%2F%2Fevil.example%2F");
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expectNoAxeViolations(page, "Startseite auf Türkisch");
  });
});
