/**
 * Staff login journey (issue 5): /verwaltung without login leads to /anmelden, password, TOTP
 * code, dashboard, logout — with and without JavaScript, axe on every state.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, freshTotpCode } from "./support/login";
import { expect, test } from "./support/test";

test("staff log in with password and TOTP, see the dashboard and log out", async ({ page }) => {
  const staff = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Erika Demo" });

  await page.goto("/verwaltung");
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fverwaltung$/);
  await expect(page).toHaveTitle(/^Anmelden – /);
  await expectNoAxeViolations(page, "login");

  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(staff.email);
  await page.getByLabel("Passwort", { exact: true }).fill("ein falsches Passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Anmeldung nicht möglich" })).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse oder Pseudonym")).toHaveValue(staff.email);
  await expectNoAxeViolations(page, "login refused");

  await page.getByLabel("Passwort", { exact: true }).fill(staff.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor\?weiter=%2Fverwaltung$/);
  await expect(page).toHaveTitle(/^Sicherheitscode eingeben – /);
  await expectNoAxeViolations(page, "second factor");

  await page.getByLabel("6-stelliger Code").fill(await freshTotpCode(staff.totpSecret));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/verwaltung$/);
  await expect(page.getByRole("heading", { name: "Verwaltung", level: 1 })).toBeVisible();
  await expect(page.getByText("Angemeldet als")).toContainText("Erika Demo");
  await expect(page.getByText("Plattform-Administration")).toBeVisible();
  await expectNoAxeViolations(page, "dashboard");

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1$/);
  await expect(page.getByText("Sie sind abgemeldet")).toBeVisible();
  await expectNoAxeViolations(page, "logged out");
  await page.goto("/verwaltung");
  await expect(page).toHaveURL(/\/anmelden\?weiter=/);
});

test("the e2e account route is a POST-only test route", async ({ page }) => {
  const response = await page.request.get("/test/personal");
  expect(response.status()).toBe(404);
});
