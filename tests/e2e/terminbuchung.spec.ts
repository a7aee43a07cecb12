/**
 * Booking an appointment as a help seeker (issue 6), with and without JavaScript, axe on every
 * state: centre page → kind → day (paged by week) → time → form (first with errors, then right)
 * → confirmation → management link → cancel. Also: a time taken meanwhile offers three
 * alternatives and keeps the form; a double submit gives the same booking; the next free slot on
 * the centre page and in the finder moves on when that slot is booked.
 *
 * Each test books at a demo centre of its own per project (/test/terminstelle?nr=…), so the
 * projects running in parallel never compete for a slot.
 */
import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

type Centre = { id: string; slug: string; name: string };
type Slot = { start: string; art: string };

const js = (info: TestInfo) => info.project.use.javaScriptEnabled !== false;

async function centreNr(request: APIRequestContext, nr: number): Promise<Centre> {
  return (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as Centre;
}

async function freeSlots(request: APIRequestContext, centre: Centre, art = "telefon"): Promise<string[]> {
  const von = new Date().toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const answer = await request.get(`/api/v1/beratungsstellen/${centre.id}/termine?von=${von}&bis=${bis}&art=${art}`);
  return ((await answer.json()) as { termine: Slot[] }).termine.map((slot) => slot.start);
}

const DAY = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });
const slotText = (start: string) => `${DAY.format(new Date(start))}, ${TIME.format(new Date(start))} Uhr`;

async function expectStep(page: Page, step: number, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: `Schritt ${step} von 4: ${title}` })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`Schritt ${step} von 4: ${title} – Termin vereinbaren – Sozialplattform$`));
}

/** The form of step 4 at a slot given by its start (as the API lists it). */
function formUrl(centre: Centre, start: string): string {
  const query = new URLSearchParams({ art: "telefon", tag: start.slice(0, 10), zeit: new Date(start).toISOString() });
  return `/beratungsstellen/${centre.slug}/termin?${query}`;
}

test("book without e-mail: kind, day, time, form with errors, confirmation, management link, cancel", async ({ page, request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 1 : 2);
  await page.goto(`/beratungsstellen/${centre.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: "Termin online vereinbaren" })).toBeVisible();
  await expect(page.getByText(/^Nächster freier Termin:/)).toBeVisible();
  await page.getByRole("link", { name: "Termin vereinbaren", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Termin vereinbaren");
  await expectStep(page, 1, "Art des Termins");
  const kinds = page.getByRole("group", { name: "Wie möchten Sie beraten werden?" });
  await expect(kinds.getByRole("radio")).toHaveCount(2); // the demo calendars offer on site and phone, no video
  await expectNoAxeViolations(page, "Schritt 1");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("link", { name: "Bitte wählen Sie, wie Sie beraten werden möchten." })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: Schritt 1 von 4/);
  await expectNoAxeViolations(page, "Schritt 1 ohne Auswahl");
  await kinds.getByLabel("Telefon").check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expectStep(page, 2, "Tag");
  const chosen = page.getByRole("region", { name: "Ihre Auswahl" });
  await expect(chosen).toContainText("Telefon");
  await expect(chosen.getByRole("link", { name: "ändern (Art des Termins)" })).toBeVisible();
  const week = page.getByRole("heading", { level: 3, name: /^Woche vom / });
  const firstWeek = await week.textContent();
  await expectNoAxeViolations(page, "Schritt 2");
  await page.getByRole("navigation", { name: "Andere Wochen" }).getByRole("link", { name: /^Nächste Woche/ }).click();
  await expect(week).not.toHaveText(firstWeek!);
  await expectNoAxeViolations(page, "Schritt 2, nächste Woche");
  await page.getByRole("navigation", { name: "Andere Wochen" }).getByRole("link", { name: /^Vorherige Woche/ }).click();
  await expect(week).toHaveText(firstWeek!);
  const day = page.getByRole("group", { name: /An welchem Tag/ }).getByRole("radio").first();
  const dayLabel = ((await page.locator(`label[for="${await day.getAttribute("id")}"]`).textContent()) ?? "").split(" – ")[0]!;
  await day.check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expectStep(page, 3, "Uhrzeit");
  await expect(chosen).toContainText(dayLabel);
  await expectNoAxeViolations(page, "Schritt 3");
  const time = page.getByRole("group", { name: `Welche Uhrzeit am ${dayLabel}?` }).getByRole("radio").first();
  const timeLabel = (await page.locator(`label[for="${await time.getAttribute("id")}"]`).textContent())!;
  await time.check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expectStep(page, 4, "Ihre Angaben");
  await expect(chosen).toContainText(timeLabel);
  await expect(chosen.getByRole("link", { name: "ändern (Uhrzeit)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Datenschutzhinweisen zur Terminbuchung" })).toHaveAttribute("href", "/termine/datenschutz");
  await expectNoAxeViolations(page, "Schritt 4");
  await page.getByLabel("Telefonnummer").fill("0341 000000");
  await page.getByLabel("Kurze Nachricht an die Beratungsstelle").fill("Demo-Nachricht: Fragen zu einer Mahnung.");
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  const summary = page.getByRole("region", { name: "Bitte prüfen Sie 2 Angaben" });
  await expect(summary.getByRole("link", { name: "Bitte geben Sie einen Namen oder ein Pseudonym ein." })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Datenschutzhinweise gelesen/ })).toBeVisible();
  await expect(page.getByLabel("Telefonnummer")).toHaveValue("0341 000000");
  await expect(page.getByLabel("Kurze Nachricht an die Beratungsstelle")).toHaveValue("Demo-Nachricht: Fragen zu einer Mahnung.");
  await expectNoAxeViolations(page, "Schritt 4 mit Fehlern");

  await page.getByLabel("Name oder Pseudonym").fill("Pseudonym Birke");
  await page.getByLabel(/Ich habe die Datenschutzhinweise gelesen/).check();
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
  await expect(page).toHaveURL(/\/termine\/verwalten\/[\w-]+\/bestaetigung$/);
  const main = page.getByRole("main");
  await expect(main).toContainText(dayLabel);
  await expect(main).toContainText(timeLabel);
  await expect(main).toContainText("Die Beratungsstelle ruft Sie zur vereinbarten Zeit unter 0341 000000 an.");
  await expect(main.getByText(/^T-[2-9A-Z]{4}-[2-9A-Z]{4}$/).first()).toBeVisible();
  await expect(page.getByText("Bitte Buchungscode und Link aufbewahren")).toBeVisible();
  await expectNoAxeViolations(page, "Bestätigung");
  const ics = await request.get((await page.getByRole("link", { name: /Kalender übernehmen/ }).getAttribute("href"))!);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("BEGIN:VEVENT");
  const confirmation = await request.get(new URL(page.url()).pathname);
  expect(confirmation.headers()["cache-control"]).toBe("no-store");
  expect(confirmation.headers()["referrer-policy"]).toBe("same-origin");

  await page.getByRole("link", { name: /\/termine\/verwalten\// }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin");
  expect((await request.get(new URL(page.url()).pathname)).headers()["cache-control"]).toBe("no-store");
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(page.getByText("Der Termin ist abgesagt")).toBeVisible();
  await expectNoAxeViolations(page, "abgesagt");
});

test("a time taken meanwhile: message, three alternatives, form data kept", async ({ page, request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 5 : 6);
  const [wanted] = await freeSlots(request, centre);
  await page.goto(formUrl(centre, wanted!));
  await expectStep(page, 4, "Ihre Angaben");
  await page.getByLabel("Name oder Pseudonym").fill("Pseudonym Erle");
  await page.getByLabel("E-Mail-Adresse").fill("erle@example.org");
  await page.getByLabel(/Ich habe die Datenschutzhinweise gelesen/).check();
  // Someone else books the same time first.
  const other = await request.post("/api/v1/termine", { data: { beratungsstelle_id: centre.id, start: wanted, art: "telefon", name: "Pseudonym Andere" } });
  expect(other.status()).toBe(201);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();

  await expect(page.getByText("Dieser Termin ist inzwischen vergeben")).toBeVisible();
  const alternatives = page.getByRole("group", { name: "Nächste freie Zeiten" }).getByRole("radio");
  await expect(alternatives).toHaveCount(3);
  await expect(page.getByLabel("Name oder Pseudonym")).toHaveValue("Pseudonym Erle");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("erle@example.org");
  await expectNoAxeViolations(page, "Termin vergeben");
  await alternatives.first().check();
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
  await expect(page.getByText(/Eine Bestätigung und einen Tag vorher eine Erinnerung/)).toBeVisible();
  await expect(page.getByText("Bitte Buchungscode und Link aufbewahren")).toHaveCount(0);
  await expectNoAxeViolations(page, "Bestätigung mit E-Mail");
});

test("the same form sent twice gives the same booking", async ({ request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 8 : 9);
  const [start] = await freeSlots(request, centre);
  const url = formUrl(centre, start!);
  const form = { art: "telefon", zeit: new Date(start!).toISOString(), schluessel: `e2e-${testInfo.project.name}-${Date.now()}`, name: "Pseudonym Esche", einwilligung: "ja" };
  const first = await request.post(url, { form, maxRedirects: 0 });
  const second = await request.post(url, { form, maxRedirects: 0 });
  expect(first.status()).toBe(303);
  expect(second.status()).toBe(303);
  expect(first.headers()["location"]).toMatch(/^\/termine\/verwalten\/[\w-]+\/bestaetigung$/);
  expect(second.headers()["location"]).toBe(first.headers()["location"]);
});

test("the next free slot on the centre page and in the finder moves on when it is booked", async ({ page, request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 3 : 4);
  const [first, second] = await freeSlots(request, centre);
  const next = page.getByText(/^Nächster freier Termin:/);
  await page.goto(`/beratungsstellen/${centre.slug}`);
  await expect(next).toContainText(slotText(first!));
  await page.goto(`/beratungsstellen?q=${encodeURIComponent(centre.name)}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: centre.name, exact: true }) });
  await expect(card).toContainText(`Nächster freier Termin: ${slotText(first!)}`);
  await expect(card.getByRole("link", { name: `Termin vereinbaren bei ${centre.name}` })).toHaveAttribute("href", `/beratungsstellen/${centre.slug}/termin`);
  await expectNoAxeViolations(page, "Suche mit nächstem freien Termin");

  const booked = await request.post("/api/v1/termine", { data: { beratungsstelle_id: centre.id, start: first, art: "telefon", name: "Pseudonym Ulme" } });
  expect(booked.status()).toBe(201);
  await page.reload();
  await expect(card).toContainText(`Nächster freier Termin: ${slotText(second!)}`);
  await page.goto(`/beratungsstellen/${centre.slug}`);
  await expect(next).toContainText(slotText(second!));
  await expectNoAxeViolations(page, "Seite mit nächstem freien Termin");
});
