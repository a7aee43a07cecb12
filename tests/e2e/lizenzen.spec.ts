import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

test("the licences page names the data sources with their licences, reachable from the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: /Lizenzen/ }).click();
  await expect(page).toHaveURL(/\/lizenzen$/);
  await expect(page).toHaveTitle(/Lizenzen.* – Sozialplattform/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const text of ["OpenStreetMap", "ODbL", "GeoNames", "CC BY 4.0", "KERN", "EUPL"]) {
    await expect(page.getByRole("main")).toContainText(text);
  }
  await expectNoAxeViolations(page, "Lizenzen");
});
