/**
 * Managing a booked appointment without an account and without e-mail: the booking is made
 * through the public API (the booking pages have their own journey in terminbuchung.spec.ts),
 * then the person opens the management link, downloads the calendar file and cancels;
 * afterwards the slot is free again. Each project books at a demo centre of its own.
 */
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

type Slot = { start: string; art: string };

test("a booking without e-mail: management link, .ics download, cancel, slot free again", async ({ page, request }, testInfo) => {
  const nr = testInfo.project.use.javaScriptEnabled === false ? 7 : 0;
  const centre = (await (await request.get(`/test/terminstelle?nr=${nr}`)).json()) as { id: string };
  const von = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 17 * 86_400_000).toISOString().slice(0, 10);
  const slotsUrl = `/api/v1/beratungsstellen/${centre.id}/termine?von=${von}&bis=${bis}&art=telefon`;
  const free = async () => ((await (await request.get(slotsUrl)).json()) as { termine: Slot[] }).termine.map((slot) => slot.start);
  const before = await free();
  expect(before.length).toBeGreaterThan(0);
  const start = before[0]!;

  const booked = await request.post("/api/v1/termine", {
    data: { beratungsstelle_id: centre.id, start, art: "telefon", name: "Pseudonym Ahorn", telefon: "0341 000000" },
  });
  expect(booked.status()).toBe(201);
  const { verwalten_url: link, buchungscode } = (await booked.json()) as { verwalten_url: string; buchungscode: string };
  expect(await free()).not.toContain(start);

  await page.goto(new URL(link).pathname);
  await expect(page).toHaveTitle("Ihr Termin – Sozialplattform");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin");
  await expect(page.getByRole("main")).toContainText(buchungscode);
  await expect(page.getByRole("main")).toContainText("Telefon");
  await expectNoAxeViolations(page, "Termin verwalten");

  const ics = await request.get(await page.getByRole("link", { name: /Kalender übernehmen/ }).getAttribute("href") ?? "");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const calendar = await ics.text();
  expect(calendar).toContain("BEGIN:VEVENT");
  expect(calendar).toContain(`DTSTART:${new Date(start).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);

  await page.getByRole("button", { name: "Termin absagen" }).click();
  await expect(page.getByText("Der Termin ist abgesagt")).toBeVisible();
  await expect(page.getByRole("button", { name: "Termin absagen" })).toHaveCount(0);
  await expectNoAxeViolations(page, "Termin abgesagt");
  expect(await free()).toContain(start);
});

test("an unknown management link is a 404 page in the frame", async ({ page }) => {
  const response = await page.goto("/termine/verwalten/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expectNoAxeViolations(page, "Terminlink unbekannt");
});
