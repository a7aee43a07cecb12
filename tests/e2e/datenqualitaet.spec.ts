/**
 * Data quality in the management area (issue 5), with and without JavaScript, axe on every page:
 * - a visitor reports an error on a centre page; the centre's management is mailed (without the
 *   report's contact), sees the report on the dashboard and in the inbox, first forgets the note
 *   (error summary), then resolves it with a note;
 * - a platform admin uploads a CSV file: the preview shows the new rows and the error row with
 *   line, field and message, nothing is saved yet; confirming imports the valid rows, which the
 *   finder then finds.
 * The two projects use different centres and files, so they can run at the same time.
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

test("a visitor reports an error; the centre's management resolves it with a note", async ({ page, request }, testInfo) => {
  const js = testInfo.project.name === "js";
  const hits = await centresIn(request, "ort=Magdeburg&umkreis_km=20");
  expect(hits.length).toBeGreaterThanOrEqual(2);
  const centre = hits[js ? 0 : 1]!;
  const email = `demo-meldungen-${testInfo.project.name}@example.org`;
  const staff = await createStaffAccount(page, { rolle: "stellenleitung", scope: { beratungsstelleId: centre.id }, email, anzeigename: "Demo-Stellenleitung Meldungen" });

  // The visitor.
  await page.goto(`/beratungsstellen/${centre.slug}`);
  const nachricht = `Demo-Meldung (${testInfo.project.name}): Die Sprechstunde am Freitag findet nicht mehr statt.`;
  await page.getByLabel("Was stimmt nicht?").fill(nachricht);
  await page.getByLabel(/E-Mail-Adresse oder Telefonnummer/).fill("melder-privat@example.org");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await expect(page.getByText("Vielen Dank für Ihre Meldung")).toBeVisible();
  await expectNoAxeViolations(page, "report sent");

  const mail = (await (await page.request.get(`/test/postausgang?${new URLSearchParams({ an: email })}`)).json()) as { betreff: string; text: string; anlass: string };
  expect(mail.anlass).toBe("fehlermeldung_neu");
  expect(mail.betreff).toBe(`Neue Fehlermeldung: ${centre.name}`);
  expect(mail.text).not.toContain("melder-privat@example.org");
  expect(mail.text).not.toContain("Sprechstunde am Freitag");

  // The editor.
  await loginAsStaff(page, staff);
  const tile = page.getByRole("region", { name: "Fehlermeldungen" });
  await expect(tile).toContainText("1 offene Meldung");
  await expectNoAxeViolations(page, "dashboard with open report");
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Fehlermeldungen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/meldungen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fehlermeldungen");
  const row = page.getByRole("row").filter({ hasText: centre.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Offen");
  await expectNoAxeViolations(page, "inbox");

  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/verwaltung\/meldungen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fehlermeldung zu ${centre.name}`);
  await expect(page.getByText(nachricht)).toBeVisible();
  await expect(page.getByText("melder-privat@example.org")).toBeVisible();
  await expect(page.getByRole("link", { name: `${centre.name} bearbeiten` })).toHaveAttribute("href", `/verwaltung/stellen/${centre.id}`);
  await expectNoAxeViolations(page, "report");

  await page.getByRole("button", { name: "Als erledigt markieren" }).click();
  const summary = page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" });
  await expect(summary).toBeVisible();
  await expect(page.getByLabel("Notiz")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "note missing");

  await page.getByLabel("Notiz").fill("Freitagssprechstunde aus den Öffnungszeiten entfernt.");
  await page.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(page.getByText("Die Meldung ist als erledigt markiert.")).toBeVisible();
  await expect(page.getByText("Freitagssprechstunde aus den Öffnungszeiten entfernt.")).toBeVisible();
  await expect(page.getByText(/von Demo-Stellenleitung Meldungen/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Als erledigt markieren" })).toHaveCount(0);
  await expectNoAxeViolations(page, "report resolved");

  await page.getByRole("link", { name: "Alle Fehlermeldungen" }).click();
  await expect(page.getByRole("row").filter({ hasText: centre.name })).toContainText("Erledigt");
});

test("a CSV upload shows the preview with an error row; confirming imports the valid rows", async ({ page, request }, testInfo) => {
  const project = testInfo.project.name;
  const word = project === "js" ? "Kranichsprechstunde" : "Reihersprechstunde";
  const header = "externe_id;name;traeger;verband;themen;strasse;plz;ort;lat;lon;telefon;email;website;kanaele;sprachen;barrierefrei;barrierefreiheit_hinweis;oeffnungszeiten;beschreibung;zielgruppen;kosten;anonym;zuletzt_geprueft";
  const csv = [
    header,
    `demo-e2e-${project}-1;Demo-Schuldnerberatung ${word} Erfurt;Demo-Upload-Träger ${project};Caritas;schulden;Demo-Straße 1;99084;Erfurt;50.978;11.029;;;;vor_ort|telefon;de;ja;;Mo-Do 09:00-16:00;Demo-Eintrag mit ${word}.;;kostenlos;ja;2026-10-01`,
    `demo-e2e-${project}-2;Demo-Suchtberatung ${word} Erfurt;Demo-Upload-Träger ${project};Caritas;sucht;Demo-Weg 2;99084;Erfurt;50.979;11.030;;;;vor_ort;de;nein;;Fr 09:00-12:00;Demo-Eintrag.;;kostenlos;nein;2026-10-01`,
    `demo-e2e-${project}-3;Demo-Fehlerzeile;Demo-Upload-Träger ${project};Caritas;schulden;Demo-Platz 3;9908;Erfurt;;;;;;vor_ort;de;nein;;;;;kostenlos;nein;`,
  ].join("\n");

  const admin = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Demo-Admin Import" });
  await loginAsStaff(page, admin);
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "CSV-Import" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/import$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CSV-Import");
  await expectNoAxeViolations(page, "upload form");

  // No file chosen: explained, not an error page.
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  await expect(page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" })).toContainText("Bitte wählen Sie eine CSV-Datei aus.");
  await expectNoAxeViolations(page, "upload without file");

  // Too large: the German message in the form, nothing staged.
  await page.getByLabel("CSV-Datei").setInputFiles({ name: "zu-gross.csv", mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  await expect(page.getByRole("region", { name: "Bitte prüfen Sie eine Angabe" })).toContainText("Die Datei ist zu groß: Es sind höchstens 10 MB möglich.");
  await expect(page).toHaveURL(/\/verwaltung\/import(\?index)?$/);
  await expectNoAxeViolations(page, "file too large");

  await page.getByLabel("CSV-Datei").setInputFiles({ name: `stellen-${project}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vorschau des CSV-Imports");
  await expect(page.getByText("3 Zeilen gelesen, 2 neu, 0 aktualisiert, 1 ungültig", { exact: false })).toBeVisible();
  const errors = page.getByRole("table", { name: /Fehlerhafte Angaben/ });
  await expect(errors.getByRole("row").filter({ hasText: "fünfstellige Postleitzahl erwartet" })).toContainText("4");
  await expect(errors).toContainText("plz");
  const rows = page.getByRole("table", { name: /Gültige Zeilen/ });
  await expect(rows.getByRole("row").filter({ hasText: `demo-e2e-${project}-1` })).toContainText("Neu");
  await expectNoAxeViolations(page, "preview");
  // Nothing is saved before the confirmation.
  expect(await centresIn(request, `q=${word}`)).toHaveLength(0);

  await page.getByRole("button", { name: "Import bestätigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import übernommen");
  await expect(page.getByText(/Der Import ist gespeichert: 3 Zeilen gelesen, 2 neu/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Import bestätigen" })).toHaveCount(0);
  await expectNoAxeViolations(page, "import applied");
  // A dropped keep-alive connection of the API client is only another attempt.
  await expect.poll(async () => (await centresIn(request, `q=${word}`).catch(() => [])).length).toBe(2);
});
