/**
 * Staff accounts and login for e2e specs.
 *
 * Accounts come from the e2e-only route POST /test/personal (it exists only while the server runs
 * with E2E_TEST_ROUTES=true, as the e2e web server does): a fresh account per test with a random
 * password and an activated TOTP secret, nothing seeded into the demo data and no credentials in
 * the repository.
 *
 *   const staff = await createStaffAccount(page, { rolle: "plattform_admin" });
 *   await loginAsStaff(page, staff);   // ends on /verwaltung (or `weiter`)
 *
 * `loginAsStaff` goes through the real pages (/anmelden, /anmelden/zweiter-faktor), so it works
 * with and without JavaScript. A TOTP code is accepted once per 30-second step, so a second login
 * of the same account waits for the next step.
 */
import { expect, type Page } from "@playwright/test";
import type { CreatedStaff, StaffScope } from "../../../app/server/auth/test-accounts.server";
import { totpCode, totpStep } from "../../../app/server/auth/totp.server";
import type { Rolle } from "../../../app/domain/accounts/permissions";

export type StaffCredentials = Pick<CreatedStaff, "email" | "password" | "totpSecret">;

/**
 * `totp: false`: TOTP not set up yet (the first login sets it up); `wiederherstellungscodes:
 * true`: the ten recovery codes are made and returned.
 */
export async function createStaffAccount(
  page: Page,
  input: { rolle: Exclude<Rolle, "ratsuchend">; scope?: StaffScope; email?: string; anzeigename?: string; totp?: boolean; wiederherstellungscodes?: boolean },
): Promise<CreatedStaff & { wiederherstellungscodes: string[] }> {
  const response = await page.request.post("/test/personal", { data: input });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CreatedStaff & { wiederherstellungscodes: string[] };
}

/** The path of the single-use link in the newest mail to `address` (read through /test/postausgang). */
export async function linkFromNewestMail(page: Page, address: string): Promise<string> {
  const response = await page.request.get(`/test/postausgang?${new URLSearchParams({ an: address })}`);
  expect(response.status(), await response.text()).toBe(200);
  const mail = (await response.json()) as { text: string };
  const match = /https?:\/\/[^/\s]+(\/passwort-neu\/[A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

const usedSteps = new Map<string, number>();

/** The current code, waiting for the next 30-second step if this one was used already. */
export async function freshTotpCode(totpSecret: string): Promise<string> {
  for (;;) {
    const now = new Date();
    const step = totpStep(now);
    if (usedSteps.get(totpSecret) !== step) {
      usedSteps.set(totpSecret, step);
      return totpCode(totpSecret, now);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function loginAsStaff(page: Page, credentials: StaffCredentials, options: { weiter?: string } = {}): Promise<void> {
  const query = options.weiter ? `?${new URLSearchParams({ weiter: options.weiter })}` : "";
  await page.goto(`/anmelden${query}`);
  await page.getByLabel("E-Mail-Adresse oder Pseudonym").fill(credentials.email);
  await page.getByLabel("Passwort", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\/zweiter-faktor/);
  await page.getByLabel("6-stelliger Code").fill(await freshTotpCode(credentials.totpSecret));
  await page.getByRole("button", { name: /Bestätigen|Einrichtung abschließen/ }).click();
  await expect(page).toHaveURL(new RegExp(`${(options.weiter ?? "/verwaltung").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
}
