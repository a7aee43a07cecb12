/**
 * Checks beyond axe (issue 8, point 5) over the public pages and their states, in German and
 * Arabic (right-to-left), with the measurements of support/a11y-checks.ts — one test per page
 * and state, all checks on one page load:
 * - keyboard only: every focusable element reached with Tab, in DOM order, each with a visible
 *   focus indicator and not hidden under other content; Tab leaves the page again (no trap);
 *   Escape closes whatever is open (disclosures, dialogs, popovers – where a page has any);
 * - reflow at 320 CSS px without horizontal scrolling (WCAG 1.4.10);
 * - 200 % zoom without horizontal scrolling, emulated as a 640 CSS px wide viewport: browser zoom
 *   of a 1280 px window at 200 % gives exactly that layout viewport, media queries included.
 *   `document.body.style.zoom` would not: it scales the content inside the unchanged 1280 px
 *   viewport, so the narrow layout the user then sees would never be tested;
 * - WCAG 1.4.12 text spacing at 1280 px: no content cut off, no horizontal scrolling.
 *
 * Forced colours, reduced motion, headings and the route-change announcement are in
 * darstellung.spec.ts; axe runs in the journeys themselves.
 */
import type { Page } from "@playwright/test";
import { escapeCloses, horizontalOverflow, keyboardWalk, textSpacingProblems, useLocale, waitForHydration } from "./support/a11y-checks";
import { expect, test } from "./support/test";

/** `open` prepares the state and returns its URL; `shown` (optional) makes sure it is the state meant. */
type State = { name: string; open: (page: Page) => Promise<string>; shown?: (page: Page) => Promise<void> };
const at = (name: string, path: string): State => ({ name, open: async () => path });

/** A demo centre with a bookable calendar (read only here: nothing is booked). */
async function centreSlug(page: Page): Promise<string> {
  const response = await page.request.get("/test/terminstelle?nr=0");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { slug: string }).slug;
}

/** Posts one step of the Leistungs-Check as the form would; returns where it redirects. */
async function postStep(page: Page, step: string, form: Record<string, string>, follow: boolean): Promise<string> {
  const response = await page.request.post(`/leistungs-check/${step}`, { form, maxRedirects: follow ? 20 : 0 });
  return follow ? new URL(response.url()).pathname : (response.headers()["location"] ?? "");
}

const STATES: State[] = [
  at("Startseite", "/"),
  at("Leistungen", "/leistungen"),
  at("Leistung Wohngeld", "/leistungen/wohngeld"),
  at("Leistungs-Check Schritt 1", "/leistungs-check/haushalt"),
  {
    name: "Leistungs-Check Schritt 1 mit Fehlern",
    open: async (page) => {
      // Sent with an unreadable age and nothing else: the errors travel once through the cookie
      // to the next GET (not followed here), the page load.
      expect(await postStep(page, "haushalt", { alter: "siebzig" }, false)).toBe("/leistungs-check/haushalt");
      return "/leistungs-check/haushalt";
    },
    shown: (page) => expect(page.locator(".sp-error-summary")).toBeVisible(),
  },
  {
    name: "Leistungs-Check Ergebnis",
    open: async (page) => {
      // The pensioner of leistungs-check.spec.ts, answered through the form posts (no page loads).
      await postStep(page, "haushalt", { alter: "70", plz: "04109", wohnart: "miete", partner: "nein", kinder: "0", weitere: "0" }, true);
      await postStep(page, "wohnen", { wohnkosten: "450", heizkosten: "60" }, true);
      await postStep(page, "personen", { taetigkeit: "rente" }, true);
      await postStep(page, "lebenslage", { beeintraechtigung: "nein", grundsicherung: "nein" }, true);
      const next = await postStep(page, "einkommen", { rente_brutto: "1010", rente_netto: "900", rente_abzuege: "kv", vermoegen: "0" }, true);
      expect(next, "all steps answered").toBe("/leistungs-check/zusammenfassung");
      return "/leistungs-check/ergebnis";
    },
    shown: (page) => expect(page.getByRole("article", { name: "Grundsicherung im Alter und bei Erwerbsminderung", exact: true })).toBeVisible(),
  },
  at("Beratungssuche leer", "/beratungsstellen"),
  at("Beratungssuche mit Treffern", "/beratungsstellen?thema=schulden&ort=04109"),
  at("Beratungssuche ohne Treffer", "/beratungsstellen?thema=jugend&ort=Helgoland&umkreis=5"),
  { name: "Beratungsstelle", open: async (page) => `/beratungsstellen/${await centreSlug(page)}` },
  { name: "Terminbuchung", open: async (page) => `/beratungsstellen/${await centreSlug(page)}/termin` },
  at("Chat starten", "/chat"),
  at("Erklärung zur Barrierefreiheit", "/barrierefreiheit"),
  at("Leichte Sprache", "/leichte-sprache"),
  at("Leistungen in Leichter Sprache", "/leichte-sprache/leistungen"),
  at("Gebärdensprache", "/gebaerdensprache"),
  at("Anmelden", "/anmelden"),
];

const LANGUAGES = [
  ["Deutsch", "de"],
  ["Arabisch", "ar"],
] as const;

// Keyboard, reflow and spacing behave the same with JavaScript off (the pages render on the
// server and the measuring needs JavaScript in the page anyway); the JavaScript project also sees
// what hydration adds (focus management). The no-JS journeys run axe in their own specs.
test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "keyboard and reflow checks run in the JavaScript project");

for (const [language, code] of LANGUAGES) {
  test.describe(`Bedienbarkeit (${language})`, () => {
    for (const state of STATES) {
      test(`${state.name}: keyboard, focus, reflow at 320 px and 200 %, text spacing`, async ({ page }) => {
        if (code !== "de") await useLocale(page, code);
        const path = await state.open(page);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", code);
        await waitForHydration(page);
        await state.shown?.(page);

        expect.soft(await keyboardWalk(page), `${path}: keyboard walk`).toEqual([]);
        expect.soft(await escapeCloses(page), `${path}: Escape`).toEqual([]);

        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 720 });
          expect.soft(await horizontalOverflow(page), `${path}: horizontal scrolling at ${width} px`).toBeLessThanOrEqual(1);
        }
        await page.setViewportSize({ width: 1280, height: 720 });
        expect.soft(await textSpacingProblems(page), `${path}: text spacing (WCAG 1.4.12)`).toEqual([]);
      });
    }
  });
}

test("the checks find what they look for (a page broken on purpose)", async ({ page }) => {
  await page.goto("/anmelden");
  await waitForHydration(page);
  // Break the page the way real bugs would, through a style sheet and attributes.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .sp-nav__link:focus-visible { outline: none !important; box-shadow: none !important; }
      .sp-footer { min-width: 900px; }
      h1 { overflow: hidden; line-height: 1.2; height: 1.25em; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const [first, second] = document.querySelectorAll<HTMLElement>("main input:not([type=hidden])");
    first!.tabIndex = 3;
    // A keyboard trap: Tab does nothing in the second field.
    second!.addEventListener("keydown", (event) => {
      if (event.key === "Tab") event.preventDefault();
    });
  });
  const walk = await keyboardWalk(page);
  expect(walk.some((finding) => finding.startsWith("positive tabindex"))).toBe(true);
  expect(walk.some((finding) => finding.startsWith("no visible focus indicator"))).toBe(true);
  expect(walk.some((finding) => finding.startsWith("focus comes back to input"))).toBe(true);
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await horizontalOverflow(page)).toBeGreaterThan(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  const spacing = await textSpacingProblems(page);
  expect(spacing.some((finding) => finding.startsWith("content cut off") && finding.includes("h1"))).toBe(true);
});
