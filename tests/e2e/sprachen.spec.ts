/**
 * Translated pages (issue 8, point 4): a page that declares its content translated shows it in
 * the chosen language — html lang/dir follow, main is not marked German, no German-only notice —
 * while German legal terms stay German and are marked lang="de". Switching through the language
 * switcher keeps the page and its query, with and without JavaScript (plain links). Pages not yet
 * translated keep German content marked as such. Leichte Sprache also covers the Leistungs-Check
 * result (issue 8, point 3). Every state goes through axe.
 */
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import { checkAsPensioner } from "./support/check";

type Expected = { code: string; endonym: string; dir: "ltr" | "rtl"; languageNav: string; heading: string; title: string; notice: string };

const LANGUAGES: Expected[] = [
  { code: "en", endonym: "English", dir: "ltr", languageNav: "Language", heading: "Find the help you are entitled to", title: "Start page – Sozialplattform", notice: "The content of this page is only available in German so far." },
  { code: "tr", endonym: "Türkçe", dir: "ltr", languageNav: "Dil", heading: "Hakkınız olan yardımı bulun", title: "Ana sayfa – Sozialplattform", notice: "Bu sayfanın içeriği şimdilik yalnızca Almanca olarak mevcuttur." },
  { code: "ar", endonym: "العربية", dir: "rtl", languageNav: "اللغة", heading: "اعثر على المساعدة التي تستحقها", title: "الصفحة الرئيسية – Sozialplattform", notice: "محتوى هذه الصفحة متوفر حاليًا باللغة الألمانية فقط." },
  { code: "uk", endonym: "Українська", dir: "ltr", languageNav: "Мова", heading: "Знайдіть допомогу, на яку ви маєте право", title: "Головна сторінка – Sozialplattform", notice: "Зміст цієї сторінки поки що доступний лише німецькою мовою." },
  { code: "ru", endonym: "Русский", dir: "ltr", languageNav: "Язык", heading: "Найдите помощь, на которую вы имеете право", title: "Главная страница – Sozialplattform", notice: "Содержание этой страницы пока доступно только на немецком языке." },
];

const GERMAN_NOTICE = /Der Inhalt dieser Seite ist noch nur auf Deutsch verfügbar/;

for (const language of LANGUAGES) {
  test.describe(`Sprachen: ${language.endonym}`, () => {
    test("the start page is translated; switching keeps page and query", async ({ page }) => {
      await page.goto("/?quelle=sprachtest");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe finden, die Ihnen zusteht");

      await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: language.endonym, exact: true }).click();
      await expect(page).toHaveURL(/\/\?quelle=sprachtest$/);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", language.code);
      await expect(html).toHaveAttribute("dir", language.dir);
      await expect(page.locator("main")).not.toHaveAttribute("lang", /./);
      await expect(page.locator("main")).not.toHaveAttribute("dir", /./);
      await expect(page.getByText(language.notice)).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.heading);
      await expect(page).toHaveTitle(language.title);
      // The content is in the page's language: the direction the browser computes follows html.
      expect(await page.locator("main h1").evaluate((el) => getComputedStyle(el).direction)).toBe(language.dir);
      // Legal names stay German and are marked so (per passage), nothing else in main is.
      const german = page.locator("main [lang=de]");
      await expect(german.filter({ hasText: /^Wohngeld$/ })).toHaveCount(1);
      await expect(german.filter({ hasText: /^Grundsicherung$/ })).toHaveCount(1);
      await expect(page.getByRole("main").getByRole("link", { name: /Leichte Sprache/ })).toHaveAttribute("hreflang", "de");
      // The cards use the same words as the navigation.
      const nav = await page.getByRole("banner").locator(".sp-nav__link").allTextContents();
      const cards = await page.locator("main .kern-card .kern-title").allTextContents();
      expect(cards).toEqual(nav.slice(0, 3));
      await expectNoAxeViolations(page, `Startseite (${language.code})`);

      if (language.dir === "rtl") {
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "RTL at 320 px").toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `Startseite (${language.code}) bei 320 px`);
        await page.setViewportSize({ width: 1280, height: 720 });
      }

      // A page not yet translated keeps German content, marked and announced.
      await page.locator("main .kern-card .kern-title a").nth(0).click();
      await expect(page).toHaveURL(/\/leistungen$/);
      await expect(page.locator("main")).toHaveAttribute("lang", "de");
      await expect(page.getByText(language.notice)).toBeVisible();

      // Back on the start page, switching to German keeps the query and the German text.
      await page.goto("/?quelle=sprachtest");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.heading);
      await page.getByRole("navigation", { name: language.languageNav }).getByRole("link", { name: "Deutsch", exact: true }).click();
      await expect(page).toHaveURL(/\/\?quelle=sprachtest$/);
      await expect(html).toHaveAttribute("lang", "de");
      await expect(html).toHaveAttribute("dir", "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe finden, die Ihnen zusteht");
      await expect(page.locator("main [lang]")).toHaveCount(0);
      await expect(page.getByText(GERMAN_NOTICE)).toHaveCount(0);
    });
  });
}

test("Leichte Sprache overlays the start page's texts and keeps the rest German", async ({ page }) => {
  await page.goto("/?quelle=sprachtest");
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Leichte Sprache", exact: true }).click();
  await expect(page).toHaveURL(/\/\?quelle=sprachtest$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hilfe finden");
  await expect(page.getByText("Die Sozial-Plattform kostet nichts.", { exact: false })).toBeVisible();
  // Not overridden in Leichte Sprache: the German text.
  await expect(page.getByRole("main").getByRole("link", { name: "Die Sozialplattform in Leichter Sprache erklärt" })).toBeVisible();
  await expect(page.locator("main [lang]")).toHaveCount(0);
  await expect(page.getByText(GERMAN_NOTICE)).toHaveCount(0);
  await expectNoAxeViolations(page, "Startseite in Leichter Sprache");
});


test("Leichte Sprache on the Leistungs-Check result: verdicts and reasons in Leichte Sprache", async ({ page }) => {
  await checkAsPensioner(page);
  await expect(page.getByRole("heading", { name: "Nach Ihren Angaben eher nicht", exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Leichte Sprache", exact: true }).click();
  await expect(page).toHaveURL(/\/leistungs-check\/ergebnis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  await expect(page.getByRole("heading", { name: "Eher nicht", exact: true })).toBeVisible();
  const grundsicherung = page.getByRole("article", { name: "Grundsicherung im Alter und bei Erwerbsminderung" });
  await expect(grundsicherung.getByText("Sie haben die Alters-Grenze erreicht. Ab dieser Grenze bekommt man Alters-Rente.")).toBeVisible();
  await expect(page.getByText("In Ihrem Haushalt leben keine Kinder.").first()).toBeVisible();
  await expectNoAxeViolations(page, "Ergebnis in Leichter Sprache");
});

test("the centre finder in Arabic and English: status line and cards translated, query kept", async ({ page }) => {
  const query = /\/beratungsstellen\?thema=schulden&ort=04109$/;
  const status = page.locator(".sp-results > p[role=status]");
  await page.goto("/beratungsstellen?thema=schulden&ort=04109");
  await expect(status).toHaveText(/Beratungsstellen? gefunden im Umkreis von 25 km um 04109 Leipzig/);

  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "العربية", exact: true }).click();
  await expect(page).toHaveURL(query);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("main")).not.toHaveAttribute("lang", /./);
  await expect(page.getByText("محتوى هذه الصفحة متوفر حاليًا باللغة الألمانية فقط.")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البحث عن استشارة");
  await expect(page).toHaveTitle("البحث عن استشارة: الديون – Sozialplattform");
  await expect(status).toHaveText(/^عدد مراكز الاستشارة التي تم العثور عليها في نطاق 25 كم حول 04109 Leipzig: \d+ – الصفحة 1 من \d+$/);
  await expect(page.getByRole("navigation", { name: "صفحات قائمة النتائج" }).getByRole("link", { name: "الصفحة التالية" })).toBeVisible();
  const card = page.locator(".sp-hit").first();
  await expect(card).toContainText("طرق التواصل:");
  await expect(card).toContainText("الديون");
  await expect(card).toContainText(/على بعد \d+\.\d كم/);
  await expect(card).toContainText(/اليوم |لم تُذكر أوقات الدوام/);
  await expect(page.getByLabel("الموضوع")).toContainText(/الديون \(\d+\)/);
  await expectNoAxeViolations(page, "Beratungsstellen-Suche (ar)");

  await page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(query);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(status).toHaveText(/^\d+ counselling centres found within 25 km of 04109 Leipzig – page 1 of \d+$/);
  await expect(page.locator(".sp-hit").first()).toContainText(/Reachable by: .* · Languages: /);
  await expect(page.locator(".sp-hit").first()).toContainText(/\d+\.\d km away/);
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
});
