/**
 * Issue 5 item 4, the acceptance: a municipality editor enters the Wohngeld office for its PLZ
 * area; a Leistungs-Check with such a PLZ shows that office in the result and on the Wohngeld
 * page (through the result's link and through the page's own "Ihre Postleitzahl" form). With and
 * without JavaScript, axe on every page. The Kommune comes from the e2e-only POST /test/kommune,
 * its editor from /test/personal; each project uses its own PLZ and names, so both can run at once.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";
import { checkAsPensioner } from "./support/check";



test("a municipality editor enters the Wohngeld office; the check result and the Wohngeld page show it for a PLZ of the Kommune", async ({ page }, testInfo) => {
  test.slow();
  const js = testInfo.project.name === "js";
  const run = `${js ? "js" : "nojs"}${Date.now().toString(36)}`;
  const plz = js ? "04105" : "04107";
  const kommuneName = `Demo-Gemeinde Kommunetest ${run}`;
  const stelle = `Demo-Wohngeldstelle ${js ? "Lindenhof" : "Birkenhof"} ${run}`;

  // 1. The editor of a (synthetic) Kommune logs in and opens its Kommune.
  const created = await page.request.post("/test/kommune", { data: { name: kommuneName, plz: [plz] } });
  expect(created.status(), await created.text()).toBe(200);
  const kommune = (await created.json()) as { id: string };
  const redaktion = await createStaffAccount(page, { rolle: "kommune_redaktion", scope: { kommuneId: kommune.id }, anzeigename: "Demo-Kommunalredaktion" });
  await loginAsStaff(page, redaktion);
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Kommunen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/kommune$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kommunen" })).toBeVisible();
  // Only its own Kommune, and no form to create one (platform admins only).
  await expect(page.getByRole("link", { name: /^Demo-Gemeinde/ })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Kommune anlegen und einladen" })).toHaveCount(0);
  await expectNoAxeViolations(page, "Kommune list");
  await page.getByRole("link", { name: kommuneName }).click();
  await expect(page.getByRole("heading", { level: 1, name: kommuneName })).toBeVisible();
  await expect(page.getByText("Noch keine zuständigen Stellen eingetragen.")).toBeVisible();
  await expectNoAxeViolations(page, "Kommune page");

  // 2. It enters the Wohngeld office: first with errors, then complete.
  await page.getByRole("link", { name: "Neue zuständige Stelle eintragen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neue zuständige Stelle" })).toBeVisible();
  await expectNoAxeViolations(page, "new Zuständigkeit");
  await page.getByLabel("Link zum Online-Antrag").fill("http://www.demo-kommune.invalid/wohngeld");
  await page.getByRole("button", { name: "Speichern" }).click();
  const summary = page.getByRole("region", { name: "Bitte prüfen Sie 6 Angaben" });
  await expect(summary).toBeVisible();
  if (js) await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Online-Antrag als vollständige Adresse mit https/ })).toHaveAttribute("href", "#onlineAntrag");
  await expect(page.getByLabel("Link zum Online-Antrag")).toHaveValue("http://www.demo-kommune.invalid/wohngeld");
  await expect(page.getByLabel("Link zum Online-Antrag")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "new Zuständigkeit with errors");
  await page.getByLabel("Leistung", { exact: true }).selectOption({ label: "Wohngeld" });
  await page.getByLabel("Name der zuständigen Stelle").fill(stelle);
  await page.getByLabel("Straße und Hausnummer").fill("Demoplatz 3");
  await page.getByLabel("Postleitzahl", { exact: true }).fill(plz);
  await page.getByLabel("Ort", { exact: true }).fill("Leipzig");
  await page.getByLabel(/^Öffnungszeiten/).fill("Mo–Fr 8–12 Uhr, Do 14–18 Uhr");
  await page.getByLabel(/^Telefon/).fill("0341 1234-0");
  await page.getByLabel(/^E-Mail-Adresse/).fill("wohngeld@demo-kommune.invalid");
  await page.getByLabel("Link zum Online-Antrag").fill("https://www.demo-kommune.invalid/wohngeld");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(new RegExp(`/verwaltung/kommune/${kommune.id}$`));
  await expect(page.getByText(`Die zuständige Stelle „${stelle}“ ist eingetragen.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Wohngeld.*${stelle}`) })).toBeVisible();
  await expectNoAxeViolations(page, "Zuständigkeit saved");
  await page.getByRole("button", { name: "Abmelden" }).click();

  // 3. A Leistungs-Check with a PLZ of the Kommune shows the office with the Wohngeld result.
  await checkAsPensioner(page, plz);
  const wohngeld = page.getByRole("article", { name: "Wohngeld", exact: true });
  const office = wohngeld.getByRole("region", { name: `Zuständige Stelle: ${stelle}` });
  await expect(office).toBeVisible();
  await expect(office).toContainText(`Demoplatz 3, ${plz} Leipzig`);
  await expect(office).toContainText("Mo–Fr 8–12 Uhr, Do 14–18 Uhr");
  await expect(office.getByRole("link", { name: "0341 1234-0" })).toHaveAttribute("href", "tel:034112340");
  await expect(office.getByRole("link", { name: "wohngeld@demo-kommune.invalid" })).toHaveAttribute("href", "mailto:wohngeld@demo-kommune.invalid");
  await expect(office.getByRole("link", { name: /Antrag online stellen/ })).toHaveAttribute("href", "https://www.demo-kommune.invalid/wohngeld");
  // Only where the Kommune entered an office: not with Kindergeld.
  await expect(page.getByRole("article", { name: "Kindergeld", exact: true }).getByRole("region", { name: /Zuständige Stelle/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "check result with the Zuständige Stelle");

  // 4. The Wohngeld page: through the result's link, and through its own PLZ form.
  await wohngeld.getByRole("link", { name: "Mehr über Wohngeld" }).click();
  await expect(page).toHaveURL(new RegExp(`/leistungen/wohngeld\\?plz=${plz}$`));
  await expect(page.getByRole("region", { name: `Zuständige Stelle: ${stelle}` })).toContainText(`Demoplatz 3, ${plz} Leipzig`);
  await expectNoAxeViolations(page, "Wohngeld page with the Zuständige Stelle");

  await page.goto("/leistungen/wohngeld");
  await expect(page.getByRole("region", { name: /Zuständige Stelle:/ })).toHaveCount(0);
  await page.getByLabel("Ihre Postleitzahl").fill("1234");
  await page.getByRole("button", { name: "Zuständige Stelle anzeigen" }).click();
  await expect(page.getByLabel("Ihre Postleitzahl")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "Wohngeld page with an invalid PLZ");
  await page.getByLabel("Ihre Postleitzahl").fill(plz);
  await page.getByRole("button", { name: "Zuständige Stelle anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`/leistungen/wohngeld\\?plz=${plz}$`));
  const onPage = page.getByRole("region", { name: `Zuständige Stelle: ${stelle}` });
  await expect(onPage).toBeVisible();
  await expect(onPage.getByRole("link", { name: /Antrag online stellen/ })).toHaveAttribute("href", "https://www.demo-kommune.invalid/wohngeld");
  await expectNoAxeViolations(page, "Wohngeld page after the PLZ form");
  // A PLZ without an office says so.
  await page.getByLabel("Ihre Postleitzahl").fill("01067");
  await page.getByRole("button", { name: "Zuständige Stelle anzeigen" }).click();
  await expect(page.getByText("Für die Postleitzahl 01067 hat noch keine Kommune eine zuständige Stelle eingetragen.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, "Wohngeld page, PLZ without office");
});

test("the editor of one Kommune cannot open another Kommune", async ({ page }, testInfo) => {
  const run = `${testInfo.project.name}${Date.now().toString(36)}`;
  const mine = (await (await page.request.post("/test/kommune", { data: { name: `Demo-Gemeinde Eigen ${run}`, plz: ["04103"] } })).json()) as { id: string };
  const other = (await (await page.request.post("/test/kommune", { data: { name: `Demo-Gemeinde Fremd ${run}`, plz: ["04103"] } })).json()) as { id: string };
  const redaktion = await createStaffAccount(page, { rolle: "kommune_redaktion", scope: { kommuneId: mine.id } });
  await loginAsStaff(page, redaktion);
  const response = await page.goto(`/verwaltung/kommune/${other.id}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "foreign Kommune: 403");
  expect((await page.goto(`/verwaltung/kommune/${other.id}/zustaendigkeiten/neu`))?.status()).toBe(403);
});

test("a platform admin creates a Kommune and invites its editor; a local offer appears as „Kommunales Angebot“", async ({ page }, testInfo) => {
  test.slow();
  const js = testInfo.project.name === "js";
  const run = `${js ? "js" : "nojs"}${Date.now().toString(36)}`;
  const kommuneName = `Demo-Gemeinde Neuanlage ${run}`;
  const ags = `${js ? "97" : "96"}${String(Date.now() % 1_000_000).padStart(6, "0")}`;
  const email = `kommune-redaktion-${run}@demo.sozialplattform.invalid`;
  const angebot = `Demo-Seniorenberatung ${js ? "Ahornweg" : "Eschenweg"} ${run}`;

  const admin = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Demo-Plattform-Admin" });
  await loginAsStaff(page, admin);
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Kommunen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kommunen" })).toBeVisible();
  await expectNoAxeViolations(page, "Kommune list (admin)");
  await page.getByLabel("Name der Kommune").fill(kommuneName);
  await page.getByLabel("Amtlicher Gemeindeschlüssel (AGS)").fill("1234");
  await page.getByLabel("Postleitzahlen der Kommune").fill("02826, 0282");
  await page.getByRole("button", { name: "Kommune anlegen und einladen" }).click();
  await expect(page.getByRole("region", { name: "Bitte prüfen Sie 4 Angaben" })).toBeVisible();
  await expect(page.getByLabel("Postleitzahlen der Kommune")).toHaveValue("02826, 0282");
  await expectNoAxeViolations(page, "new Kommune with errors");
  await page.getByLabel("Amtlicher Gemeindeschlüssel (AGS)").fill(ags);
  await page.getByLabel("Postleitzahlen der Kommune").fill("02826");
  await page.getByLabel("Name der ersten Redaktion").fill("Demo-Kommunalredaktion");
  await page.getByLabel("E-Mail-Adresse der ersten Redaktion").fill(email);
  await page.getByRole("button", { name: "Kommune anlegen und einladen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/kommune\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: kommuneName })).toBeVisible();
  await expect(page.getByText(`Die Einladung an ${email} ist verschickt.`)).toBeVisible();
  await expectNoAxeViolations(page, "Kommune created");
  const mail = await page.request.get(`/test/postausgang?${new URLSearchParams({ an: email })}`);
  expect(mail.status()).toBe(200);
  expect(((await mail.json()) as { text: string }).text).toContain("Redaktion einer Kommune");

  await page.getByRole("link", { name: "Neues kommunales Angebot" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neues kommunales Angebot" })).toBeVisible();
  await expectNoAxeViolations(page, "new local offer");
  await page.getByLabel("Name der Beratungsstelle").fill(angebot);
  // Görlitz: no other spec searches there, so the finder specs' "every hit is demo data" stays true
  // (this offer once showed up first in their Leipzig search, in the project that ran second).
  await page.getByLabel("Straße und Hausnummer").fill("Demoweg 5");
  await page.getByLabel("Postleitzahl", { exact: true }).fill("02826");
  await page.getByLabel("Ort", { exact: true }).fill("Görlitz");
  await page.getByRole("group", { name: /^Themen/ }).getByLabel("Schulden").check();
  await page.getByRole("group", { name: /^Erreichbar über/ }).getByLabel("Vor Ort").check();
  await page.getByRole("group", { name: /^In der Suche und auf der öffentlichen Seite zeigen/ }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Speichern" }).last().click();
  await expect(page).toHaveURL(/\/verwaltung\/stellen\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Das kommunale Angebot ist angelegt.")).toBeVisible();
  await expect(page.getByText(`${kommuneName} ·`)).toBeVisible();
  await expectNoAxeViolations(page, "local offer created");
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: angebot })).toBeVisible();
  await expect(page.getByText("Kommunales Angebot", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "local offer, public page");
});
