/**
 * Presentation checks beyond axe (issue 8, point 5) over the public pages, in German and Arabic:
 * - forced colours (Windows high contrast): every control keyboard focus reaches shows a real
 *   outline (box shadows are dropped in that mode), and form controls keep a visible border;
 * - prefers-reduced-motion: no element animates or transitions;
 * - one h1 per page and headings without skipped levels;
 * - with JavaScript, a client-side page change is announced (the new title in a live region)
 *   and the focus does not stay behind on the old page.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

const PAGES = [
  "/",
  "/leistungen",
  "/leistungen/wohngeld",
  "/leistungs-check",
  "/beratungsstellen?thema=schulden&ort=04109",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/gebaerdensprache",
  "/anmelden",
  "/passwort-vergessen",
  "/termine/datenschutz",
  "/chat",
  "/lizenzen",
];
const LANGUAGES = [
  ["Deutsch", "de"],
  ["Arabisch", "ar"],
] as const;

async function useLanguage(page: Page, code: string) {
  await page.goto(`/sprache?wahl=${code}&zurueck=/`);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
}

/** Pages plus one centre page, found through the search. */
async function publicPages(page: Page): Promise<string[]> {
  await page.goto("/beratungsstellen?thema=schulden&ort=04109");
  const href = await page.locator(".sp-hit h3 a").first().getAttribute("href");
  expect(href).toBeTruthy();
  return [...PAGES, href!, `${href!}/termin`];
}

// Presentation is the same with and without JavaScript (the pages render on the server); the
// checks run once, in the JavaScript project, which also sees what hydration adds.
test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "presentation checks run in the JavaScript project");

for (const [name, code] of LANGUAGES) {
  test.describe(`Darstellung (${name})`, () => {
    test.beforeEach(async ({ page }) => useLanguage(page, code));

    test("forced colours: focus stays visible as an outline, form controls keep their border", async ({ page }) => {
      await page.emulateMedia({ forcedColors: "active" });
      for (const path of await publicPages(page)) {
        await page.goto(path);
        await page.locator("body").focus();
        for (let step = 0; step < 15; step++) {
          await page.keyboard.press("Tab");
          const focused = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return null;
            const style = getComputedStyle(element);
            return { what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ""}`, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
          });
          if (!focused) break;
          expect.soft(focused.style, `${path}: ${focused.what}`).not.toBe("none");
          expect.soft(focused.width, `${path}: ${focused.what}`).toBeGreaterThanOrEqual(2);
        }
        const borderless = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, button")]
            .filter((element) => element.offsetParent !== null)
            .filter((element) => {
              // The border may sit on the control or on its wrapper (KERN draws selects so; in this
              // mode a transparent border is painted in a system colour).
              const borderless = (target: Element | null) => {
                if (!target) return true;
                const style = getComputedStyle(target);
                return ["top", "right", "bottom", "left"].every((side) => style.getPropertyValue(`border-${side}-style`) === "none" || parseFloat(style.getPropertyValue(`border-${side}-width`)) === 0);
              };
              return borderless(element) && borderless(element.parentElement);
            })
            .map((element) => element.id || element.getAttribute("name") || element.textContent?.trim().slice(0, 30)),
        );
        expect.soft(borderless, `${path}: controls without any border in forced colours`).toEqual([]);
      }
    });

    test("prefers-reduced-motion: nothing animates or transitions", async ({ page }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      for (const path of await publicPages(page)) {
        await page.goto(path);
        const moving = await page.evaluate(() => {
          const seconds = (value: string) => Math.max(...value.split(",").map((part) => (part.trim().endsWith("ms") ? parseFloat(part) / 1000 : parseFloat(part))));
          const found: string[] = [];
          for (const element of document.querySelectorAll("*")) {
            const style = getComputedStyle(element);
            if (style.animationName !== "none" && seconds(style.animationDuration) > 0.001) found.push(`${element.tagName} animation`);
            if (seconds(style.transitionDuration) > 0.001) found.push(`${element.tagName} transition`);
          }
          if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push("smooth scrolling");
          return found;
        });
        expect.soft(moving, path).toEqual([]);
      }
    });

    test("one h1 per page, headings in order", async ({ page }) => {
      for (const path of await publicPages(page)) {
        await page.goto(path);
        const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
        expect.soft(levels.filter((level) => level === 1), `${path}: h1`).toHaveLength(1);
        const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
        expect.soft(skips, `${path}: skipped heading levels`).toEqual([]);
      }
    });

    test("a client-side page change is announced and the focus moves on (with JavaScript)", async ({ page }) => {
      await page.goto("/");
      const announcer = page.locator("#seitenwechsel");
      await expect(announcer).toHaveAttribute("aria-live", "polite");
      await expect(announcer).toBeEmpty();
      const startTitle = await page.title();
      await page.locator("header nav a[href='/leistungen']").first().click();
      await expect(page).toHaveURL(/\/leistungen$/);
      // The URL changes before the new title is rendered: wait for it, then read it.
      await expect(page).not.toHaveTitle(startTitle);
      const title = await page.title();
      await expect(announcer).toHaveText(title);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhalt");
      // Tab continues in the new content, not at the top of the page.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.getElementById("inhalt")?.contains(document.activeElement))).toBe(true);
    });
  });
}
