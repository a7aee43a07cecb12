/**
 * The help seeker's optional account end to end, with and without JavaScript (both projects run
 * this file), axe on every page: register, run a short Leistungs-Check and save the result, see
 * and open it under /konto, download the data (JSON checked), delete the account with the
 * password, and the login no longer works. And: a logged-in help seeker books an appointment, sees
 * it under "Meine Termine" and opens its management page from there.
 */
import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import { checkAsPensioner } from "./support/check";

const PASSWORT = "ein sehr langes E2E-Kontopasswort";

/** Registers a new help seeker account through the page; ends on /konto, logged in. */
async function register(page: Page, pseudonym: string) {
  await page.goto("/konto/registrieren");
  await page.getByLabel("Pseudonym").fill(pseudonym);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORT);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORT);
  await page.getByLabel("Ich habe den Datenschutzhinweis gelesen und bin einverstanden.").check();
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
}

type Centre = { id: string; slug: string; name: string };

/** A free phone slot three or more days ahead at demo centre `nr` (the booking specs use others). */
async function freeSlot(request: APIRequestContext, nr: number): Promise<{ centre: Centre; slot: { start: string; ende: string } }> {
  const centre = (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as Centre;
  const von = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 17 * 86_400_000).toISOString().slice(0, 10);
  const answer = await request.get(`/api/v1/beratungsstellen/${centre.id}/termine?von=${von}&bis=${bis}&art=telefon`);
  const [slot] = ((await answer.json()) as { termine: { start: string; ende: string }[] }).termine;
  expect(slot).toBeTruthy();
  return { centre, slot: slot! };
}

const DAY = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });



test.describe("Konto für Ratsuchende", () => {
  test.describe.configure({ timeout: 180_000 });

  test("register, save a Leistungs-Check result, download the data, delete the account", async ({ page }, testInfo) => {
    const pseudonym = `E2E Eule ${testInfo.project.name} ${Date.now() % 1_000_000}`;

    // Registration, first with errors: the typed pseudonym stays, passwords are not echoed.
    await page.goto("/anmelden");
    await page.getByRole("link", { name: "Konto anlegen" }).click();
    await expect(page).toHaveTitle("Konto anlegen – Sozialplattform");
    await expectNoAxeViolations(page, "Registrieren");
    await page.getByLabel("Pseudonym").fill(pseudonym);
    await page.getByLabel("Passwort", { exact: true }).fill("zu kurz");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(page.getByRole("region", { name: /Bitte prüfen Sie 2 Angaben/ })).toBeVisible();
    await expect(page.getByLabel("Pseudonym")).toHaveValue(pseudonym);
    // Without JavaScript the page comes back from the server: the password is not sent back.
    if (testInfo.project.use.javaScriptEnabled === false) await expect(page.getByLabel("Passwort", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(page, "Registrieren mit Fehlern");
    await page.getByLabel("Passwort", { exact: true }).fill(PASSWORT);
    await page.getByLabel("Passwort wiederholen").fill(PASSWORT);
    await page.getByLabel("Ich habe den Datenschutzhinweis gelesen und bin einverstanden.").check();
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
    await expect(page.getByText("Ihr Konto ist angelegt")).toBeVisible();
    await expect(page.getByText(`Angemeldet als ${pseudonym}`)).toBeVisible();
    await expectNoAxeViolations(page, "Konto leer");

    // A short Leistungs-Check, saved into the account.
    await checkAsPensioner(page);
    await expectNoAxeViolations(page, "Ergebnis mit Speichern-Knopf");
    await page.getByRole("button", { name: "Ergebnis in meinem Konto speichern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
    await expect(page.getByText("Ihr Ergebnis ist in Ihrem Konto gespeichert.")).toBeVisible();
    const saved = page.getByRole("region", { name: "Gespeicherte Ergebnisse des Leistungs-Checks" });
    await expect(saved.getByText(/Wahrscheinlich: .*Wohngeld/)).toBeVisible();
    await expectNoAxeViolations(page, "Konto mit Ergebnis");
    await saved.getByRole("link", { name: /^Ergebnis vom .* ansehen$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ergebnis vom /);
    await expect(page.getByRole("article", { name: "Wohngeld", exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "Gespeichertes Ergebnis");
    await page.getByRole("link", { name: "Zurück zu Mein Konto" }).click();

    // Data download (Art. 15/20).
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Meine Daten herunterladen (JSON)" }).click();
    const download = await downloading;
    const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(exported).toMatchObject({ format: "sozialplattform-konto-export/1", konto: { pseudonym, rolle: "ratsuchend", email: null }, termine: [], gespraeche: [] });
    expect(exported.gespeicherte_ergebnisse).toHaveLength(1);
    expect(exported.gespeicherte_ergebnisse[0].wahrscheinliche_leistungen).toContain("Wohngeld");
    expect(JSON.stringify(exported)).not.toMatch(/argon2/i);

    // Deletion (Art. 17): a wrong password first, then the right one.
    await page.getByRole("link", { name: "Konto und alle Daten löschen" }).click();
    await expect(page).toHaveTitle("Konto und alle Daten löschen – Sozialplattform");
    await expectNoAxeViolations(page, "Konto löschen");
    await page.getByLabel("Ihr Passwort zur Bestätigung").fill("ein falsches Passwort");
    await page.getByRole("button", { name: "Konto und alle Daten endgültig löschen" }).click();
    await expect(page.getByRole("region", { name: "Konto nicht gelöscht" })).toBeVisible();
    await expectNoAxeViolations(page, "Konto löschen mit Fehler");
    await page.getByLabel("Ihr Passwort zur Bestätigung").fill(PASSWORT);
    await page.getByRole("button", { name: "Konto und alle Daten endgültig löschen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Konto ist gelöscht");
    await expectNoAxeViolations(page, "Konto gelöscht");

    // The account page asks for a login again, and the login fails.
    await page.goto("/konto");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmelden");
    await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(pseudonym);
    await page.getByLabel("Passwort").fill(PASSWORT);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("region", { name: "Anmeldung nicht möglich" })).toBeVisible();
    await expectNoAxeViolations(page, "Anmeldung nach Löschung");
  });

  test("a logged-in help seeker books an appointment, sees it in the account and opens its management page", async ({ page, request }, testInfo) => {
    const pseudonym = `E2E Kauz ${testInfo.project.name} ${Date.now() % 1_000_000}`;
    await register(page, pseudonym);
    await expect(page.getByRole("region", { name: "Meine Termine" })).toContainText("Noch keine.");

    const { centre, slot } = await freeSlot(request, testInfo.project.use.javaScriptEnabled === false ? 15 : 14);
    const query = new URLSearchParams({ art: "telefon", tag: slot.start.slice(0, 10), zeit: new Date(slot.start).toISOString() });
    await page.goto(`/beratungsstellen/${centre.slug}/termin?${query}`);
    await expect(page.getByRole("heading", { level: 2, name: "Schritt 4 von 4: Ihre Angaben" })).toBeVisible();
    await page.getByLabel("Name oder Pseudonym").fill("Pseudonym Kauz");
    await page.getByLabel(/Ich habe die Datenschutzhinweise gelesen/).check();
    await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
    const code = (await page.getByRole("main").getByText(/^T-[2-9A-Z]{4}-[2-9A-Z]{4}$/).first().textContent())!;

    await page.goto("/konto");
    const zeit = `${DAY.format(new Date(slot.start))}, ${TIME.format(new Date(slot.start))} bis ${TIME.format(new Date(slot.ende))} Uhr`;
    const termine = page.getByRole("region", { name: "Meine Termine" });
    await expect(termine.getByRole("heading", { level: 3, name: "Kommende Termine" })).toBeVisible();
    await expect(termine).toContainText(zeit);
    await expect(termine).toContainText(centre.name);
    await expect(termine).toContainText(`Buchungscode ${code}`);
    await expect(termine).toContainText("Stand: Gebucht");
    await expectNoAxeViolations(page, "Konto mit Termin");

    await termine.getByRole("link", { name: `Termin am ${zeit} ansehen` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin");
    await expect(page).toHaveURL(/\/termine\/verwalten\/[\w-]+$/);
    await expect(page.getByRole("main")).toContainText(code);
    await expect(page.getByRole("main")).toContainText(centre.name);
    await expect(page.getByRole("button", { name: "Termin absagen" })).toBeVisible();
    await expectNoAxeViolations(page, "Termin aus dem Konto");
  });
});
