/**
 * The staff side of booking (issue 6, point 4), with and without JavaScript, axe on every state:
 * a centre lead sees two new bookings on the dashboard and in the day and week agenda, confirms
 * one, lists the free times to move the other to, cancels it with a reason (first without one:
 * error summary), blocks the rest of the
 * day (the public free times shrink), lifts the block, and issues and revokes the private
 * calendar feed. Each project works on a demo centre of its own (nr 20–24; the booking specs use 0–9),
 * so they can run in parallel.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type Slot = { start: string };

const berlinDate = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(iso));

test("a centre lead confirms, cancels with a reason, blocks time and manages the calendar feed", async ({ page, request }, testInfo) => {
  const nr = testInfo.project.name === "js" ? 20 : 21;
  const centre = (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as { id: string; name: string };
  const von = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 17 * 86_400_000).toISOString().slice(0, 10);
  const free = async (from = von, to = bis) =>
    ((await (await request.get(`/api/v1/beratungsstellen/${centre.id}/termine?von=${from}&bis=${to}&art=telefon`)).json()) as { termine: Slot[] }).termine.map((s) => s.start);
  const [first, second] = await free();
  expect(first && second && berlinDate(first) === berlinDate(second)).toBeTruthy();
  const day = berlinDate(first!);
  for (const [start, name] of [[first, "Pseudonym Ulme"], [second, "Pseudonym Erle"]] as const) {
    const booked = await request.post("/api/v1/termine", { data: { beratungsstelle_id: centre.id, start, art: "telefon", name, email: "demo-erle@example.org" } });
    expect(booked.status()).toBe(201);
  }

  const staff = await createStaffAccount(page, { rolle: "stellenleitung", scope: { beratungsstelleId: centre.id }, anzeigename: "Demo-Stellenleitung" });
  await loginAsStaff(page, staff);
  const termine = page.getByRole("region", { name: "Termine" });
  await expect(termine).toContainText("noch nicht bestätigt");
  await expectNoAxeViolations(page, "dashboard with bookings");

  await page.goto(`/verwaltung/termine?stelle=${centre.id}&datum=${day}&ansicht=tag`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Termine: ${centre.name}`);
  const table = page.getByRole("table", { name: /Termine von Demo-Beratungskalender/ });
  await expect(table.getByRole("row", { name: /Pseudonym Ulme/ })).toContainText("Gebucht, noch nicht bestätigt");
  await expectNoAxeViolations(page, "day agenda");
  await page.getByRole("link", { name: "Ganze Woche anzeigen" }).click();
  await expect(table.getByRole("row", { name: /Pseudonym Ulme/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Tag" })).toBeVisible();
  await expectNoAxeViolations(page, "week agenda");
  await page.goto(`/verwaltung/termine?stelle=${centre.id}&datum=${day}&ansicht=tag`);

  await page.getByRole("button", { name: /^Bestätigen: .*Pseudonym Ulme/ }).click();
  await expect(page.getByText("Der Termin ist bestätigt.")).toBeVisible();
  await expect(table.getByRole("row", { name: /Pseudonym Ulme/ })).toContainText("Bestätigt");

  await page.getByRole("link", { name: /Absagen oder verschieben: .*Pseudonym Erle/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Termin T-/);
  await expectNoAxeViolations(page, "booking detail");
  await page.getByLabel("Neuer Tag").fill(day);
  await page.getByRole("button", { name: "Freie Zeiten anzeigen" }).click();
  await expect(page.getByRole("group", { name: "Neue Uhrzeit" }).getByRole("radio").first()).toBeVisible();
  await expectNoAxeViolations(page, "booking detail with free times to move to");
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(page.getByRole("link", { name: /Bitte geben Sie einen Grund/ })).toBeVisible();
  await expectNoAxeViolations(page, "cancel without reason");
  await page.getByLabel("Grund der Absage").fill("Die Beraterin ist an diesem Tag verhindert.");
  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(page.getByText(/Der Termin ist abgesagt/)).toBeVisible();
  await expect(table.getByRole("row", { name: /Pseudonym Erle/ })).toContainText("Grund: Die Beraterin ist an diesem Tag verhindert.");
  expect(await free(day, day)).toContain(second);

  await page.getByLabel("Datum").fill(day);
  await page.getByLabel(/^Von/).fill("9 Uhr");
  await page.getByLabel(/^Bis/).fill("12:00");
  await page.getByRole("button", { name: "Zeit sperren" }).click();
  await expect(page.getByRole("link", { name: /Uhrzeit im Format HH:MM an, zum Beispiel 09:30/ })).toBeVisible();
  await expect(page.getByLabel("Datum")).toHaveValue(day);
  await expect(page.getByLabel(/^Bis/)).toHaveValue("12:00");
  await expectNoAxeViolations(page, "block time refused");
  await page.getByLabel(/^Von/).fill("");
  await page.getByLabel(/^Bis/).fill("");
  await page.getByRole("button", { name: "Zeit sperren" }).click();
  await expect(page.getByText(/Die Zeit ist gesperrt.*Ein gebuchter Termin liegt in dieser Zeit/)).toBeVisible();
  expect(await free(day, day)).toEqual([]);
  await expectNoAxeViolations(page, "time blocked");
  await page.getByRole("button", { name: "Sperre aufheben" }).click();
  await expect(page.getByText("Die Sperre ist aufgehoben.")).toBeVisible();
  expect(await free(day, day)).toContain(second);

  await page.getByRole("button", { name: /^Abo-Adresse für .* erzeugen$/ }).click();
  const address = (await page.getByRole("region", { name: /Ihre Adresse für das Kalender-Abo/ }).or(page.locator(".kern-alert", { hasText: "Kalender-Abo" })).locator("code").textContent()) ?? "";
  expect(address).toMatch(/\/termine\/kalender-abo\/[\w-]{20,}$/);
  await expectNoAxeViolations(page, "feed address shown");
  const feedPath = new URL(address).pathname;
  const feed = await request.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const calendar = await feed.text();
  expect(calendar).toContain("BEGIN:VEVENT");
  expect(calendar).not.toContain("Ulme");
  expect(calendar).not.toContain("example.org");
  await page.getByRole("button", { name: /^Abo von .* widerrufen$/ }).click();
  await expect(page.getByText(/Abo-Adresse .*ist widerrufen|Adresse des Kalender-Abos ist widerrufen/)).toBeVisible();
  expect((await request.get(feedPath)).status()).toBe(404);
});

test("a counsellor cannot open another centre's agenda or bookings", async ({ page, request }, testInfo) => {
  const nr = testInfo.project.name === "js" ? 22 : 23;
  const own = (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as { id: string };
  const other = (await (await request.get("/test/terminstelle?nr=24")).json()) as { id: string };
  const staff = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: own.id } });
  await loginAsStaff(page, staff, { weiter: "/verwaltung/termine" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Termine: /);
  const response = await page.goto(`/verwaltung/termine?stelle=${other.id}`);
  expect(response?.status()).toBe(403);
  await expectNoAxeViolations(page, "foreign agenda");
});
