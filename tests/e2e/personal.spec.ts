/**
 * The management journey of issue 5, with and without JavaScript, axe on every page: a platform
 * admin creates a Träger and invites its first admin; the admin opens the mailed link (read
 * through /test/postausgang), sets a password and TOTP, creates a centre, invites a counsellor
 * and edits the centre; the finder's search shows the change and the audit log shows each step.
 * Names and addresses differ per project, so both can run at the same time.
 */
import { totpCode } from "../../app/server/auth/totp.server";
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, linkFromNewestMail, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

test("a platform admin invites a Träger admin, who sets up the account, creates a centre, invites a counsellor and edits the centre", async ({ page }, testInfo) => {
  // Seven pages with forms and about twenty axe scans (each copied into a second context without JavaScript).
  test.slow();
  const js = testInfo.project.name === "js";
  const run = `${js ? "js" : "nojs"}${Date.now().toString(36)}`;
  const traegerName = `Demo-Träger Personal ${run}`;
  const adminEmail = `traeger-admin-${run}@demo.sozialplattform.invalid`;
  const beraterEmail = `berater-${run}@demo.sozialplattform.invalid`;
  // Words no demo centre uses, so the search proves this very centre and edit.
  const stelleName = `Demo-Schuldnerberatung ${js ? "Seesternweg" : "Quallenweg"} ${run}`;
  const word = js ? "Strandgutsprechstunde" : "Muschelsprechstunde";

  // 1. The platform admin creates the Träger with its first admin.
  const plattform = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Demo-Plattform-Admin" });
  await loginAsStaff(page, plattform);
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Träger" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/traeger$/);
  await expect(page.getByRole("heading", { level: 1, name: "Träger" })).toBeVisible();
  await expectNoAxeViolations(page, "Träger list");

  await page.getByRole("button", { name: "Träger anlegen und einladen" }).click();
  await expect(page.getByRole("region", { name: /Bitte prüfen Sie/ })).toBeVisible();
  await expectNoAxeViolations(page, "new Träger with errors");
  await page.getByLabel("Name des Trägers").fill(traegerName);
  await page.getByLabel("Verband").selectOption({ label: "Sonstiger Träger" });
  await page.getByLabel("Name der ersten Administration").fill("Demo-Trägeradmin");
  await page.getByLabel("E-Mail-Adresse der ersten Administration").fill(adminEmail);
  await page.getByRole("button", { name: "Träger anlegen und einladen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/traeger\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: traegerName })).toBeVisible();
  await expect(page.getByText(`Die Einladung an ${adminEmail} ist verschickt.`)).toBeVisible();
  await expectNoAxeViolations(page, "Träger created");
  await page.getByRole("button", { name: "Abmelden" }).click();

  // 2. The invited admin sets a password and TOTP.
  await page.goto(await linkFromNewestMail(page, adminEmail));
  await expect(page.getByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeVisible();
  await expectNoAxeViolations(page, "accept invitation");
  const password = "Dünenwanderung am Demo-Strand";
  await page.getByLabel("Neues Passwort", { exact: true }).fill(password);
  await page.getByLabel("Neues Passwort wiederholen").fill(password);
  await page.getByRole("button", { name: "Passwort festlegen und weiter" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);
  await expect(page.getByRole("heading", { level: 1, name: "Zwei-Faktor-Anmeldung einrichten" })).toBeVisible();
  await expectNoAxeViolations(page, "TOTP set-up");
  const secret = (await page.locator(".sp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("6-stelliger Code").fill(totpCode(secret, new Date()));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page).toHaveURL(/\/anmelden\/wiederherstellungscodes/);
  await page.getByRole("link", { name: "Codes gesichert – weiter" }).click();
  await expect(page).toHaveURL(/\/verwaltung$/);
  await expect(page.getByText(`Administration eines Trägers – ${traegerName}`)).toBeVisible();
  await expectNoAxeViolations(page, "Träger admin dashboard");

  // 3. It creates a centre.
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Beratungsstellen" }).click();
  await page.getByRole("link", { name: "Neue Beratungsstelle" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/stellen\/neu$/);
  await expect(page.getByRole("heading", { level: 1, name: "Neue Beratungsstelle" })).toBeVisible();
  await expect(page.getByText(`Träger: ${traegerName}`)).toBeVisible();
  await expectNoAxeViolations(page, "new centre form");
  await page.getByLabel("Name der Beratungsstelle").fill(stelleName);
  await page.getByLabel("Straße und Hausnummer").fill("Demoweg 1");
  await page.getByLabel("Postleitzahl", { exact: true }).fill("18055");
  await page.getByLabel("Ort", { exact: true }).fill("Rostock");
  await page.getByRole("group", { name: /^Themen/ }).getByLabel("Schulden").check();
  await page.getByRole("group", { name: /^Erreichbar über/ }).getByLabel("Vor Ort").check();
  await page.getByRole("group", { name: /^In der Suche und auf der öffentlichen Seite zeigen/ }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Speichern" }).last().click();
  await expect(page).toHaveURL(/\/verwaltung\/stellen\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Die Beratungsstelle ist angelegt.")).toBeVisible();
  await expectNoAxeViolations(page, "centre created");
  const stellePfad = new URL(page.url()).pathname;

  // 4. It invites a counsellor for the centre.
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Personal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Demo-Trägeradmin/ })).toBeVisible();
  await expectNoAxeViolations(page, "staff list");
  await page.getByRole("link", { name: "Person einladen" }).click();
  await expectNoAxeViolations(page, "invite form");
  await page.getByLabel("E-Mail-Adresse").fill(beraterEmail);
  await page.getByLabel("Name", { exact: true }).fill("Demo-Beratung");
  await page.getByLabel("Ort").selectOption({ label: `${stelleName}, Rostock (Leitung einer Beratungsstelle, Beratung)` });
  await page.getByLabel("Rolle").selectOption({ label: "Beratung" });
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/personal\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Die Einladung an ${beraterEmail} ist verschickt.`)).toBeVisible();
  await expect(page.getByText(`Beratung – ${stelleName}, Rostock`)).toBeVisible();
  await expectNoAxeViolations(page, "counsellor invited");
  expect(await linkFromNewestMail(page, beraterEmail)).toMatch(/^\/passwort-neu\//);

  // 5. It edits the centre; the finder shows the change.
  await page.goto(stellePfad);
  await page.getByRole("textbox", { name: "Beschreibung – optional" }).fill(`Demo: Jeden Montag ${word} für Menschen mit Schulden.`);
  await page.getByRole("button", { name: "Speichern" }).last().click();
  await expect(page.getByText("Die Änderungen sind gespeichert.")).toBeVisible();
  await expectNoAxeViolations(page, "centre edited");
  await expect(async () => {
    await page.goto(`/beratungsstellen?q=${word}`);
    await expect(page.getByRole("region", { name: "Ergebnisse" }).getByRole("link", { name: stelleName })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expectNoAxeViolations(page, "finder shows the edit");

  // 6. The audit log shows each step, newest first.
  await page.goto("/verwaltung");
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Protokoll" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Beratungsstelle geändert");
  await expect(rows.nth(1)).toContainText(`Beschreibung: leer → Demo: Jeden Montag ${word}`);
  await expect(page.getByRole("row", { name: /Person eingeladen.*Demo-Beratung/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Beratungsstelle angelegt/ })).toContainText(stelleName);
  await expect(page.getByRole("row", { name: /Person eingeladen.*Demo-Trägeradmin/ })).toContainText("Demo-Plattform-Admin");
  await expect(page.getByRole("row", { name: /Träger angelegt/ })).toContainText(traegerName);
  await expectNoAxeViolations(page, "audit log");
  await page.getByLabel("Art des Eintrags").selectOption({ label: "Beratungsstelle" });
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/protokoll\?typ=beratungsstelle$/);
  await expect(page.getByText("2 Einträge")).toBeVisible();
  await expectNoAxeViolations(page, "audit log filtered");
});

test("staff of one Träger cannot see or change another Träger's people", async ({ page }) => {
  const plattform = await createStaffAccount(page, { rolle: "plattform_admin" });
  const other = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Fremde Plattform-Admin" });
  // A Träger admin without the platform admin's memberships: its list holds only its own Träger's people.
  const traeger = (await (await page.request.get("/api/v1/beratungsstellen?ort=Rostock&umkreis_km=10&pro_seite=1")).json()) as { treffer: Array<{ id: string }> };
  expect(traeger.treffer.length).toBe(1);
  const leitung = await createStaffAccount(page, { rolle: "stellenleitung", scope: { beratungsstelleId: traeger.treffer[0]!.id }, anzeigename: "Demo-Stellenleitung Fremdtest" });
  await loginAsStaff(page, leitung, { weiter: "/verwaltung/personal" });
  await expect(page.getByRole("row", { name: /Demo-Stellenleitung Fremdtest \(Sie\)/ })).toBeVisible();
  await expect(page.getByText("Fremde Plattform-Admin")).toHaveCount(0);
  await expectNoAxeViolations(page, "staff list of a centre's management");
  const refused = await page.goto(`/verwaltung/personal/${other.benutzerId}`);
  expect(refused?.status()).toBe(404);
  await expectNoAxeViolations(page, "foreign person not found");
  const origin = new URL(page.url()).origin;
  const post = await page.request.post(`/verwaltung/personal/${plattform.benutzerId}`, { form: { aktion: "deaktivieren" }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  // The audit log is for Träger and platform admins only.
  expect((await page.goto("/verwaltung/protokoll"))?.status()).toBe(403);
});
