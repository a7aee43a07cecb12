/**
 * Moving a booked appointment through the private management link (issue 6: "absagen oder
 * verschieben"), with and without JavaScript, axe on every state: a booking without e-mail and
 * without account is moved with the list picker (day, time, confirm) to another time of the same
 * day; the confirmation and the calendar file show the new time, and the booking picker offers
 * the old time again and the new one no longer. A time taken while confirming offers the nearest
 * free times instead. Each project moves at demo centres of its own (nr 10–13).
 */
import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

type Centre = { id: string; slug: string; name: string };
type Slot = { start: string; ende: string };

const js = (info: TestInfo) => info.project.use.javaScriptEnabled !== false;
const DAY = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });
const berlinDate = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(iso));
const timeLabel = (slot: Slot) => `${TIME.format(new Date(slot.start))} bis ${TIME.format(new Date(slot.ende))} Uhr`;
const icsStamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

async function centreNr(request: APIRequestContext, nr: number): Promise<Centre> {
  return (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as Centre;
}

async function freeSlots(request: APIRequestContext, centre: Centre): Promise<Slot[]> {
  const von = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 17 * 86_400_000).toISOString().slice(0, 10);
  const answer = await request.get(`/api/v1/beratungsstellen/${centre.id}/termine?von=${von}&bis=${bis}&art=telefon`);
  return ((await answer.json()) as { termine: Slot[] }).termine;
}

/** Books through the public API: no account, no e-mail; returns the management page's path. */
async function bookWithoutEmail(request: APIRequestContext, centre: Centre, slot: Slot): Promise<string> {
  const booked = await request.post("/api/v1/termine", { data: { beratungsstelle_id: centre.id, start: slot.start, art: "telefon", name: "Pseudonym Linde" } });
  expect(booked.status()).toBe(201);
  return new URL(((await booked.json()) as { verwalten_url: string }).verwalten_url).pathname;
}

async function expectMoveStep(page: Page, step: number, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: `Schritt ${step} von 3: ${title}` })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`Schritt ${step} von 3: ${title} – Termin verschieben – Sozialplattform$`));
}

/** Step 1 of moving: pages through the weeks to the day of `slot` and chooses it. */
async function chooseDay(page: Page, slot: Slot) {
  const day = DAY.format(new Date(slot.start));
  const days = page.getByRole("group", { name: /An welchem Tag/ });
  for (let week = 0; week < 4; week++) {
    const option = days.getByLabel(new RegExp(`^${day} – `));
    if ((await option.count()) > 0) {
      await option.check();
      await page.getByRole("button", { name: "Weiter" }).click();
      return;
    }
    await page.getByRole("navigation", { name: "Andere Wochen" }).getByRole("link", { name: /^Nächste Woche/ }).click();
    await expectMoveStep(page, 1, "Tag");
  }
  throw new Error(`${day} not offered`);
}

test("move a booking without e-mail to another time: confirmation, new calendar file, the old time free again", async ({ page, request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 10 : 11);
  const slots = await freeSlots(request, centre);
  const old = slots[0]!;
  const target = slots.find((s) => s.start !== old.start && berlinDate(s.start) === berlinDate(old.start))!;
  expect(target).toBeTruthy();
  const link = await bookWithoutEmail(request, centre, old);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin");
  await expectNoAxeViolations(page, "Termin verwalten mit Verschieben");
  await page.getByRole("link", { name: "Andere Zeit wählen" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Termin verschieben");
  await expectMoveStep(page, 1, "Tag");
  await expect(page.getByRole("main")).toContainText(`${DAY.format(new Date(old.start))}, ${timeLabel(old)}`);
  await expect(page.getByRole("group", { name: "Wie möchten Sie beraten werden?" })).toHaveCount(0);
  await expectNoAxeViolations(page, "Verschieben: Tag");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("link", { name: "Bitte wählen Sie einen Tag." })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: Schritt 1 von 3: Tag/);
  await expectNoAxeViolations(page, "Verschieben: Tag ohne Auswahl");
  await chooseDay(page, old);

  await expectMoveStep(page, 2, "Uhrzeit");
  const times = page.getByRole("group", { name: /^Welche Uhrzeit am / });
  await expect(times.getByLabel(timeLabel(target), { exact: true })).toBeVisible();
  await expect(times.getByLabel(timeLabel(old), { exact: true })).toHaveCount(0); // the booked time itself is not free
  await expectNoAxeViolations(page, "Verschieben: Uhrzeit");
  await times.getByLabel(timeLabel(target), { exact: true }).check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expectMoveStep(page, 3, "Neue Zeit bestätigen");
  const chosen = page.getByRole("region", { name: "Ihre Auswahl" });
  await expect(chosen).toContainText(timeLabel(target));
  await expect(chosen.getByRole("link", { name: "ändern (Uhrzeit)" })).toBeVisible();
  await expectNoAxeViolations(page, "Verschieben: bestätigen");
  await page.getByRole("button", { name: "Termin verschieben" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist verschoben");
  await expect(page).toHaveTitle("Ihr Termin ist verschoben – Sozialplattform");
  const main = page.getByRole("main");
  await expect(main).toContainText(DAY.format(new Date(target.start)));
  await expect(main).toContainText(timeLabel(target));
  await expect(main).toContainText("Die bisherige Zeit ist wieder frei.");
  await expectNoAxeViolations(page, "verschoben");
  const ics = await request.get((await page.getByRole("link", { name: /Kalender übernehmen/ }).getAttribute("href"))!);
  expect(ics.status()).toBe(200);
  const calendar = await ics.text();
  expect(calendar).toContain(`DTSTART:${icsStamp(target.start)}`);
  expect(calendar).not.toContain(`DTSTART:${icsStamp(old.start)}`);

  // The same link shows the new time; the booking picker offers the old time again, the new one not.
  await page.goto(link);
  await expect(page.getByRole("main")).toContainText(timeLabel(target));
  await page.goto(`/beratungsstellen/${centre.slug}/termin?art=telefon&tag=${berlinDate(old.start)}`);
  const offered = page.getByRole("group", { name: /^Welche Uhrzeit am / });
  await expect(offered.getByLabel(timeLabel(old), { exact: true })).toBeVisible();
  await expect(offered.getByLabel(timeLabel(target), { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, "Buchung nach dem Verschieben");
});

test("a time taken while confirming the move: the nearest free times, then moved to one of them", async ({ page, request }, testInfo) => {
  const centre = await centreNr(request, js(testInfo) ? 12 : 13);
  const slots = await freeSlots(request, centre);
  const old = slots[0]!;
  const target = slots[3]!;
  const link = await bookWithoutEmail(request, centre, old);
  const query = new URLSearchParams({ tag: berlinDate(target.start), zeit: new Date(target.start).toISOString() });
  await page.goto(`${link}/verschieben?${query}`);
  await expectMoveStep(page, 3, "Neue Zeit bestätigen");
  // Someone else books the wanted time first.
  const other = await request.post("/api/v1/termine", { data: { beratungsstelle_id: centre.id, start: target.start, art: "telefon", name: "Pseudonym Andere" } });
  expect(other.status()).toBe(201);
  await page.getByRole("button", { name: "Termin verschieben" }).click();

  await expect(page.getByText("Diese Zeit ist inzwischen vergeben")).toBeVisible();
  const alternatives = page.getByRole("group", { name: "Nächste freie Zeiten" }).getByRole("radio");
  await expect(alternatives).toHaveCount(3);
  await expectNoAxeViolations(page, "Verschieben: Zeit vergeben");
  await page.getByRole("button", { name: "Termin verschieben" }).click();
  await expect(page.getByRole("link", { name: "Bitte wählen Sie eine der freien Zeiten." })).toBeVisible();
  await expectNoAxeViolations(page, "Verschieben: Alternative nicht gewählt");
  const chosen = page.getByRole("group", { name: "Nächste freie Zeiten" }).getByRole("radio").first();
  const label = (await page.locator(`label[for="${await chosen.getAttribute("id")}"]`).textContent())!;
  await chosen.check();
  await page.getByRole("button", { name: "Termin verschieben" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist verschoben");
  await expect(page.getByRole("main")).toContainText(label.split(", ").at(-1)!);
});
