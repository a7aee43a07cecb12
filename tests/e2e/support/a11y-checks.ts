/**
 * Measurements beyond axe (issue 8, point 5), each one page.evaluate where possible, so a spec
 * can run all of them on one page load (tests/e2e/bedienbarkeit.spec.ts):
 *
 * - `keyboardWalk`: Tab through the page from the top. Every visible focusable element is reached,
 *   in DOM order (no positive tabindex, no CSS reordering of focusable elements), each with a
 *   visible focus indicator (computed outline or box shadow differs from the unfocused element),
 *   not hidden under something else, and Tab leaves the page again (no keyboard trap).
 * - `escapeCloses`: every open disclosure, dialog or popover closes on Escape.
 * - `horizontalOverflow`: how far the page scrolls sideways (reflow, WCAG 1.4.10).
 * - `textSpacingProblems`: the WCAG 1.4.12 overrides applied as a style sheet with !important,
 *   then content that a box with overflow hidden/clip cuts off, and sideways scrolling.
 *
 * Each returns a list of findings (empty = fine), so the spec can `expect.soft(...).toEqual([])`.
 */
import { expect, type Page } from "@playwright/test";

/** The interface language for this browser context (the cookie /sprache sets), without a page load. */
export async function useLocale(page: Page, code: string): Promise<void> {
  const response = await page.request.get(`/sprache?wahl=${code}&zurueck=/healthz`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
}

/**
 * With JavaScript, React must have hydrated the page before keys are pressed (hydration focuses
 * error summaries and replaces nodes): Remix hydrates the whole document, the footer last.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const footer = document.querySelector("footer");
    return footer !== null && Object.keys(footer).some((key) => key.startsWith("__reactFiber"));
  });
}

/** How many CSS pixels the page scrolls sideways; at most 1 (rounding) is fine. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

type Focused = { index: number; what: string; indicator: boolean; covered: string | null; visible: boolean; where: string } | null;

/**
 * Tabs through the page (the caller has loaded it). At most (focusable elements + 2) presses,
 * one evaluate per press. Findings are human-readable strings.
 */
export async function keyboardWalk(page: Page): Promise<string[]> {
  // KERN scrolls smoothly: the element Tab focuses would still be gliding into view when it is
  // measured. Reduced motion (layout.css) makes the scroll instant; the walk itself is unchanged.
  await page.emulateMedia({ reducedMotion: "reduce" });
  // Prepare in one evaluate: move the focus navigation start to the top of the document (a page
  // may have focused its error summary), then note every focusable element and how it looks
  // unfocused, so each press can compare.
  const setup = await page.evaluate(() => {
    const SELECTOR = [
      "a[href]",
      "area[href]",
      "button:not([disabled])",
      "input:not([type=hidden]):not([disabled])",
      "select:not([disabled])",
      "textarea:not([disabled])",
      "summary",
      "iframe",
      "audio[controls]",
      "video[controls]",
      "[contenteditable]:not([contenteditable=false])",
      "[tabindex]",
    ].join(",");
    const describe = (element: Element) => {
      const text = (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      const id = element.id ? `#${element.id}` : "";
      const name = element.getAttribute("name") ? `[name=${element.getAttribute("name")}]` : "";
      return `${element.tagName.toLowerCase()}${id}${name} "${text}"`;
    };
    // The indicator may be drawn on the element or on its ::before/::after (KERN's stretched card
    // links outline the whole card through ::after).
    const look = (element: Element) =>
      [null, "::before", "::after"]
        .map((pseudo) => {
          const style = getComputedStyle(element, pseudo);
          if (pseudo && style.content === "none") return "-";
          return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset} | ${style.boxShadow}`;
        })
        .join(" || ");
    const drawn = (element: Element) =>
      [null, "::before", "::after"].some((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === "none") return false;
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
        return outline || style.boxShadow !== "none";
      });
    const active = document.activeElement as HTMLElement | null;
    active?.blur();
    const root = document.documentElement;
    const hadTabIndex = root.hasAttribute("tabindex");
    root.tabIndex = -1;
    root.focus({ preventScroll: true });
    if (!hadTabIndex) root.removeAttribute("tabindex");

    const all = [...document.querySelectorAll<HTMLElement>(SELECTOR)];
    const positive = all.filter((element) => element.tabIndex > 0).map(describe);
    const tabbable = all.filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.closest("[inert]") &&
        // Radio buttons of one group are one tab stop (arrow keys move within); count the checked
        // one, or the first when none is checked.
        !(element instanceof HTMLInputElement && element.type === "radio" && element.name && radioStop(element) !== element) &&
        element.checkVisibility({ visibilityProperty: true, opacityProperty: false }) &&
        element.getClientRects().length > 0,
    );
    function radioStop(radio: HTMLInputElement): HTMLInputElement {
      const group = [...(radio.form ?? document).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(radio.name)}"]`)];
      return group.find((r) => r.checked) ?? group[0]!;
    }
    // Focusable elements whose place on screen CSS changes against the DOM (flex/grid order,
    // reversed direction) would be tabbed through out of visual order.
    const reordered = tabbable
      .filter((element) => {
        for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
          const parent = node.parentElement;
          if (!parent) break;
          const parentStyle = getComputedStyle(parent);
          const layout = parentStyle.display.includes("flex") || parentStyle.display.includes("grid");
          if (layout && getComputedStyle(node).order !== "0") return true;
          if (parentStyle.display.includes("flex") && parentStyle.flexDirection.endsWith("reverse")) return true;
        }
        return false;
      })
      .map(describe);
    const state = { elements: tabbable, looks: tabbable.map(look), describe, look, drawn };
    (window as unknown as { __a11yWalk: typeof state }).__a11yWalk = state;
    return { count: tabbable.length, positive, reordered, names: tabbable.map(describe) };
  });

  const findings: string[] = [];
  for (const element of setup.positive) findings.push(`positive tabindex changes the order: ${element}`);
  for (const element of setup.reordered) findings.push(`CSS moves a focusable element out of DOM order: ${element}`);

  const reached: number[] = [];
  let left = false;
  for (let press = 0; press < setup.count + 2; press++) {
    await page.keyboard.press("Tab");
    const focused: Focused = await page.evaluate(async () => {
      type Walk = { elements: HTMLElement[]; looks: string[]; describe: (e: Element) => string; look: (e: Element) => string; drawn: (e: Element) => boolean };
      const walk = (window as unknown as { __a11yWalk: Walk }).__a11yWalk;
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element === document.documentElement || !document.hasFocus()) return null;
      const index = walk.elements.indexOf(element);
      const indicator = walk.drawn(element) && (index < 0 || walk.look(element) !== walk.looks[index]);
      const onScreen = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      let rect = element.getBoundingClientRect();
      // Now and then Chromium has not yet applied :focus (skip link still at top: -100rem) when
      // the key press returns: give it one rendered frame before calling the element off screen.
      if (!onScreen(rect)) {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        rect = element.getBoundingClientRect();
      }
      const visible = onScreen(rect);
      // WCAG 2.4.11: the focused element is not entirely hidden by other content (a sticky bar).
      let covered: string | null = null;
      if (visible) {
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const label = hit?.closest("label");
        const ownLabel = label && (label.control === element || label.contains(element));
        if (hit && !element.contains(hit) && !hit.contains(element) && !ownLabel) covered = walk.describe(hit);
      }
      const where = `at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)} in ${innerWidth}×${innerHeight}`;
      return { index, what: walk.describe(element), indicator, covered, visible, where };
    });
    if (focused === null) {
      // Focus left the page (to the browser's own controls): no trap.
      left = true;
      break;
    }
    if (focused.index < 0) {
      findings.push(`focus on an element not counted as focusable: ${focused.what}`);
      continue;
    }
    if (reached.length > 0 && focused.index === reached[0]) {
      left = true; // cycled back to the top
      break;
    }
    if (reached.includes(focused.index)) {
      findings.push(`focus comes back to ${focused.what} before reaching the end (trap or loop)`);
      break;
    }
    const previous = reached.at(-1);
    if (previous !== undefined && focused.index < previous) findings.push(`focus order goes back in the DOM: ${setup.names[previous]} → ${focused.what}`);
    reached.push(focused.index);
    if (!focused.visible) findings.push(`focused element is not on screen (${focused.where}): ${focused.what}`);
    if (!focused.indicator) findings.push(`no visible focus indicator (outline/box shadow unchanged): ${focused.what}`);
    if (focused.covered) findings.push(`focused element is hidden under ${focused.covered}: ${focused.what}`);
  }
  await page.emulateMedia({ reducedMotion: null });
  if (!left) findings.push(`Tab did not leave the page after ${setup.count + 2} presses (keyboard trap?)`);
  const missed = setup.names.filter((_, index) => !reached.includes(index));
  for (const name of missed) findings.push(`not reachable with Tab: ${name}`);
  return findings;
}

/**
 * Opens every disclosure (details, aria-expanded button), dialog and popover on the page in turn
 * and presses Escape with the focus inside: it must close again.
 */
export async function escapeCloses(page: Page): Promise<string[]> {
  const count = await page.evaluate(
    () => document.querySelectorAll("details, dialog, [popover], [aria-expanded]").length,
  );
  const findings: string[] = [];
  for (let index = 0; index < count; index++) {
    const opened = await page.evaluate((i) => {
      const element = document.querySelectorAll<HTMLElement>("details, dialog, [popover], [aria-expanded]")[i]!;
      if (!element.checkVisibility()) return null;
      if (element instanceof HTMLDetailsElement) {
        element.open = true;
        element.querySelector("summary")?.focus();
      } else if (element instanceof HTMLDialogElement) {
        if (!element.open) element.showModal();
      } else if (element.hasAttribute("popover")) {
        element.showPopover();
      } else if (element.getAttribute("aria-expanded") === "false") {
        element.click();
        element.focus();
      }
      return element.outerHTML.slice(0, 60);
    }, index);
    if (opened === null) continue;
    await page.keyboard.press("Escape");
    const stillOpen = await page.evaluate((i) => {
      const element = document.querySelectorAll<HTMLElement>("details, dialog, [popover], [aria-expanded]")[i]!;
      if (element instanceof HTMLDetailsElement || element instanceof HTMLDialogElement) return element.open;
      if (element.hasAttribute("popover")) return element.matches(":popover-open");
      return element.getAttribute("aria-expanded") === "true";
    }, index);
    if (stillOpen) findings.push(`Escape does not close ${opened}`);
  }
  return findings;
}

/**
 * WCAG 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em,
 * as a user style sheet would set them. A constructed style sheet (adoptedStyleSheets) is what a
 * bookmarklet uses; unlike an inline <style> the page's CSP does not block it. Returns content that
 * is cut off and any sideways scrolling, measured after the change.
 */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clips = (value: string) => value === "hidden" || value === "clip";
    // How much content each box that hides overflow cuts off, in px (sideways + downwards). Text
    // fields are left out: their text scrolls with the caret. Visually hidden text for screen
    // readers is a 1 px box on purpose (kern-sr-only, honeypot).
    const cutOff = () => {
      const amounts = new Map<HTMLElement, number>();
      for (const element of document.querySelectorAll<HTMLElement>("body *")) {
        if (element.matches("input, textarea")) continue;
        const style = getComputedStyle(element);
        const clipsX = clips(style.overflowX);
        const clipsY = clips(style.overflowY);
        if ((!clipsX && !clipsY) || element.clientWidth <= 1 || element.clientHeight <= 1) continue;
        const amount = (clipsX ? Math.max(0, element.scrollWidth - element.clientWidth) : 0) + (clipsY ? Math.max(0, element.scrollHeight - element.clientHeight) : 0);
        if (amount > 1) amounts.set(element, amount);
      }
      return amounts;
    };
    const before = cutOff();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const findings: string[] = [];
    const probe = document.querySelector("main p, main h1");
    if (probe && getComputedStyle(probe).letterSpacing === "normal") findings.push("the text spacing style sheet did not apply");
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) findings.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    for (const [element, amount] of cutOff()) {
      // Only what the overrides cut off: a box that clipped as much before is not their effect.
      if (amount <= (before.get(element) ?? 0) + 1) continue;
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      findings.push(`content cut off (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}): ${element.tagName.toLowerCase()}.${[...element.classList].join(".")} "${text}"`);
    }
    return findings;
  });
}
