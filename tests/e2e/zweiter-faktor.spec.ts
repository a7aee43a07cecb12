/**
 * A lost or replaced authenticator (issue 5): an admin resets a person's second factor on
 * /verwaltung/personal/<id>, the person logs in and sets TOTP up again, then replaces the app
 * from the account — with and without JavaScript, axe on every page.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, freshTotpCode, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

test("an admin resets a person's second factor, the person sets it up again and later replaces the app", async ({ page }) => {
  const admin = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Admin Zurücksetzen" });
  const person = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Pia Verloren", wiederherstellungscodes: true });

  await loginAsStaff(page, admin, { weiter: `/verwaltung/personal/${person.benutzerId}` });
  await expectNoAxeViolations(page, "person with reset button");
  await page.getByRole("button", { name: "Zwei-Faktor-Anmeldung zurücksetzen" }).click();
  await expect(page.getByText("Die Zwei-Faktor-Anmeldung von Pia Verloren ist zurückgesetzt")).toBeVisible();
  await expect(page.getByRole("button", { name: "Zwei-Faktor-Anmeldung zurücksetzen" })).toHaveCount(0);
  await expectNoAxeViolations(page, "second factor reset");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1$/);

  // The person: password, then the first set-up again (the old app's codes are gone with the secret).
  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(person.email);
  await page.getByLabel("Passwort", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor$/);
  await expect(page).toHaveTitle(/^Zwei-Faktor-Anmeldung einrichten – /);
  await expectNoAxeViolations(page, "set-up after reset");
  const secret = (await page.locator("code.sp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).not.toBe(person.totpSecret);
  await page.getByLabel("6-stelliger Code").fill(await freshTotpCode(person.totpSecret));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page.getByRole("link", { name: /Der Code stimmt nicht/ })).toBeVisible();
  await page.getByLabel("6-stelliger Code").fill(await freshTotpCode(secret));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page).toHaveURL(/\/anmelden\/wiederherstellungscodes/);
  await expect(page.getByRole("heading", { name: "Ihre Wiederherstellungscodes" })).toBeVisible();
  await page.getByRole("link", { name: "Codes gesichert – weiter" }).click();
  await expect(page).toHaveURL(/\/verwaltung$/);

  // Later: a new phone. Password, new secret, code of the new app.
  await page.getByRole("link", { name: "Neue Authenticator-App einrichten" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor\/neu$/);
  await expect(page).toHaveTitle(/^Neue Authenticator-App einrichten – /);
  await expectNoAxeViolations(page, "replace app: password");
  await page.getByLabel("Aktuelles Passwort").fill("nicht mein Passwort");
  await page.getByRole("button", { name: "Passwort bestätigen" }).click();
  await expect(page.getByText("Das Passwort stimmt nicht.").first()).toBeVisible();
  await expectNoAxeViolations(page, "replace app: wrong password");
  await page.getByLabel("Aktuelles Passwort").fill(person.password);
  await page.getByRole("button", { name: "Passwort bestätigen" }).click();
  await expect(page).toHaveTitle(/^Neue Authenticator-App bestätigen – /);
  await expectNoAxeViolations(page, "replace app: new secret");
  const replacement = (await page.locator("code.sp-secret").textContent())!.replace(/\s/g, "");
  expect(replacement).not.toBe(secret);
  await page.getByLabel("6-stelliger Code der neuen App").fill(await freshTotpCode(replacement));
  await page.getByRole("button", { name: "Neue App bestätigen" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor\/neu\?fertig=1$/);
  await expect(page.getByRole("heading", { name: "Neue Authenticator-App eingerichtet", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "replace app: done");

  // The admin's audit log names both changes.
  await page.getByRole("link", { name: "Zur Verwaltung" }).click();
  await page.getByRole("button", { name: "Abmelden" }).click();
  await loginAsStaff(page, admin, { weiter: "/verwaltung/protokoll" });
  await expect(page.getByText("Zwei-Faktor-Anmeldung zurückgesetzt").first()).toBeVisible();
  await expect(page.getByText("Neue Authenticator-App eingerichtet").first()).toBeVisible();
});
