import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Every page and state an e2e test visits goes through this: any WCAG 2.1 A/AA violation fails.
 *
 * axe needs JavaScript (and timers) in the page. In the no-JS project the exact DOM the user sees
 * — including the result of a form POST — is copied into a JS-enabled page at the same URL, with
 * the site's own scripts blocked, so axe checks the no-JS rendering and nothing else.
 */
export async function expectNoAxeViolations(page: Page, state = page.url()) {
  const jsEnabled = test.info().project.use.javaScriptEnabled !== false;
  const target = jsEnabled ? page : await copyWithJavaScript(page);
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
    );
    expect(summary, `axe violations in ${state}`).toEqual([]);
  } finally {
    if (target !== page) await target.context().close();
  }
}

async function copyWithJavaScript(page: Page): Promise<Page> {
  const html = await page.content();
  const url = page.url();
  const context = await page.context().browser()!.newContext({
    javaScriptEnabled: true,
    viewport: page.viewportSize(),
    locale: "de-DE",
  });
  const copy = await context.newPage();
  await copy.route("**/*", (route) => {
    const request = route.request();
    if (request.resourceType() === "document" && request.url() === url) {
      return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    }
    if (request.resourceType() === "script") return route.abort();
    return route.continue();
  });
  await copy.goto(url, { waitUntil: "load" });
  return copy;
}
