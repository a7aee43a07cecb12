/**
 * Password reset, the password policy, recovery codes and mandatory TOTP set-up (issue 5) —
 * with and without JavaScript, axe on every state. Mails are read from the outbox through the
 * e2e-only route /test/postausgang.
 */
import { totpCode } from "../../app/server/auth/totp.server";
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, freshTotpCode, linkFromNewestMail } from "./support/login";
import { expect, test } from "./support/test";

test("a forgotten password is reset through a mailed single-use link, with the policy explained", async ({ page }) => {
  const staff = await createStaffAccount(page, { rolle: "plattform_admin" });

  await page.goto("/anmelden");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page).toHaveURL(/\/passwort-vergessen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Passwort vergessen" })).toBeVisible();
  await expectNoAxeViolations(page, "forgot password");

  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByText("Bitte geben Sie Ihre E-Mail-Adresse ein")).toHaveCount(2);
  await expectNoAxeViolations(page, "forgot password, empty");

  // Unknown and known addresses get the same answer.
  await page.getByLabel("E-Mail-Adresse").fill("niemand@demo.sozialplattform.invalid");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page).toHaveURL(/\/passwort-vergessen\?gesendet=1$/);
  const unknownAnswer = await page.getByRole("main").innerText();
  await page.goto("/passwort-vergessen");
  await page.getByLabel("E-Mail-Adresse").fill(staff.email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page).toHaveURL(/\/passwort-vergessen\?gesendet=1$/);
  await expect(page.getByText("Wenn ein Konto mit dieser E-Mail-Adresse existiert")).toBeVisible();
  expect(await page.getByRole("main").innerText()).toBe(unknownAnswer);
  await expectNoAxeViolations(page, "reset requested");

  const link = await linkFromNewestMail(page, staff.email);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Neues Passwort festlegen" })).toBeVisible();
  await expectNoAxeViolations(page, "set new password");

  await page.getByLabel("Neues Passwort", { exact: true }).fill("zu kurz");
  await page.getByLabel("Neues Passwort wiederholen").fill("zu kurz");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("heading", { name: "Passwort nicht möglich" })).toBeVisible();
  await expect(page.getByText("Das Passwort ist zu kurz. Bitte verwenden Sie mindestens 12 Zeichen").first()).toBeVisible();
  await expectNoAxeViolations(page, "password too short");

  await page.getByLabel("Neues Passwort", { exact: true }).fill("qwerty123456");
  await page.getByLabel("Neues Passwort wiederholen").fill("qwerty123456");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText("Dieses Passwort ist sehr verbreitet").first()).toBeVisible();
  await expectNoAxeViolations(page, "password too common");

  const newPassword = "Herbstlaub auf dem Demo-Weg";
  await page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/anmelden\?passwort=neu$/);
  await expect(page.getByText("Ihr neues Passwort gilt")).toBeVisible();
  await expectNoAxeViolations(page, "password changed");

  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(staff.email);
  await page.getByLabel("Passwort", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);
  await page.getByLabel("6-stelliger Code").fill(await freshTotpCode(staff.totpSecret));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/verwaltung$/);

  // The link works only once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Link nicht mehr gültig" })).toBeVisible();
  await expectNoAxeViolations(page, "link used");
});

test("staff without TOTP must set it up at first login and get ten recovery codes once", async ({ page }) => {
  const staff = await createStaffAccount(page, { rolle: "plattform_admin", totp: false });
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(staff.email);
  await page.getByLabel("Passwort", { exact: true }).fill(staff.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);
  await expect(page.getByRole("heading", { level: 1, name: "Zwei-Faktor-Anmeldung einrichten" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-Code zum Einrichten/ })).toBeVisible();
  await expectNoAxeViolations(page, "TOTP set-up");

  // Without the second factor the management area stays closed.
  await page.goto("/verwaltung");
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);

  const secret = (await page.locator(".sp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("6-stelliger Code").fill(totpCode(secret, new Date()));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page).toHaveURL(/\/anmelden\/wiederherstellungscodes/);
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Wiederherstellungscodes" })).toBeVisible();
  const codes = page.getByRole("list", { name: "Wiederherstellungscodes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByText("Drucken Sie diese Codes aus")).toBeVisible();
  await expectNoAxeViolations(page, "recovery codes shown");

  await page.getByRole("link", { name: "Codes gesichert – weiter" }).click();
  await expect(page).toHaveURL(/\/verwaltung$/);
  await expect(page.getByText("Unbenutzte Wiederherstellungscodes: 10 von 10.")).toBeVisible();
  // Shown once: the page now only tells the count.
  await page.goto("/anmelden/wiederherstellungscodes");
  await expect(page.getByRole("heading", { level: 1, name: "Wiederherstellungscodes" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Wiederherstellungscodes" })).toHaveCount(0);
});

test("a recovery code replaces the TOTP code once; new codes replace the old ones", async ({ page }) => {
  const staff = await createStaffAccount(page, { rolle: "plattform_admin", wiederherstellungscodes: true });
  const [first] = staff.wiederherstellungscodes;
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(staff.email);
  await page.getByLabel("Passwort", { exact: true }).fill(staff.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);

  await page.getByLabel("Wiederherstellungscode").fill("zzzzz-zzzzz");
  await page.getByRole("button", { name: "Mit Wiederherstellungscode anmelden" }).click();
  await expect(page.getByText("Dieser Wiederherstellungscode stimmt nicht").first()).toBeVisible();
  await expect(page.getByLabel("Wiederherstellungscode")).toHaveValue("zzzzz-zzzzz");
  await expectNoAxeViolations(page, "recovery code wrong");

  await page.getByLabel("Wiederherstellungscode").fill(first!);
  await page.getByRole("button", { name: "Mit Wiederherstellungscode anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/wiederherstellungscodes\?verwendet=1/);
  await expect(page.getByText("Mit Wiederherstellungscode angemeldet")).toBeVisible();
  await expect(page.getByText("Sie haben noch 9 von 10 unbenutzten Wiederherstellungscodes.")).toBeVisible();
  await expectNoAxeViolations(page, "logged in with recovery code");

  await page.getByRole("button", { name: "Neue Codes erzeugen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Wiederherstellungscodes" })).toBeVisible();
  const shown = await page.getByRole("list", { name: "Wiederherstellungscodes" }).getByRole("listitem").allInnerTexts();
  expect(shown).toHaveLength(10);
  expect(shown).not.toContain(staff.wiederherstellungscodes[1]);
  await expectNoAxeViolations(page, "new recovery codes");
  await page.getByRole("link", { name: "Codes gesichert – weiter" }).click();
  await expect(page.getByText("Unbenutzte Wiederherstellungscodes: 10 von 10.")).toBeVisible();
});

test("the outbox test route exists only as an e2e helper and needs an address", async ({ page }) => {
  expect((await page.request.get("/test/postausgang")).status()).toBe(400);
});
