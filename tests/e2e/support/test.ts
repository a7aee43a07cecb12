/**
 * The `test` every e2e spec imports: like Playwright's, but an uncaught page error or a console
 * error (a CSP violation, a hydration mismatch) fails the test. Failed loads of the 403/404/500 pages
 * themselves are expected and ignored.
 */
import { expect, test as base } from "@playwright/test";

export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (/Failed to load resource: the server responded with a status of (403|404|500)/.test(message.text())) return;
        problems.push(`console.error: ${message.text()}`);
      });
      await use();
      expect(problems, "errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
