/**
 * Editing a centre in the management area (issue 5), with and without JavaScript, axe on every
 * state: a centre's management (stellenleitung) logs in, finds its centre in the list, adds an
 * opening-hours row without JavaScript's help, first saves an invalid time (error summary, all
 * input kept), then a valid one; the public centre page and the finder's search show the change;
 * "Daten geprüft" confirms the data; a centre of another tenant is refused with 403, for GET and
 * POST alike. The two projects edit different centres, so they can run at the same time.
 */
import type { APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type Hit = { id: string; slug: string; name: string };

async function centresIn(request: APIRequestContext, query: string): Promise<Hit[]> {
  const response = await request.get(`/api/v1/beratungsstellen?${query}&pro_seite=5`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { treffer: Hit[] }).treffer;
}

test("a centre's management edits description and hours; the public page and the search show it", async ({ page, request }, testInfo) => {
  const js = testInfo.project.name === "js";
  const hits = await centresIn(request, "ort=Rostock&umkreis_km=10");
  expect(hits.length).toBeGreaterThanOrEqual(3);
  const own = hits[js ? 0 : 1]!;
  const foreign = hits[2]!;
  // A word no demo centre uses, different per project, so the search proves this very edit.
  const word = js ? "Wattwurmsprechstunde" : "Leuchtturmsprechstunde";
  const description = `Demo-Änderung: Jeden Samstag ${word} für Menschen in Geldnot.`;

  const staff = await createStaffAccount(page, { rolle: "stellenleitung", scope: { beratungsstelleId: own.id }, anzeigename: "Demo-Stellenleitung" });
  await loginAsStaff(page, staff);
  await expect(page.getByRole("heading", { level: 2, name: "Datenpflege" })).toBeVisible();
  await expectNoAxeViolations(page, "dashboard with data care");

  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Beratungsstellen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/stellen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beratungsstellen");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(own.name);
  await expectNoAxeViolations(page, "centre list");

  await page.getByRole("link", { name: own.name }).click();
  await expect(page).toHaveURL(new RegExp(`/verwaltung/stellen/${own.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${own.name} bearbeiten`);
  await expect(page.getByText(/^Zuletzt geprüft: /)).toBeVisible();
  await expectNoAxeViolations(page, "edit form");

  // A row more, without saving: the typed description stays.
  const descriptionField = page.getByRole("textbox", { name: "Beschreibung – optional" });
  await descriptionField.fill(description);
  const before = await page.getByRole("group", { name: /^Öffnungszeit \d+$/ }).count();
  await page.getByRole("button", { name: "Zeile hinzufügen" }).click();
  const row = page.getByRole("group", { name: `Öffnungszeit ${before + 1}`, exact: true });
  await expect(row).toBeVisible();
  await expect(row.getByLabel("Wochentag")).toBeFocused();
  await expect(descriptionField).toHaveValue(description);
  await expectNoAxeViolations(page, "row added");

  // An impossible time first: error summary linked to the field, everything typed kept.
  await row.getByLabel("Wochentag").selectOption({ label: "Samstag" });
  await row.getByLabel("von").fill("10:00");
  await row.getByLabel("bis").fill("25:00");
  await page.getByRole("button", { name: "Speichern" }).last().click();
  const summary = page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" });
  await expect(summary).toBeVisible();
  const link = summary.getByRole("link", { name: new RegExp(`^Öffnungszeit ${before + 1}, bis: ungültige Uhrzeit`) });
  await expect(link).toHaveAttribute("href", `#zeit-${before}-bis`);
  await expect(descriptionField).toHaveValue(description);
  await expect(row.getByLabel("von")).toHaveValue("10:00");
  await expect(row.getByLabel("bis")).toHaveValue("25:00");
  await expect(row.getByLabel("bis")).toHaveAttribute("aria-invalid", "true");
  await expect(row.getByLabel("Wochentag")).toHaveValue("6");
  await expectNoAxeViolations(page, "edit form with an error");

  await row.getByLabel("bis").fill("13:00");
  await page.getByRole("button", { name: "Speichern" }).last().click();
  await expect(page).toHaveURL(new RegExp(`/verwaltung/stellen/${own.id}$`));
  await expect(page.getByText("Die Änderungen sind gespeichert.")).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expectNoAxeViolations(page, "saved");

  await page.getByRole("button", { name: "Daten geprüft" }).click();
  await expect(page.getByText(/Die Angaben sind als geprüft bestätigt/)).toBeVisible();
  await expect(page.getByText("Die Angaben sind aktuell bestätigt.")).toBeVisible();
  await expectNoAxeViolations(page, "data confirmed");

  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page).toHaveURL(new RegExp(`/beratungsstellen/${own.slug}$`));
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByRole("row", { name: /^Samstag/ })).toContainText("10:00–13:00 Uhr");
  await expectNoAxeViolations(page, "public centre page after the edit");

  // The indexer picks the change up from the outbox; the finder finds the new word.
  await expect(async () => {
    await page.goto(`/beratungsstellen?q=${word}`);
    await expect(page.getByRole("region", { name: "Ergebnisse" }).getByRole("link", { name: own.name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expectNoAxeViolations(page, "search finds the edit");

  // Another tenant's centre: the page and a post to it are refused.
  const refused = await page.goto(`/verwaltung/stellen/${foreign.id}`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kein Zugriff");
  await expectNoAxeViolations(page, "foreign centre refused");
  const origin = new URL(page.url()).origin;
  const post = (id: string) =>
    page.request.post(`/verwaltung/stellen/${id}`, { form: { aktion: "geprueft" }, headers: { Origin: origin }, maxRedirects: 0 });
  expect((await post(foreign.id)).status()).toBe(403);
  expect((await post(own.id)).status()).toBe(303);
});

test("two tabs edit one centre: the later save over the earlier one is held back with what it would change", async ({ page, request }, testInfo) => {
  const js = testInfo.project.name === "js";
  const hits = await centresIn(request, "ort=Leipzig&umkreis_km=15");
  expect(hits.length).toBeGreaterThanOrEqual(2);
  const centre = hits[js ? 0 : 1]!;
  const staff = await createStaffAccount(page, { rolle: "stellenleitung", scope: { beratungsstelleId: centre.id }, anzeigename: "Demo-Leitung Konflikt" });
  await loginAsStaff(page, staff);
  const second = await page.context().newPage();
  for (const tab of [page, second]) await tab.goto(`/verwaltung/stellen/${centre.id}`);

  await page.getByRole("textbox", { name: "Telefon – optional" }).fill("0341 123456");
  await page.getByRole("button", { name: "Speichern" }).first().click();
  await expect(page.getByText("Die Änderungen sind gespeichert.", { exact: false })).toBeVisible();

  const name = `${centre.name} (Demo-Konflikt)`;
  await second.getByRole("textbox", { name: "Name der Beratungsstelle" }).fill(name);
  await second.getByRole("button", { name: "Speichern" }).first().click();
  const alert = second.getByText("Nicht gespeichert: Die Beratungsstelle wurde inzwischen geändert");
  await expect(alert).toBeVisible();
  await expect(second.getByText(/jemand anderes diese Beratungsstelle gespeichert \(Demo-Leitung Konflikt, /)).toBeVisible();
  await expect(second.getByRole("listitem").filter({ hasText: /^Name: / })).toBeVisible();
  await expect(second.getByRole("textbox", { name: "Name der Beratungsstelle" })).toHaveValue(name);
  if (js) await expect(second.locator(":focus")).toContainText("Nicht gespeichert");
  await expectNoAxeViolations(second, "edit conflict");

  // Saving again after seeing it is deliberate: it goes through.
  await second.getByRole("button", { name: "Speichern" }).first().click();
  await expect(second.getByText("Die Änderungen sind gespeichert.", { exact: false })).toBeVisible();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`${name} bearbeiten`);
});
