/**
 * The Leistungs-Check of a pensioner living alone (70, renting, 1,010 € gross pension), the
 * shortest way to a result page with Grundsicherung im Alter and Wohngeld among the results:
 * five steps, then the summary, then the result.
 */
import type { Page } from "@playwright/test";
import { expect } from "./test";

const choose = (page: Page, question: string, option: string) => page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
const next = (page: Page) => page.getByRole("button", { name: /^(Weiter|Speichern und weiter)$/ }).click();
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

export async function checkAsPensioner(page: Page, plz = "04109") {
  await page.goto("/leistungs-check");
  await page.getByRole("link", { name: "Leistungs-Check starten" }).click();
  await page.getByLabel("Wie alt sind Sie?").fill("70");
  await page.getByLabel("Wie ist die Postleitzahl Ihres Wohnorts?").fill(plz);
  await choose(page, "Wie wohnen Sie?", "Zur Miete");
  await choose(page, "Leben Sie mit einer Partnerin oder einem Partner zusammen?", "Nein");
  await page.getByLabel("Wie viele Kinder unter 25 Jahren leben bei Ihnen?").fill("0");
  await page.getByLabel("Wie viele weitere Personen leben mit Ihnen in einem gemeinsamen Haushalt?").fill("0");
  await next(page);
  await expect(heading(page)).toHaveText("Wohnen");
  await page.getByLabel("Wie hoch ist Ihre Miete im Monat ohne Heizung?").fill("450");
  await page.getByLabel(/Wie viel zahlen Sie im Monat für Heizung/).fill("60");
  await next(page);
  await expect(heading(page)).toHaveText("Personen im Haushalt");
  await choose(page, "Was machen Sie zurzeit hauptsächlich?", "In Rente oder Pension");
  await next(page);
  await expect(heading(page)).toHaveText("Gesundheit und Lebenslage");
  await choose(page, "Hat jemand in Ihrem Haushalt einen Pflegegrad oder eine anerkannte Behinderung?", "Nein");
  await choose(page, "Bekommen Sie oder jemand in Ihrem Haushalt schon Bürgergeld, Grundsicherungsgeld oder Sozialhilfe?", "Nein");
  await next(page);
  await expect(heading(page)).toHaveText("Einkommen und Vermögen");
  await page.getByLabel("Wie hoch ist Ihre Rente im Monat vor Abzügen (brutto)?").fill("1.010");
  await page.getByLabel("Wie viel davon bekommen Sie im Monat ausgezahlt (netto)?").fill("900");
  await page.getByLabel("Wie viel Vermögen hat Ihr Haushalt ungefähr?").fill("0");
  await next(page);
  await expect(heading(page)).toHaveText("Ihre Angaben prüfen");
  await page.getByRole("link", { name: "Ergebnis anzeigen" }).click();
  await expect(heading(page)).toHaveText("Ihr Ergebnis");
}
