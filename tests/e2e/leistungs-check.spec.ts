/**
 * The Leistungs-Check end to end, for the three personas of the issue, with and without
 * JavaScript (both projects run this file): every step, a step with errors, the summary and the
 * result go through axe; back and change, the print view and "Alle Angaben löschen" are used.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

const withJs = () => test.info().project.use.javaScriptEnabled !== false;
/** Intl writes a no-break space before "€". */
const amount = (text: string) => new RegExp(text.replace(/\./g, "\\.").replace(/ /g, "[\\s\\u00a0]"));

async function start(page: Page) {
  await page.goto("/leistungs-check");
  await expect(page).toHaveTitle("Leistungs-Check – Sozialplattform");
  await expectNoAxeViolations(page, "Leistungs-Check Start");
  await page.getByRole("link", { name: "Leistungs-Check starten" }).click();
}

/** Checks where we are, runs axe, answers, and goes on. */
async function step(page: Page, progress: string, title: string, answer: () => Promise<void>) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(progress, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${title} – ${progress} – Leistungs-Check – Sozialplattform`);
  await expectNoAxeViolations(page, `${title} (${progress})`);
  await answer();
  await page.getByRole("button", { name: /^(Weiter|Speichern und weiter)$/ }).click();
}

const choose = (page: Page, question: string, option: string) =>
  page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();

async function household(page: Page, a: { alter: string; partner: "Ja" | "Nein"; kinder: string }) {
  await page.getByLabel("Wie alt sind Sie?").fill(a.alter);
  await page.getByLabel("Wie ist die Postleitzahl Ihres Wohnorts?").fill("04109");
  await choose(page, "Wie wohnen Sie?", "Zur Miete");
  await choose(page, "Leben Sie mit einer Partnerin oder einem Partner zusammen?", a.partner);
  await page.getByLabel("Wie viele Kinder unter 25 Jahren leben bei Ihnen?").fill(a.kinder);
  await page.getByLabel("Wie viele weitere Personen leben mit Ihnen in einem gemeinsamen Haushalt?").fill("0");
}

async function toResult(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben prüfen");
  await expectNoAxeViolations(page, "Zusammenfassung");
  await page.getByRole("link", { name: "Ergebnis anzeigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  await expect(page).toHaveTitle("Ihr Ergebnis – Leistungs-Check – Sozialplattform");
  await expectNoAxeViolations(page, "Ergebnis");
}

const group = (page: Page, verdict: string) => page.getByRole("region", { name: verdict, exact: true });
const benefit = (page: Page, title: string) => page.getByRole("article", { name: title, exact: true });

test.describe("Leistungs-Check", () => {
  // Whole journeys with an axe scan on every page take longer than a single page check.
  test.describe.configure({ timeout: 180_000 });

  test("a pensioner living alone sees Grundsicherung im Alter with an amount; errors are explained", async ({ page }) => {
    await start(page);

    // Step 1, first sent empty: an error summary on top, every field explained, the title says so.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sie und Ihr Haushalt");
    await page.getByLabel("Wie alt sind Sie?").fill("siebzig");
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(page).toHaveTitle(/^Fehler: Sie und Ihr Haushalt – Schritt 1 von 5/);
    const summary = page.getByRole("region", { name: "Bitte prüfen Sie 6 Angaben" });
    await expect(summary).toBeVisible();
    await expect(page.locator("main .sp-check > :first-child")).toHaveClass(/sp-error-summary/);
    if (withJs()) await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Bitte geben Sie Ihr Alter als ganze Zahl an, zum Beispiel 34." })).toHaveAttribute("href", "#alter");
    const age = page.getByLabel("Wie alt sind Sie?");
    await expect(age).toHaveValue("siebzig");
    await expect(age).toHaveAttribute("aria-invalid", "true");
    await expect(age).toHaveAccessibleDescription(/Ihr Alter in Jahren.*Fehler: Bitte geben Sie Ihr Alter als ganze Zahl an/);
    await expectNoAxeViolations(page, "Schritt 1 mit Fehlern");

    await household(page, { alter: "70", partner: "Nein", kinder: "0" });
    await page.getByRole("button", { name: "Weiter" }).click();
    await step(page, "Schritt 2 von 5", "Wohnen", async () => {
      await page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("450");
      await page.getByLabel(/Wie viel zahlen Sie im Monat für Heizung/).fill("60,00");
    });
    await step(page, "Schritt 3 von 5", "Personen im Haushalt", () => choose(page, "Was machen Sie zurzeit hauptsächlich?", "In Rente oder Pension"));
    await step(page, "Schritt 4 von 5", "Gesundheit und Lebenslage", async () => {
      // At 70 neither the ability to work nor a pregnancy is asked.
      await expect(page.getByText("Können Sie mindestens 3 Stunden am Tag arbeiten?")).toHaveCount(0);
      await expect(page.getByText("Sind Sie schwanger?")).toHaveCount(0);
      await choose(page, "Hat jemand in Ihrem Haushalt einen Pflegegrad oder eine anerkannte Behinderung?", "Nein");
      await choose(page, "Bekommen Sie oder jemand in Ihrem Haushalt schon Bürgergeld, Grundsicherungsgeld oder Sozialhilfe?", "Nein");
    });
    await step(page, "Schritt 5 von 5", "Einkommen und Vermögen", async () => {
      await page.getByLabel("Wie hoch ist Ihre Rente im Monat vor Abzügen (brutto)?").fill("1.010");
      await page.getByLabel("Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?").fill("900");
      await expect(page.getByRole("group", { name: "Was wird von Ihrer Rente bezahlt?" }).getByLabel("Beiträge zur Kranken- und Pflegeversicherung")).toBeChecked();
      await page.getByLabel("Wie viel Vermögen hat Ihr Haushalt ungefähr?").fill("0");
    });
    await toResult(page);

    // Need 563 € Regelbedarf + 450 € rent + 60 € heating, minus the 900 € paid out.
    const grundsicherung = benefit(page, "Grundsicherung im Alter und bei Erwerbsminderung");
    await expect(grundsicherung.getByText(amount("ca. 173 € im Monat"))).toBeVisible();
    await expect(grundsicherung.getByText("Zuständig ist in der Regel: Sozialamt", { exact: false })).toBeVisible();
    await expect(grundsicherung.getByRole("link", { name: /Beratungsstelle zum Thema/ })).toHaveAttribute("href", /\/beratungsstellen\?thema=\w+&plz=04109/);
    await expect(page.getByRole("region", { name: "Wichtig: Welche Leistung zuerst kommt" })).toContainText("Wohngeld geht vor");
    await expect(group(page, "Nach Ihren Angaben eher nicht").getByRole("article", { name: "Kindergeld" })).toBeVisible();

    // Print: a button with JavaScript, an instruction without; the printout shows the result only.
    if (withJs()) {
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute("data-printed", "ja");
      });
      await page.getByRole("button", { name: "Drucken oder als PDF speichern" }).click();
      await expect(page.locator("body")).toHaveAttribute("data-printed", "ja");
    } else {
      await expect(page.getByText(/nutzen Sie die Druckfunktion Ihres Browsers/)).toBeVisible();
    }
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Alle Angaben löschen" })).toBeHidden();
    await expect(grundsicherung.getByText(amount("ca. 173 € im Monat"))).toBeVisible();
  });

  test("a single parent with two children and a part-time job sees Kinderzuschlag, Wohngeld and the Vorrang note", async ({ page }) => {
    await start(page);
    await step(page, "Schritt 1 von 5", "Sie und Ihr Haushalt", () => household(page, { alter: "34", partner: "Nein", kinder: "2" }));
    await step(page, "Schritt 2 von 5", "Wohnen", () => page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("750"));
    await step(page, "Schritt 3 von 5", "Personen im Haushalt", async () => {
      await choose(page, "Was machen Sie zurzeit hauptsächlich?", "Angestellt, auch in Teilzeit oder im Minijob");
      await page.getByLabel("Wie alt ist Ihr 1. Kind?").fill("4");
      await page.getByLabel("Wie alt ist Ihr 2. Kind?").fill("9");
    });
    await step(page, "Schritt 4 von 5", "Gesundheit und Lebenslage", async () => {
      await choose(page, "Können Sie mindestens 3 Stunden am Tag arbeiten?", "Ja");
      await choose(page, "Sind Sie schwanger?", "Nein");
      await choose(page, "Hat jemand in Ihrem Haushalt einen Pflegegrad oder eine anerkannte Behinderung?", "Nein");
      await choose(page, "Bekommen Sie oder jemand in Ihrem Haushalt schon Bürgergeld, Grundsicherungsgeld oder Sozialhilfe?", "Nein");
    });

    // An amount we cannot read comes back with an explanation and exactly as typed.
    await page.getByLabel("Wie hoch ist Ihr Lohn im Monat vor Abzügen (brutto)?").fill("1.600");
    await page.getByLabel("Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?").fill("zwölfhundert");
    await page.getByLabel("Wie viel Vermögen hat Ihr Haushalt ungefähr?").fill("500");
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(page).toHaveTitle(/^Fehler: Einkommen und Vermögen/);
    await expect(page.getByRole("link", { name: /Bitte geben Sie den Nettobetrag von Ihrem Lohn als Betrag in Euro an/ })).toBeVisible();
    await expect(page.getByLabel("Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?")).toHaveValue("zwölfhundert");
    await expect(page.getByLabel("Wie hoch ist Ihr Lohn im Monat vor Abzügen (brutto)?")).toHaveValue("1.600");
    await expectNoAxeViolations(page, "Einkommen mit Fehler");

    await page.getByLabel("Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?").fill("1.200,00");
    await expect(page.getByLabel(/Wie viel Unterhalt oder Unterhaltsvorschuss/)).toHaveValue("");
    await page.getByRole("button", { name: "Weiter" }).click();

    // Change an answer from the summary and come back to it.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben prüfen");
    await page.getByRole("link", { name: "Ändern – Wie hoch ist Ihre Miete im Monat ohne Heizung?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnen");
    await expect(page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?")).toHaveValue("750");
    await page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("700");
    await page.getByRole("button", { name: "Speichern und weiter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben prüfen");
    await expect(page.getByText(amount("700 € im Monat"))).toBeVisible();
    await page.getByRole("link", { name: "Ändern – Wie hoch ist Ihre Miete im Monat ohne Heizung?" }).click();
    await page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("750");
    await page.getByRole("button", { name: "Speichern und weiter" }).click();
    await expect(page.getByText(amount("750 € im Monat"))).toBeVisible();

    await toResult(page);
    await expect(benefit(page, "Kinderzuschlag").getByText(/ca\. [\d.]+[\s\u00a0]€ im Monat/)).toBeVisible();
    await expect(benefit(page, "Wohngeld").getByText(/ca\. [\d.]+[\s\u00a0]€ im Monat/)).toBeVisible();
    await expect(group(page, "Wahrscheinlich").getByRole("article", { name: "Wohngeld" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Wichtig: Welche Leistung zuerst kommt" })).toContainText("Wohngeld und Kinderzuschlag gehen vor");
    // Kindergeld for two children: 2 × 259 € (2026).
    await expect(benefit(page, "Kindergeld").getByText(amount("ca. 518 € im Monat"))).toBeVisible();
  });

  test("an unemployed young adult sees Grundsicherungsgeld with Regelbedarf and housing; a left branch is dropped; all answers can be deleted", async ({ page }) => {
    await start(page);
    await step(page, "Schritt 1 von 5", "Sie und Ihr Haushalt", () => household(page, { alter: "30", partner: "Ja", kinder: "0" }));
    await step(page, "Schritt 2 von 5", "Wohnen", async () => {
      await page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("450");
      await page.getByLabel(/Wie viel zahlen Sie im Monat für Heizung/).fill("70");
    });

    // With a partner the step asks about the partner; going back and answering "Nein" removes that branch.
    await expect(page.getByLabel("Wie alt ist Ihre Partnerin oder Ihr Partner?")).toBeVisible();
    await page.getByRole("link", { name: "Zurück" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnen");
    await expect(page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?")).toHaveValue("450");
    await page.getByRole("link", { name: "Zurück" }).click();
    await expect(page.getByLabel("Wie alt sind Sie?")).toHaveValue("30");
    await choose(page, "Leben Sie mit einer Partnerin oder einem Partner zusammen?", "Nein");
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnen");
    await page.getByRole("button", { name: "Weiter" }).click();

    await step(page, "Schritt 3 von 5", "Personen im Haushalt", async () => {
      await expect(page.getByLabel("Wie alt ist Ihre Partnerin oder Ihr Partner?")).toHaveCount(0);
      await choose(page, "Was machen Sie zurzeit hauptsächlich?", "Arbeitslos oder auf Arbeitssuche");
    });
    await step(page, "Schritt 4 von 5", "Gesundheit und Lebenslage", async () => {
      await choose(page, "Können Sie mindestens 3 Stunden am Tag arbeiten?", "Ja");
      await choose(page, "Sind Sie schwanger?", "Nein");
      await choose(page, "Hat jemand in Ihrem Haushalt einen Pflegegrad oder eine anerkannte Behinderung?", "Nein");
      await choose(page, "Bekommen Sie oder jemand in Ihrem Haushalt schon Bürgergeld, Grundsicherungsgeld oder Sozialhilfe?", "Nein");
    });
    await step(page, "Schritt 5 von 5", "Einkommen und Vermögen", async () => {
      await expect(page.getByLabel("Wie viel Arbeitslosengeld bekommen Sie im Monat?")).toHaveValue("");
      await page.getByLabel("Wie viel Vermögen hat Ihr Haushalt ungefähr?").fill("0");
    });
    await expect(page.getByText("Wie alt ist Ihre Partnerin oder Ihr Partner?")).toHaveCount(0);
    await toResult(page);

    // 563 € Regelbedarf (Stufe 1) + 450 € rent + 70 € heating as stated.
    const grundsicherungsgeld = group(page, "Wahrscheinlich").getByRole("article", { name: "Grundsicherungsgeld" });
    await expect(grundsicherungsgeld.getByText(amount("ca. 1.083 € im Monat"))).toBeVisible();
    await expect(grundsicherungsgeld.getByText("Arbeitslosengeld geht vor", { exact: false })).toBeVisible();

    // Delete everything: a confirmation, and the answers are gone.
    await page.getByRole("button", { name: "Alle Angaben löschen" }).click();
    await expect(page).toHaveURL(/\/leistungs-check$/);
    await expect(page.getByText("Ihre Angaben wurden gelöscht.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page, "Start nach dem Löschen");
    await page.goto("/leistungs-check/ergebnis");
    await expect(page).toHaveURL(/\/leistungs-check\/haushalt$/);
    await expect(page.getByLabel("Wie alt sind Sie?")).toHaveValue("");
  });
});
