/**
 * The mail outbox under /verwaltung/postausgang (issue 5): without SMTP_URL a booking's
 * confirmation stays in the outbox, a platform admin finds it in the list and reads its text;
 * other staff roles get the 403 page. With and without JavaScript, axe on every state.
 */
import { expectNoAxeViolations } from "./support/axe";
import { createStaffAccount, loginAsStaff } from "./support/login";
import { expect, test } from "./support/test";

type Slot = { start: string };

test("a platform admin reads a booking confirmation in the Postausgang; a counsellor may not", async ({ page, request }, testInfo) => {
  const centre = (await (await request.get("/test/terminstelle")).json()) as { id: string };
  const von = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const bis = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const slots = ((await (await request.get(`/api/v1/beratungsstellen/${centre.id}/termine?von=${von}&bis=${bis}&art=telefon`)).json()) as { termine: Slot[] }).termine;
  const email = `demo-postausgang-${testInfo.project.name}@example.org`;
  let buchungscode = "";
  for (const slot of [...slots].reverse()) {
    const booked = await request.post("/api/v1/termine", {
      data: { beratungsstelle_id: centre.id, start: slot.start, art: "telefon", name: "Demo-Pseudonym Linde", email },
    });
    if (booked.status() === 409) continue;
    expect(booked.status()).toBe(201);
    buchungscode = ((await booked.json()) as { buchungscode: string }).buchungscode;
    break;
  }
  expect(buchungscode).not.toBe("");

  const admin = await createStaffAccount(page, { rolle: "plattform_admin", anzeigename: "Demo-Admin Postausgang" });
  await loginAsStaff(page, admin);
  await page.getByRole("link", { name: "Postausgang ansehen" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/postausgang$/);
  await expect(page).toHaveTitle(/^Postausgang – Verwaltung/);
  await expect(page.getByRole("heading", { name: "Postausgang", level: 1 })).toBeVisible();
  await expect(page.getByText("Kein Mailserver eingerichtet")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Ihr Termin ist gebucht");
  await expect(row).toContainText("Wartet auf Versand");
  await expectNoAxeViolations(page, "Postausgang");

  await row.getByRole("link", { name: "Ihr Termin ist gebucht" }).click();
  await expect(page).toHaveURL(/\/verwaltung\/postausgang\/\d+$/);
  await expect(page.getByRole("heading", { name: "Ihr Termin ist gebucht", level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(email);
  await expect(page.getByRole("main")).toContainText("Guten Tag Demo-Pseudonym Linde,");
  await expect(page.getByRole("main")).toContainText(`Buchungscode: ${buchungscode}`);
  await expectNoAxeViolations(page, "Mail im Postausgang");

  const missing = await page.request.get("/verwaltung/postausgang/999999999");
  expect(missing.status()).toBe(404);

  await page.context().clearCookies();
  const berater = await createStaffAccount(page, { rolle: "berater", scope: { beratungsstelleId: centre.id }, anzeigename: "Demo-Berater Postausgang" });
  await loginAsStaff(page, berater);
  await expect(page.getByRole("link", { name: "Postausgang" })).toHaveCount(0);
  const response = await page.goto("/verwaltung/postausgang");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Kein Zugriff", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "Postausgang verboten");
});
